import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** How often a session's expiry moves forward while it is used (next-auth's updateAge). */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** next-auth's session cookie: the `__Secure-` name when the app is served over https. */
export function sessionCookieName(appUrl = process.env.NEXTAUTH_URL ?? ""): string {
  return appUrl.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** Creates a database session the way next-auth does (used by demo sign-in and tests). */
export async function createSession(prisma: Pick<Db, "session">, userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await prisma.session.create({ data: { sessionToken, userId, expires } });
  return { sessionToken, expires };
}

/**
 * The session of `token` with its person and roles, in one SQL statement (a Prisma read with
 * nested relations would send one per table, three round trips on every page). The page
 * benchmark runs the same statement (scripts/bench-floor.ts).
 */
export function sessionQuery(token: string) {
  return Prisma.sql`
    select s.expires, u.id, u.email, u.name, u."preferredLanguage"::text as "preferredLanguage", u."timeZone",
           u."disabledAt", coalesce(array_agg(r.role::text order by r.role) filter (where r.role is not null), '{}') as roles
    from "Session" s
    join "User" u on u.id = s."userId"
    left join "RoleGrant" r on r."userId" = u.id
    where s."sessionToken" = ${token}
    group by s.id, u.id`;
}
