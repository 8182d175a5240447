import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "../../db/errors";
import { can, type Permission, type Role } from "../../domain/roles";
import { db } from "../db";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionCookieName, sessionQuery } from "./sessions";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  preferredLanguage: "en" | "fr";
  timeZone: string;
  roles: Role[];
};

/**
 * The signed-in person, or null. Disabled people and expired sessions count as signed out.
 *
 * The session cookie is read here and the session is loaded with its person and roles in one SQL
 * statement (next-auth's getServerSession would swallow a database error and answer "no session", so a
 * database outage would look like everyone signing out). A database that cannot be reached throws
 * DatabaseUnavailableError: pages show "temporarily unavailable" and actions say so, and the
 * session stays valid for when the database is back.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const session = await unlessUnavailable(() => findSession(token));
  const now = Date.now();
  if (!session || session.expires.getTime() <= now || session.user.disabledAt) return null;
  // next-auth's rolling expiry: once a day at most, the session is extended to the full age again.
  if (session.expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now) {
    await db()
      .session.update({
        where: { sessionToken: token },
        data: { expires: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) },
      })
      .catch(() => {}); // extending is a convenience: the session is valid either way
  }
  const { disabledAt: _, ...user } = session.user;
  return user;
});

type SessionRow = Omit<CurrentUser, "roles"> & { expires: Date; disabledAt: Date | null; roles: string[] };

/** The session with its person and roles (sessionQuery: one SQL statement). */
async function findSession(token: string) {
  const [row] = await db().$queryRaw<SessionRow[]>(sessionQuery(token));
  if (!row) return null;
  const { expires, roles, ...user } = row;
  return { expires, user: { ...user, roles: roles as Role[] } };
}

async function unlessUnavailable<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError(error);
    throw error;
  }
}

/**
 * The signed-in person, null when signed out, or "unavailable" when the database cannot be
 * reached (for the site header, which shows neither the menu nor "Sign in" then).
 */
export async function getCurrentUserUnlessUnavailable(): Promise<CurrentUser | null | "unavailable"> {
  try {
    return await getCurrentUser();
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return "unavailable";
    throw error;
  }
}

export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: sends a signed-out visitor to sign in, and answers 403 to a person without the permission. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!can(user.roles, permission)) forbidden();
  return user;
}
