import "server-only";
// What every availability verb shares: reading a coach's or mentor's weekly hours, days away and
// other sessions, from which lib/domain/availability.ts computes the slots offered.
import { bookableSlots, type DaysAway, type WeeklyPeriod } from "../../domain/availability";
import type { ProfileKind } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { TIME_HOLDING_STATUSES } from "../../domain/session-lifecycle";
import type { Reader } from "../db/transaction";
import { DomainError } from "../errors";

export type AvailabilityKind = Extract<ProfileKind, "coach" | "mentor">;

/** Who may publish weekly hours of each kind (the coach's or the mentor's own profile). */
export function assertMayManage(actor: Actor, kind: AvailabilityKind): void {
  const permission = kind === "coach" ? "manage:coach-profile:own" : "manage:mentor-profile:own";
  if (!can(actor.roles, permission)) throw new DomainError("forbidden");
}

export type ProfileAvailability = {
  timeZone: string;
  periods: WeeklyPeriod[];
  daysAway: (DaysAway & { id: string; reason: string | null })[];
  needsConfirmation: boolean;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A profile's weekly hours (in the zone they were written in; the person's own zone when there are
 * none yet), days away ending today or later, and whether bookings wait for confirmation.
 */
export async function availabilityOf(
  db: Reader,
  profile: { id: string; bookingNeedsConfirmation: boolean; ownerZone: string },
  now: Date,
): Promise<ProfileAvailability> {
  // One query after the other: inside a transaction they share one connection.
  const rules = await db.availabilityRule.findMany({
    where: { profileId: profile.id },
    orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
    select: { weekday: true, startMinute: true, endMinute: true, timeZone: true },
  });
  const yesterday = new Date(`${day(new Date(now.getTime() - 86_400_000))}T00:00:00Z`);
  const away = await db.availabilityException.findMany({
    where: { profileId: profile.id, lastDay: { gte: yesterday } },
    orderBy: { firstDay: "asc" },
    select: { id: true, firstDay: true, lastDay: true, reason: true },
  });
  return {
    timeZone: rules[0]?.timeZone ?? profile.ownerZone,
    periods: rules.map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute })),
    daysAway: away.map((a) => ({ id: a.id, firstDay: day(a.firstDay), lastDay: day(a.lastDay), reason: a.reason })),
    needsConfirmation: profile.bookingNeedsConfirmation,
  };
}

/** The coach's proposed or agreed sessions in every active engagement, but `exceptSessionId`. */
export async function busySessionsOf(db: Reader, profileId: string, exceptSessionId: string | null, now: Date) {
  const rows = await db.engagementSession.findMany({
    where: {
      ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
      status: { in: [...TIME_HOLDING_STATUSES] },
      startsAt: { gt: new Date(now.getTime() - 86_400_000) },
      engagement: { profileId, status: "active" },
    },
    select: { id: true, startsAt: true, durationMinutes: true },
  });
  return rows.map((r) => ({ id: r.id, startsAt: r.startsAt!, durationMinutes: r.durationMinutes }));
}

/** Statuses from which the client may book a slot (a first time, another after a cancellation or a missed session, or instead of a proposal). */
export const BOOKABLE_STATUSES = ["planned", "proposed", "cancelled", "missed"] as const;

export function isBookable(status: string): boolean {
  return (BOOKABLE_STATUSES as readonly string[]).includes(status);
}

/** The slots offered for one session of a coach. */
export async function slotsForSession(
  db: Reader,
  profile: { id: string; bookingNeedsConfirmation: boolean; ownerZone: string },
  session: { id: string; durationMinutes: number },
  now: Date,
): Promise<{ availability: ProfileAvailability; slots: Date[] }> {
  const availability = await availabilityOf(db, profile, now);
  const busy = await busySessionsOf(db, profile.id, session.id, now);
  const slots = bookableSlots({
    timeZone: availability.timeZone,
    periods: availability.periods,
    daysAway: availability.daysAway,
    busy,
    durationMinutes: session.durationMinutes,
    now,
  });
  return { availability, slots };
}
