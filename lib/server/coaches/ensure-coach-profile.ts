import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { assertCoach, lockOwnProfile } from "./own-profile";

/**
 * Gives a coach their registration: a draft is created (with an audit row) on their first visit.
 * Idempotent, so it is safe to call while rendering the page; it writes nothing once the profile exists.
 */
export async function ensureCoachProfile(prisma: Db, actor: Actor): Promise<{ id: string }> {
  assertCoach(actor);
  const existing = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind: "coach" } },
    select: { id: true },
  });
  if (existing) return existing;
  const { id } = await prisma.$transaction((tx) => lockOwnProfile(tx, actor));
  return { id };
}
