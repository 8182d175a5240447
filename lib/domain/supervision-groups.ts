// Group supervision sessions (issue #21 item 5): a programme admin schedules a session led by a
// supervisor (an approved coach an admin named supervisor), with seats; coaches register while seats
// last and before it starts; after the start the supervisor (or an admin) records who attended, and
// each coach's supervision record for that day follows. Pure rules; the clock is passed in.
import { TZDate } from "@date-fns/tz";
import { isKnownTimeZone, sessionTimeProblem } from "./session-schedule";

export const MIN_SUPERVISION_SEATS = 2;
export const MAX_SUPERVISION_SEATS = 30;
export const DEFAULT_SUPERVISION_SEATS = 8;
export const MIN_SUPERVISION_MINUTES = 30;
export const MAX_SUPERVISION_MINUTES = 240;
export const DEFAULT_SUPERVISION_MINUTES = 90;
export const MAX_MEETING_LINK = 500;

export type SupervisionSessionStatus = "scheduled" | "held" | "cancelled";

/** Who may lead group supervision: an approved coach whom a programme admin named supervisor. */
export function isSupervisor(profile: { status: string; supervisorSince: Date | null } | null | undefined): boolean {
  return !!profile && profile.status === "approved" && profile.supervisorSince !== null;
}

export type ScheduleProblem =
  | "sessionTimeInPast"
  | "sessionTimeTooFar"
  | "supervisionSeatsInvalid"
  | "supervisionDurationInvalid"
  | "meetingUrlInvalid";

/** What is wrong with a session an admin schedules, if anything. */
export function scheduleProblem(
  s: { startsAt: Date; durationMinutes: number; seats: number; meetingLink: string | null },
  now: Date,
): ScheduleProblem | null {
  const time = sessionTimeProblem(s.startsAt, now);
  if (time) return time;
  if (!Number.isInteger(s.seats) || s.seats < MIN_SUPERVISION_SEATS || s.seats > MAX_SUPERVISION_SEATS)
    return "supervisionSeatsInvalid";
  if (
    !Number.isInteger(s.durationMinutes) ||
    s.durationMinutes < MIN_SUPERVISION_MINUTES ||
    s.durationMinutes > MAX_SUPERVISION_MINUTES
  )
    return "supervisionDurationInvalid";
  if (s.meetingLink !== null && !isMeetingLink(s.meetingLink)) return "meetingUrlInvalid";
  return null;
}

/** An https link of reasonable length. */
export function isMeetingLink(value: string): boolean {
  if (value.length > MAX_MEETING_LINK) return false;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

export function seatsLeft(seats: number, taken: number): number {
  return Math.max(0, seats - taken);
}

export type RegistrationProblem =
  "supervisionSessionNotOpen" | "supervisionSessionStarted" | "supervisionSessionFull" | "supervisionOwnSession";

/** Whether a coach may take a seat: the session is scheduled, still to come, not theirs to lead, and a seat is free. */
export function registrationProblem(
  s: { status: SupervisionSessionStatus; startsAt: Date; seats: number; taken: number; ledByCoach: boolean },
  now: Date,
): RegistrationProblem | null {
  if (s.status !== "scheduled") return "supervisionSessionNotOpen";
  if (s.startsAt <= now) return "supervisionSessionStarted";
  if (s.ledByCoach) return "supervisionOwnSession";
  if (s.taken >= s.seats) return "supervisionSessionFull";
  return null;
}

/** A seat is given up before the session starts. */
export function unregisterProblem(
  s: { status: SupervisionSessionStatus; startsAt: Date },
  now: Date,
): "supervisionSessionNotOpen" | "supervisionSessionStarted" | null {
  if (s.status === "cancelled") return "supervisionSessionNotOpen";
  if (s.startsAt <= now) return "supervisionSessionStarted";
  return null;
}

/** Attendance is recorded once the session has started (and again to correct it), never for a cancelled one. */
export function attendanceProblem(
  s: { status: SupervisionSessionStatus; startsAt: Date },
  now: Date,
): "supervisionSessionNotOpen" | "supervisionAttendanceTooEarly" | null {
  if (s.status === "cancelled") return "supervisionSessionNotOpen";
  if (s.startsAt > now) return "supervisionAttendanceTooEarly";
  return null;
}

/** A session is cancelled only while it is scheduled and still to come. */
export function cancelProblem(
  s: { status: SupervisionSessionStatus; startsAt: Date },
  now: Date,
): "supervisionSessionNotOpen" | "supervisionSessionStarted" | null {
  if (s.status !== "scheduled") return "supervisionSessionNotOpen";
  if (s.startsAt <= now) return "supervisionSessionStarted";
  return null;
}

/** The calendar day a session is held on, in its own zone, as UTC midnight (what a SupervisionRecord keeps). */
export function heldOnOf(startsAt: Date, timeZone: string): Date {
  const d = new TZDate(startsAt.getTime(), isKnownTimeZone(timeZone) ? timeZone : "UTC");
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}
