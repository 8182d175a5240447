// When sessions happen: the dates a new plan suggests, local times in a person's time zone, and
// the rule that one coach's sessions never overlap. Pure: no I/O, the clock is passed in.
import { tz, TZDate } from "@date-fns/tz";
import { addDays, addMonths, addYears, isWeekend, nextMonday, set } from "date-fns";
import type { SessionPlanTemplate } from "./session-plans";

/** Suggested dates fall at midday in the coach's zone, so that they read as the same day almost everywhere. */
export const SUGGESTED_HOUR = 12;
/** The shortest and longest session a proposal may last (minutes). */
export const MIN_SESSION_MINUTES = 15;
export const MAX_SESSION_MINUTES = 180;
export const MAX_LOCATION = 500;
/**
 * How far ahead a session may be proposed. The longest plan (nine mentoring sessions about twice a
 * month) spans under six months; two years leaves room for pauses and never lets a typo such as
 * 31 December 9999 be agreed and sent as an invitation.
 */
export const SESSION_HORIZON_YEARS = 2;
export const MAX_NOTE = 5000;

const IANA_NAME = /^(?:UTC|[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9][A-Za-z0-9_+-]*)+)$/;

/**
 * An IANA time-zone name the runtime knows ("Europe/Zurich", "America/Argentina/Buenos_Aires",
 * "UTC"). Offsets ("+01:00"), abbreviations ("CET") and made-up names are refused.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (!IANA_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zones a person may choose from: UTC, the runtime's IANA list, and their own zone if it is not listed. */
export function timeZoneChoices(own: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  const list = ["UTC", ...zones.filter((z) => z !== "UTC")];
  return isKnownTimeZone(own) && !list.includes(own) ? [own, ...list] : list;
}

export type PlannedSession = { position: number; stepKey: string; durationMinutes: number; suggestedAt: Date };

/**
 * The sessions of a new engagement with their suggested dates, computed in `timeZone` (the coach's):
 * the first session `firstWithinDays` after the start, then one every N months or N days after it.
 * A date that falls on a Saturday or Sunday moves to the Monday after.
 */
export function planSessions(template: SessionPlanTemplate, startedAt: Date, timeZone: string): PlannedSession[] {
  const zone = isKnownTimeZone(timeZone) ? timeZone : "UTC";
  const inZone = { in: tz(zone) };
  const first = addDays(startedAt, template.firstWithinDays, inZone);
  return template.steps.map((step, i) => {
    const rhythm = template.rhythm;
    let day =
      i === 0
        ? first
        : "months" in rhythm
          ? addMonths(first, i * rhythm.months, inZone)
          : addDays(first, i * rhythm.days, inZone);
    if (isWeekend(day, inZone)) day = nextMonday(day, inZone);
    const midday = set(day, { hours: SUGGESTED_HOUR, minutes: 0, seconds: 0, milliseconds: 0 }, inZone);
    return {
      position: i + 1,
      stepKey: step.key,
      durationMinutes: step.durationMinutes,
      suggestedAt: new Date(midday.getTime()),
    };
  });
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time ("2026-12-03T10:00", as an <input type="datetime-local"> gives it)
 * denotes in `timeZone`; null when it is malformed or does not exist there (the hour skipped when
 * clocks go forward).
 */
export function localTimeToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL_INPUT.exec(local);
  if (!m || !isKnownTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
  if (Number.isNaN(date.getTime())) return null;
  // Round trip: a time that does not exist in the zone comes back different.
  if (instantToLocalTime(date, timeZone) !== local) return null;
  return new Date(date.getTime());
}

/** The wall-clock time of an instant in `timeZone`, in the datetime-local form "2026-12-03T10:00". */
export function instantToLocalTime(instant: Date, timeZone: string): string {
  const d = new TZDate(instant.getTime(), isKnownTimeZone(timeZone) ? timeZone : "UTC");
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** What is wrong with a session's start, if anything: it must be to come, and within the horizon. */
export function sessionTimeProblem(startsAt: Date, now: Date): "sessionTimeInPast" | "sessionTimeTooFar" | null {
  if (startsAt.getTime() <= now.getTime()) return "sessionTimeInPast";
  if (startsAt.getTime() > addYears(now, SESSION_HORIZON_YEARS).getTime()) return "sessionTimeTooFar";
  return null;
}

export type TimeSlot = { startsAt: Date; durationMinutes: number };

export function endOf(slot: TimeSlot): Date {
  return new Date(slot.startsAt.getTime() + slot.durationMinutes * 60_000);
}

/** Two sessions overlap when each starts before the other ends (back-to-back is fine). */
export function overlaps(a: TimeSlot, b: TimeSlot): boolean {
  return a.startsAt < endOf(b) && b.startsAt < endOf(a);
}

/** The first of `others` that overlaps `candidate`, if any. */
export function firstOverlap<T extends TimeSlot>(candidate: TimeSlot, others: readonly T[]): T | undefined {
  return others.find((o) => overlaps(candidate, o));
}
