// Check-ins between sessions (no I/O): a short message or a 10–15 minute call request from the
// coachee; the coach answers within two days (seed 003: "dans les deux jours qui suivent"), or two
// working days where the programme counts working days (Programme.checkInWorkingDays).
import { answerDueAt } from "./match-request";

/** The days a coach has to answer a check-in. */
export const CHECK_IN_ANSWER_DAYS = 2;
export const MAX_CHECK_IN = 1000;
export const MAX_CHECK_IN_ANSWER = 2000;
export const MAX_PREFERRED_TIMES = 200;
/** A call request is for a short call: 10 to 15 minutes. */
export const CALL_MINUTES = { min: 10, max: 15 } as const;

export type CheckInKind = "message" | "call";

const DAY_MS = 86_400_000;

/**
 * When the coach must have answered: two days (48 hours) after the check-in, as the seed says; or,
 * where the programme counts working days, two working days (Monday to Friday) after it.
 */
export function checkInDueAt(createdAt: Date, countsWorkingDays = false): Date {
  return countsWorkingDays
    ? answerDueAt(createdAt, CHECK_IN_ANSWER_DAYS)
    : new Date(createdAt.getTime() + CHECK_IN_ANSWER_DAYS * DAY_MS);
}

/** How the texts name the delay: the "days" argument of the check-in messages. */
export type CheckInDays = "working" | "calendar";
export function checkInDays(countsWorkingDays: boolean): CheckInDays {
  return countsWorkingDays ? "working" : "calendar";
}

export type CheckInState = "answered" | "open" | "overdue";

export function checkInState(c: { answeredAt: Date | null; dueAt: Date }, now: Date): CheckInState {
  if (c.answeredAt) return "answered";
  return c.dueAt <= now ? "overdue" : "open";
}

export function isOverdueCheckIn(c: { answeredAt: Date | null; dueAt: Date }, now: Date): boolean {
  return checkInState(c, now) === "overdue";
}

/** For the coach's list: overdue first (oldest due first), then open, then answered (newest first). */
export function sortForCoach<C extends { answeredAt: Date | null; dueAt: Date; createdAt: Date }>(
  list: readonly C[],
  now: Date,
): C[] {
  const rank = (c: C) => ({ overdue: 0, open: 1, answered: 2 })[checkInState(c, now)];
  return [...list].sort(
    (a, b) => rank(a) - rank(b) || (rank(a) < 2 ? +a.dueAt - +b.dueAt : +b.createdAt - +a.createdAt),
  );
}
