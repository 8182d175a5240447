// What a programme's and a cohort's settings may be. Pure rules, no I/O: the forms (through the
// zod schemas of lib/validation/programmes.ts) and the verbs of lib/server/programmes/ both ask
// these functions, so a refusal reads the same wherever it comes from. Every refusal is a key of
// the "errors" catalogue, attached to the field it is about.
import type { ErrorKey } from "../i18n/keys";
import { CAPACITY_MAX, CAPACITY_MIN } from "./coach-profile";
import { APPOINTMENT_TYPES, ELIGIBLE_APPOINTMENT_TYPES, type AppointmentType } from "./eligibility";
import type { CohortStatus, ProgrammeType } from "./enrolment";

export const PROGRAMME_TYPES = [
  "coaching",
  "mentoring",
  "networking",
  "tripartite_coaching",
] as const satisfies readonly ProgrammeType[];
export const SESSION_PLANS = ["coaching", "mentoring", "networking"] as const;
export type SessionPlanKey = (typeof SESSION_PLANS)[number];
export const COHORT_STATUSES = ["draft", "open", "running", "closed"] as const satisfies readonly CohortStatus[];

/** A coach (or mentor) takes one to three clients (or mentees) at once. */
/** A programme caps its profiles' capacity within the capacity any profile may have (lib/domain/coach-profile.ts). */
export const CAPACITY_LIMIT_MIN = CAPACITY_MIN;
export const CAPACITY_LIMIT_MAX = CAPACITY_MAX;
/** A coach answers a request within 1 to 20 working days (four weeks). */
export const REQUEST_TIMEOUT_MIN = 1;
export const REQUEST_TIMEOUT_MAX = 20;
/** A freed seat is offered for 1 to 14 days. */
export const SEAT_OFFER_DAYS_MIN = 1;
export const SEAT_OFFER_DAYS_MAX = 14;
/** A cohort has at least one seat; the upper bound only catches typing slips. */
export const SEATS_MIN = 1;
export const SEATS_MAX = 10_000;
export const MAX_NAME = 120;
export const MAX_DESCRIPTION = 2_000;
export const MAX_SLUG = 60;
/** Lower-case letters, digits and single hyphens, as in a web address: "peer-coaching", "spring-2026". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The session-plan template a new programme of this type follows unless the admin picks another. */
export function defaultSessionPlan(type: ProgrammeType): SessionPlanKey {
  switch (type) {
    case "mentoring":
      return "mentoring";
    case "networking":
      return "networking";
    case "coaching":
    case "tripartite_coaching":
      return "coaching";
  }
}

/** Settings of a new programme before the admin changes anything (the FAQ's rules). */
export function defaultProgrammeSettings(type: ProgrammeType = "coaching") {
  return {
    sessionPlan: defaultSessionPlan(type),
    eligibleAppointmentTypes: [...ELIGIBLE_APPOINTMENT_TYPES],
    requestTimeoutWorkingDays: 3,
    seatOfferDays: 3,
    profileCapacityLimit: CAPACITY_MAX,
    defaultSeats: 40,
    /** Check-ins are answered within two days, weekends included (seed 003), unless the admin ticks working days. */
    checkInWorkingDays: false,
  };
}

/** A setting out of its rules: the field, and the "errors" catalogue key that says why. */
export type SettingIssue = { field: string; code: ErrorKey };

const wholeIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

export type ProgrammeSettings = {
  eligibleAppointmentTypes: readonly string[];
  requestTimeoutWorkingDays: number;
  seatOfferDays: number;
  profileCapacityLimit: number;
  defaultSeats: number;
};

/** What is wrong with a programme's numeric and eligibility settings (empty when nothing is). */
export function programmeSettingIssues(s: ProgrammeSettings): SettingIssue[] {
  const issues: SettingIssue[] = [];
  if (s.eligibleAppointmentTypes.length === 0)
    issues.push({ field: "eligibleAppointmentTypes", code: "eligibilityRequired" });
  else if (s.eligibleAppointmentTypes.some((t) => !(APPOINTMENT_TYPES as readonly string[]).includes(t)))
    issues.push({ field: "eligibleAppointmentTypes", code: "invalidInput" });
  if (!wholeIn(s.requestTimeoutWorkingDays, REQUEST_TIMEOUT_MIN, REQUEST_TIMEOUT_MAX))
    issues.push({ field: "requestTimeoutWorkingDays", code: "requestTimeoutRange" });
  if (!wholeIn(s.seatOfferDays, SEAT_OFFER_DAYS_MIN, SEAT_OFFER_DAYS_MAX))
    issues.push({ field: "seatOfferDays", code: "seatOfferDaysRange" });
  if (!wholeIn(s.profileCapacityLimit, CAPACITY_LIMIT_MIN, CAPACITY_LIMIT_MAX))
    issues.push({ field: "profileCapacityLimit", code: "maxClientsRange" });
  if (!wholeIn(s.defaultSeats, SEATS_MIN, SEATS_MAX)) issues.push({ field: "defaultSeats", code: "seatsRange" });
  return issues;
}

