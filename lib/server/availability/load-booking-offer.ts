import "server-only";
import type { Db } from "../../db/client";
import { bookableSlots } from "../../domain/availability";
import type { Actor } from "../../domain/roles";
import { loadParticipation } from "../sessions/participation";
import { availabilityOf, busySessionsOf, isBookable } from "./availability-of";

export type BookingOffer = {
  /** The coach's or mentor's zone, in which their weekly hours are written. */
  coachZone: string;
  needsConfirmation: boolean;
  /** The slots offered for each bookable session, by session id (ISO instants, earliest first). */
  slots: Record<string, string[]>;
};

/**
 * For the client or mentee of an active engagement: the slots their coach or mentor offers for each
 * session they may book. Null for the coach, for an engagement that is not active, and when the
 * coach publishes no weekly hours (the page then offers only "propose a time").
 */
export async function loadBookingOffer(
  prisma: Db,
  actor: Actor,
  engagementId: string,
  now: Date = new Date(),
): Promise<BookingOffer | null> {
  const part = await loadParticipation(prisma, actor, engagementId);
  if (part.role !== "client" || part.engagement.status !== "active") return null;
  const profile = await prisma.matchingProfile.findUniqueOrThrow({
    where: { id: part.engagement.profileId },
    select: { id: true, bookingNeedsConfirmation: true },
  });
  const availability = await availabilityOf(prisma, { ...profile, ownerZone: part.other.timeZone }, now);
  if (availability.periods.length === 0) return null;
  const sessions = await prisma.engagementSession.findMany({
    where: { engagementId },
    select: { id: true, status: true, durationMinutes: true },
  });
  const busyAll = await busySessionsOf(prisma, profile.id, null, now);
  const slots: Record<string, string[]> = {};
  for (const s of sessions.filter((x) => isBookable(x.status))) {
    // A session's own proposed time does not keep it from being booked again.
    const busy = busyAll.filter((b) => b.id !== s.id);
    slots[s.id] = bookableSlots({
      timeZone: availability.timeZone,
      periods: availability.periods,
      daysAway: availability.daysAway,
      busy,
      durationMinutes: s.durationMinutes,
      now,
    }).map((d) => d.toISOString());
  }
  return { coachZone: availability.timeZone, needsConfirmation: availability.needsConfirmation, slots };
}
