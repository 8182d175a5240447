import { describe, expect, it } from "vitest";
import {
  actionBodyDecodes,
  bodyTooLarge,
  MAX_REQUEST_BYTES,
  originAllowed,
  pathProblem,
  requestHost,
} from "@/lib/security/request-guard";
import { requestLocale, statusPage, statusTexts } from "@/lib/security/status-page";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

describe("addresses", () => {
  it("finds %-escapes that do not decode, and control characters once decoded", () => {
    expect(pathProblem("/engagements/%E0%A4%A")).toBe("malformed");
    expect(pathProblem("/coaches/%")).toBe("malformed");
    expect(pathProblem("/api/files/credentials/%00")).toBe("control");
    expect(pathProblem("/admin/cohorts/%00/csv/sessions")).toBe("control");
    expect(pathProblem("/programmes/a%0Ab")).toBe("control");
    expect(pathProblem("/programmes/%C2%85")).toBe("control");
  });

  it("lets ordinary addresses through, accents and spaces included", () => {
    for (const path of [
      "/",
      "/coaches/cmx7f0000",
      "/programmes/coaching-2027",
      "/about/caf%C3%A9",
      "/a%20b",
      "/%E0%A4%A4",
    ])
      expect(pathProblem(path), path).toBeNull();
  });
});

describe("request bodies", () => {
  it("refuses a declared length over the limit, or one that is not a number", () => {
    expect(bodyTooLarge(String(13 * 1024 * 1024))).toBe(true);
    expect(bodyTooLarge(String(MAX_REQUEST_BYTES + 1))).toBe(true);
    expect(bodyTooLarge("lots")).toBe(true);
    expect(bodyTooLarge(String(MAX_REQUEST_BYTES))).toBe(false);
    expect(bodyTooLarge(null)).toBe(false);
  });

  const action = (body: BodyInit, contentType?: string) =>
    new Request("http://localhost/x", {
      method: "POST",
      body,
      headers: contentType ? { "content-type": contentType } : {},
    });

  it("decodes a server action's arguments as the app's scripts send them", async () => {
    expect(await actionBodyDecodes(action('[{"bioEn":"x"}]', "text/plain;charset=UTF-8"))).toBe(true);
    expect(await actionBodyDecodes(action("[]", "text/plain;charset=UTF-8"))).toBe(true);
    const form = new FormData();
    form.set("1_file", new Blob(["%PDF-1.7"]), "a.pdf");
    form.set("0", '["$K1"]');
    expect(await actionBodyDecodes(action(form))).toBe(true);
    expect(await actionBodyDecodes(action("a=1", "application/x-www-form-urlencoded"))).toBe(true);
    const inline = '[{"when":"$D2026-12-03T10:00:00.000Z","none":"$undefined","price":"$$5","n":"$n12"}]';
    expect(await actionBodyDecodes(action(inline, "text/plain"))).toBe(true);
    const outlined = new FormData();
    outlined.set("0", '["$1", "$Q2"]');
    outlined.set("1", '{"a":"b"}');
    outlined.set("2", '[["k","v"]]');
    expect(await actionBodyDecodes(action(outlined))).toBe(true);
  });

  it("refuses arguments that name parts that are not there, or nest thousands of levels", async () => {
    expect(await actionBodyDecodes(action('["$Q1"]', "text/plain"))).toBe(false);
    expect(await actionBodyDecodes(action('[{"a":"$1"}]', "text/plain"))).toBe(false);
    expect(await actionBodyDecodes(action('["$K1"]', "text/plain"))).toBe(false);
    expect(await actionBodyDecodes(action(`[${"[".repeat(5000)}${"]".repeat(5000)}]`, "text/plain"))).toBe(false);
    const noRoot = new FormData();
    noRoot.set("x", "1");
    expect(await actionBodyDecodes(action(noRoot))).toBe(false);
    const badRoot = new FormData();
    badRoot.set("0", "garbage{");
    expect(await actionBodyDecodes(action(badRoot))).toBe(false);
    const missing = new FormData();
    missing.set("0", '["$3"]');
    expect(await actionBodyDecodes(action(missing))).toBe(false);
    const badPart = new FormData();
    badPart.set("0", '["$1"]');
    badPart.set("1", "{not json");
    expect(await actionBodyDecodes(action(badPart))).toBe(false);
  });

  it("refuses bodies Next could not decode", async () => {
    expect(await actionBodyDecodes(action("garbage{", "text/plain;charset=UTF-8"))).toBe(false);
    expect(await actionBodyDecodes(action('{"not":"an array"}', "text/plain"))).toBe(false);
    expect(await actionBodyDecodes(action("", "text/plain"))).toBe(false);
    expect(await actionBodyDecodes(action("nonsense", "multipart/form-data; boundary=zzz"))).toBe(false);
    expect(await actionBodyDecodes(action("\u0000\u0001", "application/octet-stream"))).toBe(false);
  });
});

describe("where a server action comes from", () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it("accepts the app's own pages: the Origin names the host the request was sent to", () => {
    expect(originAllowed(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(
      originAllowed(
        headers({ origin: "https://binome.un.org", host: "10.0.0.5:3000", "x-forwarded-host": "binome.un.org" }),
        "https://binome.un.org",
      ),
    ).toBe(true);
    expect(requestHost(headers({ host: "a", "x-forwarded-host": "b, c" }))).toBe("b");
  });

  it("refuses a missing, null, malformed or foreign Origin", () => {
    expect(originAllowed(headers({ host: "localhost:3000" }))).toBe(false);
    expect(originAllowed(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(originAllowed(headers({ origin: "garbage", host: "localhost:3000" }))).toBe(false);
    expect(originAllowed(headers({ origin: "http://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(originAllowed(headers({ origin: "http://localhost:3001", host: "localhost:3000" }))).toBe(false);
    // The app's public address, but the request was sent elsewhere (Next would refuse it with a 500).
    expect(
      originAllowed(headers({ origin: "https://binome.un.org", host: "10.0.0.5:3000" }), "https://binome.un.org"),
    ).toBe(false);
    // Plain http posing as the app's https address.
    expect(
      originAllowed(headers({ origin: "http://binome.un.org", host: "binome.un.org" }), "https://binome.un.org"),
    ).toBe(false);
  });
});

describe("status pages the proxy answers with", () => {
  it("speak the language chosen with the switch, else the browser's", () => {
    expect(requestLocale("a=1; NEXT_LOCALE=fr", "en-GB")).toBe("fr");
    expect(requestLocale(null, "fr-CH, en;q=0.5")).toBe("fr");
    expect(requestLocale("NEXT_LOCALE=xx", "de-DE")).toBe("en");
  });

  it("say the service is unavailable for a moment, and that nothing typed was lost", () => {
    const page = statusPage("serviceUnavailable", "fr", "/engagements?x=<1>");
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain(fr.errors.serviceUnavailableTitle);
    expect(page).toContain(fr.errors.serviceUnavailableLead.replaceAll("'", "&#39;"));
    expect(page).toContain('href="/engagements?x=&lt;1&gt;"');
    expect(page).not.toMatch(/<script/i);
    expect(statusTexts("serviceUnavailable", "en").lead).toBe(en.errors.serviceUnavailableLead);
    expect(statusTexts("badRequest", "en").code).toBe("Error 400");
    expect(statusTexts("notFound", "fr").title).toBe(fr.notFound.title);
  });
});
