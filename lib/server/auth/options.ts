import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions, Profile } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import type { Client, TokenSetParameters } from "openid-client";
import { emailFromClaims } from "../../domain/sso-claims";
import { env, type Env } from "../../env";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { db } from "../db";
import { provisionFromSignIn } from "./provision-from-sign-in";
import { resetSignInLinkCoolDown, sendSignInLink } from "./send-sign-in-link";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./sessions";

export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;

/** Optional single sign-on through OpenID Connect (e.g. Microsoft Entra ID). */
export function oidcProvider(
  settings: Pick<Env, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "OIDC_NAME">,
) {
  if (!settings.OIDC_ISSUER || !settings.OIDC_CLIENT_ID || !settings.OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: settings.OIDC_NAME,
    type: "oauth" as const,
    wellKnown: `${settings.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: settings.OIDC_CLIENT_ID,
    clientSecret: settings.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    // HR attributes may come in the ID token or only from the userinfo endpoint (many providers
    // put scope claims there): the profile is both, merged, the ID token's iss and sub kept.
    userinfo: {
      async request({ tokens, client }: { tokens: TokenSetParameters; client: Client }) {
        const idClaims = idTokenClaims(tokens.id_token);
        const info = tokens.access_token ? await client.userinfo(tokens.access_token).catch(() => ({})) : {};
        return { ...idClaims, ...info, iss: idClaims.iss, sub: idClaims.sub } as Profile;
      },
    },
    checks: ["pkce" as const, "state" as const],
    // Staff are known by their organisation e-mail; the identity provider vouches for it.
    allowDangerousEmailAccountLinking: true,
    // The same address as provisioning reads (next-auth then finds the person by it).
    profile(p: { sub: string; name?: string } & Record<string, unknown>) {
      return { id: p.sub, name: p.name ?? null, email: emailFromClaims(p) ?? "" };
    },
  };
}

/** The claims of an ID token that openid-client has already verified (signature, issuer, audience, nonce). */
function idTokenClaims(idToken: string | undefined): Record<string, unknown> {
  if (!idToken) return {};
  return JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const settings = env();
  const oidc = oidcProvider(settings);
  cached = {
    adapter: PrismaAdapter(db() as never) as Adapter,
    secret: settings.NEXTAUTH_SECRET,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      EmailProvider({
        from: settings.EMAIL_FROM,
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        sendVerificationRequest: sendSignInLink,
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile, email }) {
        // Asking for a link: always answer the same (sendSignInLink sends only to those it may).
        if (email?.verificationRequest) return true;
        if (account?.provider === "oidc") {
          // Single sign-on: find, create or refresh the person from the provider's claims.
          const claims = (profile ?? {}) as Record<string, unknown>;
          const address = emailFromClaims(claims) ?? user.email?.toLowerCase();
          if (!address) return appUrl("/signin/refused?reason=no-email");
          const outcome = await provisionFromSignIn({
            via: "oidc",
            issuer: typeof claims.iss === "string" ? claims.iss : undefined,
            subject: account.providerAccountId,
            email: address,
            name: typeof claims.name === "string" ? claims.name : null,
            claims,
          });
          return outcome.ok || appUrl(`/signin/refused?reason=${outcome.reason}`);
        }
        // A sign-in link: a known, active person, or a newcomer from an allowed domain.
        if (!user.email) return false;
        const outcome = await provisionFromSignIn({ via: "email", email: user.email });
        return outcome.ok;
      },
      async session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
    },
    events: {
      async signIn({ user, account }) {
        // Signed in: the next link this person asks for is e-mailed at once.
        if (user.email) await resetSignInLinkCoolDown(user.email);
        await audit(db(), {
          actorId: user.id,
          action: "auth.sign-in",
          targetType: "User",
          targetId: user.id,
          data: { provider: account?.provider ?? "unknown" },
        });
      },
    },
  };
  return cached;
}
