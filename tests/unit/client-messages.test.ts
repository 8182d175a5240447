// The browser receives only part of the catalogue (lib/i18n/client-messages.ts): every namespace a
// client component translates with must be part of it, in both languages, or the page would show
// message keys instead of text.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import {
  CLIENT_NAMESPACES,
  clientMessages,
  pickMessages,
  SEGMENT_NAMESPACES,
  type Segment,
  segmentMessages,
  SHELL_MESSAGES,
} from "@/lib/i18n/client-messages";
import { namespacesReached, pages, ROOT, sourceFiles, translationsOf } from "../support/translation-graph";

/** Every namespace useTranslations is called with in the app's sources, with the file calling it. */
function namespacesUsed() {
  const found = ["app", "components", "lib"].flatMap(sourceFiles).map(translationsOf);
  return { used: found.flatMap((f) => f.used), computed: found.flatMap((f) => f.computed) };
}

const within = (namespace: string, entries: readonly string[]) =>
  entries.some((n) => namespace === n || namespace.startsWith(`${n}.`));

const covered = (namespace: string) => within(namespace, CLIENT_NAMESPACES);

describe("the messages sent to the browser", () => {
  it("cover every namespace that a component translates with through useTranslations", () => {
    const { used, computed } = namespacesUsed();
    expect(used.length).toBeGreaterThan(20);
    // A namespace worked out at run time: list what it may be in COMPUTED_NAMESPACES above.
    expect(computed).toEqual([]);
    const missing = used
      .filter((u) => !covered(u.namespace))
      .map((u) => `${u.file}: "${u.namespace}" (add it to CLIENT_NAMESPACES)`);
    expect(missing).toEqual([]);
  });

  it("name parts of the catalogue that exist in both languages", () => {
    for (const n of CLIENT_NAMESPACES) {
      expect(Object.keys(pickMessages(en, [n])), `${n} in en.json`).not.toEqual([]);
      expect(Object.keys(pickMessages(fr, [n])), `${n} in fr.json`).not.toEqual([]);
    }
  });

  it("carry those namespaces whole, and leave the server-only ones out", () => {
    const sent = clientMessages(en) as typeof en;
    expect(sent.errors).toEqual(en.errors);
    expect(sent.sessions.propose).toEqual(en.sessions.propose);
    expect(sent.missions.request).toEqual(en.missions.request);
    expect(sent).not.toHaveProperty("dashboard");
    expect(sent).not.toHaveProperty("email");
    expect(sent).not.toHaveProperty("sessionPlans");
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(en).length * 0.6);
  });
});

describe("the messages each page sends to the browser", () => {
  const segmentOf = (route: string) => route.split("/")[1] as Segment;

  it("cover what the page's client components translate with, from its folder's layout", () => {
    const missing = Object.entries(pages()).flatMap(([route, page]) => {
      const segment = segmentOf(route);
      const sent = [...SHELL_MESSAGES, ...(SEGMENT_NAMESPACES[segment] ?? [])];
      return namespacesReached([page])
        .filter((u) => !within(u.namespace, sent))
        .map((u) => `${route} (${u.file}): "${u.namespace}" — add it to SEGMENT_NAMESPACES["${segment}"]`);
    });
    expect(missing).toEqual([]);
  });

  it("send no namespace that no page of the folder translates with in the browser", () => {
    const usedIn = new Map<string, string[]>();
    for (const [route, page] of Object.entries(pages())) {
      const segment = segmentOf(route);
      usedIn.set(segment, [...(usedIn.get(segment) ?? []), ...namespacesReached([page]).map((u) => u.namespace)]);
    }
    const unused = Object.entries(SEGMENT_NAMESPACES).flatMap(([segment, namespaces]) =>
      namespaces
        .filter(
          (n) => !(usedIn.get(segment) ?? []).some((u) => u === n || u.startsWith(`${n}.`) || n.startsWith(`${u}.`)),
        )
        .map((n) => `"${n}" in SEGMENT_NAMESPACES["${segment}"]`),
    );
    expect(unused).toEqual([]);
    // The directories list and show profiles with no form: the shell's messages only.
    for (const segment of ["coaches", "mentors"] as const) expect(SEGMENT_NAMESPACES[segment]).toEqual([]);
  });

  it("come from a layout in every top-level folder with pages, which names its folder", () => {
    const segments = [...new Set(Object.keys(pages()).map(segmentOf))].filter(Boolean);
    expect(segments.length).toBeGreaterThan(15);
    expect(Object.keys(SEGMENT_NAMESPACES).sort()).toEqual(["", ...segments].sort());
    for (const segment of segments) {
      const layout = path.join(ROOT, "app", segment, "layout.tsx");
      expect(existsSync(layout), `app/${segment}/layout.tsx`).toBe(true);
      expect(readFileSync(layout, "utf8")).toContain(`<SegmentMessages segment="${segment}">`);
    }
  });

  it("give the shell and the error page what they translate with on every page", () => {
    const shell = namespacesReached(["app/layout.tsx", "app/not-found.tsx", "app/forbidden.tsx"]);
    expect(shell.filter((u) => !within(u.namespace, SHELL_MESSAGES))).toEqual([]);
    const errorPage = readFileSync(path.join(ROOT, "app/error.tsx"), "utf8");
    const keys = [...errorPage.matchAll(/\bt\("([\w.]+)"\)/g)].map((m) => `errors.${m[1]}`);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.filter((k) => !(SHELL_MESSAGES as readonly string[]).includes(k))).toEqual([]);
    for (const m of SHELL_MESSAGES) {
      expect(Object.keys(pickMessages(en, [m])), `${m} in en.json`).not.toEqual([]);
      expect(Object.keys(pickMessages(fr, [m])), `${m} in fr.json`).not.toEqual([]);
    }
  });

  it("name namespaces that client components use, in both languages", () => {
    for (const [segment, namespaces] of Object.entries(SEGMENT_NAMESPACES))
      for (const n of namespaces) {
        expect(covered(n), `${n} of "${segment}" in CLIENT_NAMESPACES`).toBe(true);
        expect(Object.keys(pickMessages(fr, [n])), `${n} in fr.json`).not.toEqual([]);
      }
  });

  it("leave a page without forms the shell's few messages only", () => {
    const about = segmentMessages(fr, "about") as typeof fr;
    expect(about.language).toEqual(fr.language);
    expect(about.errors.retry).toBe(fr.errors.retry);
    expect(Object.keys(about.errors).length).toBe(6);
    expect(about).not.toHaveProperty("sessions");
    expect(JSON.stringify(about).length).toBeLessThan(2_000);
    const engagements = segmentMessages(fr, "engagements") as typeof fr;
    expect(engagements.errors).toEqual(fr.errors);
    expect(engagements.sessions.propose).toEqual(fr.sessions.propose);
    expect(engagements).not.toHaveProperty("missions");
    // The same object for every request.
    expect(segmentMessages(fr, "engagements")).toBe(engagements);
  });
});
