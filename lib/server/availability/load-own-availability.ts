import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { assertMayManage, availabilityOf, type AvailabilityKind, type ProfileAvailability } from "./availability-of";

/**
 * What /coach/availability (or /mentor/availability) shows: the caller's own weekly hours, days
 * away and confirmation choice. Null when they have no profile of that kind yet.
 */
export async function loadOwnAvailability(
  prisma: Db,
  actor: Actor,
  kind: AvailabilityKind,
  now: Date = new Date(),
): Promise<(ProfileAvailability & { ownZone: string }) | null> {
  assertMayManage(actor, kind);
  const profile = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind } },
    select: { id: true, bookingNeedsConfirmation: true, user: { select: { timeZone: true } } },
  });
  if (!profile) return null;
  const view = await availabilityOf(prisma, { ...profile, ownerZone: profile.user.timeZone }, now);
  return { ...view, ownZone: profile.user.timeZone };
}
