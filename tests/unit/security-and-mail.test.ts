import { describe, expect, it } from "vitest";
import { migrationFolderName } from "@/lib/db/migrations";
import { retryDelayMinutes } from "@/lib/email/outbox";
import { signInEmail } from "@/lib/email/templates";
import { oidcProvider } from "@/lib/server/auth/options";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { signInSchema } from "@/lib/validation/sign-in";

describe("content security policy", () => {
  const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
  it("allows scripts only from this origin or with the request's nonce", () => {
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
  });
  it("forbids framing and plugins", () => {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("upgrades insecure requests only when served over https", () => {
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("sign-in form schema", () => {
  it("normalises a valid address", () => {
    expect(signInSchema.parse({ email: "  Amina.Client@Example.org " })).toEqual({ email: "amina.client@example.org" });
  });
  it("names the problem with a catalogue key", () => {
    const empty = signInSchema.safeParse({ email: "" });
    const bad = signInSchema.safeParse({ email: "not-an-email" });
    expect(empty.success || empty.error.issues[0].message).toBe("emailRequired");
    expect(bad.success || bad.error.issues[0].message).toBe("emailInvalid");
  });
});

describe("sign-in e-mail", () => {
  const url = "http://localhost:3000/api/auth/callback/email?token=t&email=a%40b.org";
  it("is written in the recipient's language with the link", () => {
    const enMail = signInEmail("en", { to: "a@b.org", url, name: "Amina" });
    const frMail = signInEmail("fr", { to: "a@b.org", url, name: "Amina" });
    expect(enMail.subject).toBe("Your Binôme sign-in link");
    expect(frMail.subject).toBe("Votre lien de connexion à Binôme");
    expect(enMail.text).toContain(url);
    expect(frMail.text).toContain("Bonjour Amina,");
    expect(frMail.text).toContain("10 minutes");
  });
  it("escapes the link and the name in HTML", () => {
    const mail = signInEmail("en", { to: "a@b.org", url: `${url}&x="<script>`, name: "<b>Eve</b>" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>Eve</b>");
    expect(mail.html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
  });
});

describe("outbox retries", () => {
  it("waits longer after each failure, up to four hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMinutes)).toEqual([1, 2, 4, 8]);
    expect(retryDelayMinutes(20)).toBe(240);
  });
});

describe("migration names", () => {
  it("follow Prisma's timestamp_name layout", () => {
    expect(migrationFolderName("Add coach profiles!", new Date("2026-11-23T10:11:12Z"))).toBe(
      "20261123101112_add_coach_profiles",
    );
  });
  it("refuse an empty name with a hint", () => {
    expect(() => migrationFolderName("  ")).toThrow(/npm run db:migration -- /);
  });
});

describe("single sign-on", () => {
  it("is off unless its three settings are given", () => {
    expect(oidcProvider({ OIDC_NAME: "Entra ID" })).toBeNull();
  });
  it("uses the issuer's discovery document and asks for the e-mail", () => {
    const provider = oidcProvider({
      OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0/",
      OIDC_CLIENT_ID: "id",
      OIDC_CLIENT_SECRET: "secret",
      OIDC_NAME: "Entra ID",
    });
    expect(provider?.wellKnown).toBe("https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration");
    expect(provider?.authorization.params.scope).toContain("email");
    expect(provider?.profile({ sub: "1", email: "Amina.Client@Example.org", name: "Amina" }).email).toBe(
      "amina.client@example.org",
    );
  });
});

describe("sign-in redirect", async () => {
  const { safeCallbackPath } = await import("@/lib/domain/safe-redirect");
  it.each([
    ["/admin/programmes", "/admin/programmes"],
    ["/admin/people?q=ana#top", "/admin/people?q=ana#top"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/\tevil", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("client identity for rate limits", async () => {
  const { clientKey } = await import("@/lib/server/auth/guard-email-sign-in");
  const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
  it("ignores X-Forwarded-For unless a trusted proxy sets it", () => {
    expect(clientKey(headers, false)).toBeNull();
  });
  it("behind a trusted proxy, reads only the hop the proxy added", () => {
    expect(clientKey(headers, true)).toBe("203.0.113.9");
    expect(clientKey(new Headers(), true)).toBeNull();
  });
});
