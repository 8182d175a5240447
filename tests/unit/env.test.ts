import { describe, expect, it } from "vitest";
import { parseEnv, SettingsError } from "@/lib/env";

describe("settings", () => {
  it("starts with zero configuration outside production", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DEMO_MODE).toBe(false);
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.OUTBOX_DIR).toBe("data/outbox");
  });

  it("requires NEXTAUTH_SECRET in production, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: is required in production/);
  });

  it("names a DATABASE_URL that is not a PostgreSQL URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(SettingsError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
  });

  it("names a malformed SMTP_URL", () => {
    expect(() => parseEnv({ SMTP_URL: "mail.example.org" })).toThrow(/SMTP_URL/);
  });

  it("wants the three OpenID Connect settings together", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://login.example.org/tenant/v2.0" })).toThrow(
      /OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/,
    );
    const env = parseEnv({
      OIDC_ISSUER: "https://login.example.org/t/v2.0",
      OIDC_CLIENT_ID: "id",
      OIDC_CLIENT_SECRET: "secret",
    });
    expect(env.OIDC_CLIENT_ID).toBe("id");
  });

  it("reads DEMO_MODE=1 as on and treats empty values as unset", () => {
    expect(parseEnv({ DEMO_MODE: "1" }).DEMO_MODE).toBe(true);
    expect(parseEnv({ DEMO_MODE: "0" }).DEMO_MODE).toBe(false);
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
