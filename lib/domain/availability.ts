// Availability and booking: the weekly hours a coach or mentor offers in their own time zone, the
// days they are away, and the concrete slots a client or mentee may book for their next session.
// Pure: no I/O, the clock is passed in. The booking verb (lib/server/availability/book-session-slot.ts)
// asks the same function under the coach profile's lock, so a slot offered is a slot that can be taken.
import { TZDate } from "@date-fns/tz";
import { isKnownTimeZone, overlaps, type TimeSlot } from "./session-schedule";

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** Slots start on the hour and the half hour. */
export const SLOT_STEP_MINUTES = 30;
/** How far ahead slots are offered (four weeks). */
export const BOOKING_HORIZON_DAYS = 28;
/** The least notice a booking gives the coach (a slot starting sooner is not offered). */
export const MIN_NOTICE_HOURS = 12;
/** At most this many weekly periods and days-away entries per profile. */
export const MAX_PERIODS = 28;
export const MAX_EXCEPTIONS = 50;
export const MAX_EXCEPTION_DAYS = 366;
export const MAX_REASON = 200;
const DAY_MINUTES = 24 * 60;

export type WeeklyPeriod = { weekday: number; startMinute: number; endMinute: number };
/** Days away, inclusive, as calendar days ("2026-12-24") in the zone of the weekly hours. */
export type DaysAway = { firstDay: string; lastDay: string };

export type AvailabilityRefusal =
  | "availabilityPeriodInvalid"
  | "availabilityPeriodTooShort"
  | "availabilityPeriodsOverlap"
  | "availabilityTooManyPeriods"
  | "availabilityDaysInvalid"
  | "availabilityDaysInverted"
  | "availabilityDaysTooLong";

/** "09:30" → 570; null when malformed. */
export function minuteOfDay(hhmm: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/** 570 → "09:30". */
export function hhmmOf(minute: number): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(Math.floor(minute / 60))}:${two(minute % 60)}`;
}

/** What is wrong with one weekly period, if anything: a real weekday, start before end within the day, room for a short session. */
export function periodProblem(p: WeeklyPeriod, shortestSession: number): AvailabilityRefusal | null {
  const whole = [p.weekday, p.startMinute, p.endMinute].every(Number.isInteger);
  if (!whole || p.weekday < 1 || p.weekday > 7) return "availabilityPeriodInvalid";
  if (p.startMinute < 0 || p.endMinute > DAY_MINUTES || p.startMinute >= p.endMinute)
    return "availabilityPeriodInvalid";
  if (p.endMinute - p.startMinute < shortestSession) return "availabilityPeriodTooShort";
  return null;
}

/** The index of the first period that overlaps an earlier one on the same weekday, or -1. */
export function overlappingPeriod(periods: readonly WeeklyPeriod[]): number {
  return periods.findIndex((p, i) =>
    periods
      .slice(0, i)
      .some((q) => q.weekday === p.weekday && q.startMinute < p.endMinute && p.startMinute < q.endMinute),
  );
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether "2026-12-24" is a real calendar day. */
export function isCalendarDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === day;
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** What is wrong with days away, if anything: real days, the last not before the first, at most a year. */
export function daysAwayProblem(d: DaysAway): AvailabilityRefusal | null {
  if (!isCalendarDay(d.firstDay) || !isCalendarDay(d.lastDay)) return "availabilityDaysInvalid";
  const length = dayNumber(d.lastDay) - dayNumber(d.firstDay) + 1;
  if (length < 1) return "availabilityDaysInverted";
  if (length > MAX_EXCEPTION_DAYS) return "availabilityDaysTooLong";
  return null;
}

/** The calendar day ("2026-12-24") and ISO weekday of an instant in `zone`. */
export function dayIn(instant: Date, zone: string): { day: string; weekday: Weekday } {
  const d = new TZDate(instant.getTime(), zone);
  const two = (n: number) => String(n).padStart(2, "0");
  const weekday = (((d.getDay() + 6) % 7) + 1) as Weekday;
  return { day: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`, weekday };
}

