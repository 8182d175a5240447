import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { env, type Env } from "../../env";
import { audit } from "../audit";
import { db } from "../db";
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
    checks: ["pkce" as const, "state" as const],
    // Staff are known by their organisation e-mail; the identity provider vouches for it.
    allowDangerousEmailAccountLinking: true,
    profile(p: { sub: string; name?: string; email?: string; preferred_username?: string }) {
      return { id: p.sub, name: p.name ?? null, email: (p.email ?? p.preferred_username ?? "").toLowerCase() };
    },
  };
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
      async signIn({ user, email }) {
        // Asking for a link: always answer the same (sendSignInLink sends only to known people).
        if (email?.verificationRequest) return true;
        if (!user.email) return false;
        const person = await db().user.findUnique({
          where: { email: user.email.toLowerCase() },
          select: { disabledAt: true },
        });
        return Boolean(person && !person.disabledAt);
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