export function isAppointmentType(value: string): value is AppointmentType {
  return (APPOINTMENT_TYPES as readonly string[]).includes(value);
}

// --- cohorts ---------------------------------------------------------------------------------

/** A calendar day as the forms send it: "2023-02-01". */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC midnight of a "YYYY-MM-DD" day, or null when it is not a real calendar day. */
export function parseDay(value: string): Date | null {
  if (!DAY_PATTERN.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

/** The "YYYY-MM-DD" of a stored calendar day (kept as UTC midnight). */
export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export type CohortDates = { startsOn: string; endsOn: string; enrolmentOpensOn: string; enrolmentClosesOn: string };

/**
 * What is wrong with a cohort's dates and seats: every date a real day; the cohort ends after
 * it starts; enrolment closes on or after the day it opens, and no later than the cohort's end
 * (people join a cohort that has not finished); at least one seat.
 */
export function cohortSettingIssues(c: CohortDates & { seats: number }): SettingIssue[] {
  const issues: SettingIssue[] = [];
  const days = {
    startsOn: parseDay(c.startsOn),
    endsOn: parseDay(c.endsOn),
    enrolmentOpensOn: parseDay(c.enrolmentOpensOn),
    enrolmentClosesOn: parseDay(c.enrolmentClosesOn),
  };
  for (const [field, day] of Object.entries(days)) if (!day) issues.push({ field, code: "dayInvalid" });
  const { startsOn, endsOn, enrolmentOpensOn, enrolmentClosesOn } = days;
  if (startsOn && endsOn && endsOn.getTime() <= startsOn.getTime())
    issues.push({ field: "endsOn", code: "cohortEndBeforeStart" });
  if (enrolmentOpensOn && enrolmentClosesOn && enrolmentClosesOn.getTime() < enrolmentOpensOn.getTime())
    issues.push({ field: "enrolmentClosesOn", code: "enrolmentCloseBeforeOpen" });
  else if (enrolmentClosesOn && endsOn && enrolmentClosesOn.getTime() > endsOn.getTime())
    issues.push({ field: "enrolmentClosesOn", code: "enrolmentAfterCohortEnd" });
  if (!wholeIn(c.seats, SEATS_MIN, SEATS_MAX)) issues.push({ field: "seats", code: "seatsRange" });
  return issues;
}

/**
 * How a cohort's status may change. Forward moves are free (a draft may open, run or close);
 * a cohort may go back one step to correct a mistake: open → draft (only while nobody holds a
 * place: checked by the verb), running → open (enrolment again), closed → running.
 */
const COHORT_MOVES: Record<CohortStatus, readonly CohortStatus[]> = {
  draft: ["open", "running", "closed"],
  open: ["draft", "running", "closed"],
  running: ["open", "closed"],
  closed: ["running"],
};

export function canMoveCohort(from: CohortStatus, to: CohortStatus): boolean {
  return from === to || COHORT_MOVES[from].includes(to);
}

/** The statuses the cohort form offers for a cohort now in `from` (its own status first). */
export function cohortStatusChoices(from: CohortStatus | null): CohortStatus[] {
  if (!from) return [...COHORT_STATUSES];
  return [from, ...COHORT_MOVES[from]];
}

/** A cohort's seats can go down only as far as the places already held (enrolled or offered). */
export function seatsBelowHeld(seats: number, held: number): boolean {
  return seats < held;
}

/**
 * Suggested dates of a new cohort created on `today`: it starts on the 1st of next month and runs
 * six months (like the pilot, February to July); enrolment opens today and closes two weeks after
 * the start.
 */
export function newCohortDates(today: Date): CohortDates {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, 0));
  const opens = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const closes = new Date(start.getTime() + 14 * 86_400_000);
  return {
    startsOn: formatDay(start),
    endsOn: formatDay(end),
    enrolmentOpensOn: formatDay(opens),
    enrolmentClosesOn: formatDay(closes),
  };
}