export type SlotQuery = {
  /** The coach's or mentor's zone, in which the weekly periods and the days away are read. */
  timeZone: string;
  periods: readonly WeeklyPeriod[];
  daysAway: readonly DaysAway[];
  /** Every other proposed or agreed session of the coach (all their engagements). */
  busy: readonly TimeSlot[];
  durationMinutes: number;
  now: Date;
  horizonDays?: number;
  noticeHours?: number;
};

/**
 * The slots that may be booked, earliest first: each weekly period of the next `horizonDays` days,
 * read as wall-clock times in the coach's zone (so 09:00 stays 09:00 across a change of clocks),
 * cut into sessions of `durationMinutes` starting every half hour, without the days away, the
 * coach's other sessions, and anything starting within the notice. A wall-clock time that does not
 * exist on the night clocks go forward is skipped.
 */
export function bookableSlots(q: SlotQuery): Date[] {
  if (!isKnownTimeZone(q.timeZone) || q.durationMinutes <= 0) return [];
  const horizon = q.horizonDays ?? BOOKING_HORIZON_DAYS;
  const earliest = q.now.getTime() + (q.noticeHours ?? MIN_NOTICE_HOURS) * 3_600_000;
  const away = q.daysAway.filter((d) => daysAwayProblem(d) === null);
  const seen = new Set<number>();
  const slots: Date[] = [];
  const today = new TZDate(q.now.getTime(), q.timeZone);
  for (let i = 0; i <= horizon; i++) {
    // Noon of each calendar day in the zone: always exists, whatever the clocks do that night.
    const noon = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + i, 12, 0, q.timeZone);
    const { day, weekday } = dayIn(noon, q.timeZone);
    if (away.some((d) => d.firstDay <= day && day <= d.lastDay)) continue;
    for (const p of q.periods) {
      if (p.weekday !== weekday) continue;
      for (let m = p.startMinute; m + q.durationMinutes <= p.endMinute; m += SLOT_STEP_MINUTES) {
        const start = new TZDate(
          noon.getFullYear(),
          noon.getMonth(),
          noon.getDate(),
          Math.floor(m / 60),
          m % 60,
          q.timeZone,
        );
        // A time skipped when clocks go forward comes back as another wall-clock time: not offered.
        const back = new TZDate(start.getTime(), q.timeZone);
        if (back.getHours() * 60 + back.getMinutes() !== m || dayIn(start, q.timeZone).day !== day) continue;
        const t = start.getTime();
        if (t < earliest || seen.has(t)) continue;
        const slot = { startsAt: new Date(t), durationMinutes: q.durationMinutes };
        if (q.busy.some((b) => overlaps(slot, b))) continue;
        seen.add(t);
        slots.push(slot.startsAt);
      }
    }
  }
  return slots.sort((a, b) => a.getTime() - b.getTime());
}

/** Whether `startsAt` is one of the slots offered. */
export function isOffered(slots: readonly Date[], startsAt: Date): boolean {
  return slots.some((s) => s.getTime() === startsAt.getTime());
}

/** The slots grouped by calendar day in the viewer's zone, days in order. */
export function slotsByDay(slots: readonly Date[], zone: string): { day: string; slots: Date[] }[] {
  const days = new Map<string, Date[]>();
  for (const s of slots) {
    const { day } = dayIn(s, zone);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, slots: list }));
}

// --- A session held earlier than planned ------------------------------------------------------

export type HeldAtRefusal = "sessionHeldInFuture" | "sessionHeldBeforeStart" | "sessionHeldBeforePrevious";

/**
 * What is wrong with the real time a session was held, when marking it held before its planned
 * time, if anything: it has passed, it is not before the engagement began, nor before the latest
 * session of the plan held before it (sessions are held in the plan's order).
 */
export function heldAtProblem(
  heldAt: Date,
  c: { now: Date; engagementStartedAt: Date; previousHeldAt: Date | null },
): HeldAtRefusal | null {
  if (heldAt.getTime() > c.now.getTime()) return "sessionHeldInFuture";
  if (heldAt.getTime() < c.engagementStartedAt.getTime()) return "sessionHeldBeforeStart";
  if (c.previousHeldAt && heldAt.getTime() < c.previousHeldAt.getTime()) return "sessionHeldBeforePrevious";
  return null;
}
