// A real OpenID provider for the end-to-end tests of single sign-on: `oidc-provider` (a certified
// OpenID Connect implementation), with one client for the app and the accounts a spec defines.
// Its own development sign-in pages (devInteractions) play the organisation's login: any account a
// spec has added signs in with its login and any password, then "Continue" grants the app access.
//
// The app's e2e server is started with the settings of e2eOidcSettings() (playwright.config.ts);
// the spec starts the provider on that port in its beforeAll and closes it after:
//
//   const provider = await startOidcProvider({ appUrl: baseURL });
//   provider.setAccount("ana@sso.binome.test", { name: "Ana", department: "DOS", … });
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { Server } from "node:http";

/** The e-mail domain whose staff may be created at their first sign-in during e2e tests. */
export const E2E_SIGNUP_DOMAIN = "sso.binome.test";

const CLIENT_ID = "binome-e2e";
const CLIENT_SECRET = "binome-e2e-client-secret-not-for-production";

/** The provider's port: E2E_OIDC_PORT (chosen free by scripts/test.ts), else the app's port + 1. */
export function e2eOidcPort(appPort: number): number {
  return Number(process.env.E2E_OIDC_PORT || appPort + 1);
}

/**
 * The settings of the app's e2e server for single sign-on against the test provider. The provider's
 * issuer is deliberately not among OIDC_ALLOWED_ISSUERS: people are created at their first sign-in
 * by their e-mail domain (SIGNUP_ALLOWED_DOMAINS) only, so that an address of another domain shows
 * the refusal. No other spec uses that domain, so their sign-in behaviour is unchanged.
 */
export function e2eOidcSettings(appPort: number): Record<string, string> {
  return {
    OIDC_ISSUER: `http://localhost:${e2eOidcPort(appPort)}`,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_NAME: "Test identity provider",
    OIDC_ALLOWED_ISSUERS: "https://issuer-not-allowed.invalid",
    SIGNUP_ALLOWED_DOMAINS: E2E_SIGNUP_DOMAIN,
  };
}

/** The claims of one account, beside `sub` (its login): email, name and the HR claims. */
export type AccountClaims = { email: string; name?: string } & Record<string, unknown>;

/** The HR claims the provider hands out (the app's default OIDC_CLAIM_* names). */
const HR_CLAIMS = ["employee_id", "department", "office_location", "employee_type", "manager_email", "languages"];

type FoundAccount = { accountId: string; claims: () => Promise<Record<string, unknown>> };
type ProviderClass = new (
  issuer: string,
  configuration: Record<string, unknown> & {
    findAccount: (ctx: unknown, id: string) => Promise<FoundAccount | undefined>;
  },
) => {
  listen: (port: number, ready: () => void) => Server;
  on: (event: "server_error", listener: (ctx: unknown, error: Error) => void) => void;
};

export type TestOidcProvider = {
  issuer: string;
  /** Adds an account, or changes its claims (the next sign-in hands out the new ones). */
  setAccount: (login: string, claims: AccountClaims) => void;
  close: () => Promise<void>;
};

export async function startOidcProvider(options: { appUrl: string; port?: number }): Promise<TestOidcProvider> {
  const appPort = Number(new URL(options.appUrl).port);
  const port = options.port ?? e2eOidcPort(appPort);
  const issuer = `http://localhost:${port}`;
  const accounts = new Map<string, AccountClaims>();
  // oidc-provider is an ES module only, without type declarations: loaded when a spec starts it,
  // never by playwright.config.ts, and typed here with the little this file uses.
  const moduleName = "oidc-provider";
  const { default: Provider } = (await import(moduleName)) as { default: ProviderClass };
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${options.appUrl.replace(/\/$/, "")}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "e2e", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", ...HR_CLAIMS] },
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
    async findAccount(_ctx, id) {
      const claims = accounts.get(id);
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email_verified: true, ...claims }) };
    },
  });
  // The provider's own warnings (development interactions) are expected here.
  provider.on("server_error", (_ctx, error) => console.warn("oidc-provider server_error:", error));
  const server: Server = await new Promise((resolve, reject) => {
    const s = provider.listen(port, () => resolve(s));
    s.on("error", reject);
  });
  return {
    issuer,
    setAccount: (login, claims) => void accounts.set(login, claims),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
