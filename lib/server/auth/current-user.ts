import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission, type Role } from "../../domain/roles";
import { db } from "../db";
import { authOptions } from "./options";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  preferredLanguage: "en" | "fr";
  timeZone: string;
  roles: Role[];
};

/** The signed-in person, or null. Disabled people count as signed out. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      preferredLanguage: true,
      timeZone: true,
      disabledAt: true,
      roles: { select: { role: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  const { disabledAt: _, roles, ...rest } = user;
  return { ...rest, roles: roles.map((r) => r.role) };
});

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
