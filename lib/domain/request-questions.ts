// A question before answering: the person asked in a match request (coach, mentor, networking
// colleague) may answer with a question instead of accepting or declining. The choice's deadline
// pauses (its remaining working time is kept) until the seeker replies, then resumes with that
// remaining time — not a fresh deadline. Pure rules (no I/O); the verbs in lib/server/requests/
// (ask-request-question.ts, answer-request-question.ts) apply them under row locks.
//
//   choice pending ──ask──▶ pending, paused (pausedAt, remainingSeconds) ──reply──▶ pending (dueAt = now + remaining)
//
// Working time is counted Monday to Friday (UTC days), as answerDueAt counts working days.
import { MAX_REASON, type ChoiceStatus } from "./match-request";

/** At most this many questions per choice: then the asked person accepts or declines. */
export const MAX_QUESTIONS = 3;
/** A question or a reply is as long as the other texts of a request (a decline's reason). */
export const MAX_QUESTION_TEXT = MAX_REASON;

const DAY_MS = 86_400_000;
const isWorkingDay = (t: number) => {
  const d = new Date(t).getUTCDay();
  return d !== 0 && d !== 6;
};
const nextMidnight = (t: number) => (Math.floor(t / DAY_MS) + 1) * DAY_MS;

/** Working time (milliseconds on Mondays to Fridays) from `from` to `to`; 0 when `to` is not later. */
export function workingMsBetween(from: Date, to: Date): number {
  let total = 0;
  const end = to.getTime();
  for (let t = from.getTime(); t < end;) {
    const stop = Math.min(nextMidnight(t), end);
    if (isWorkingDay(t)) total += stop - t;
    t = stop;
  }
  return total;
}

/** `from` plus `ms` of working time: weekends are skipped (from a Saturday, counting starts on Monday). */
export function addWorkingMs(from: Date, ms: number): Date {
  let left = Math.max(0, ms);
  for (let t = from.getTime(); ; t = nextMidnight(t)) {
    if (!isWorkingDay(t)) continue;
    const rest = nextMidnight(t) - t;
    if (left <= rest) return new Date(t + left);
    left -= rest;
  }
}

export type PausableChoice = {
  status: ChoiceStatus;
  dueAt: Date | null;
  pausedAt: Date | null;
  remainingSeconds: number | null;
};
export type QuestionRow = { askedAt: Date; answeredAt: Date | null };

/** A choice waiting for the seeker's reply: its deadline is paused (no lapse, no reminder). */
export function isPaused(choice: { pausedAt: Date | null }): boolean {
  return choice.pausedAt !== null;
}

/** How many more questions the asked person may ask on this choice. */
export function questionsLeft(questions: readonly unknown[]): number {
  return Math.max(0, MAX_QUESTIONS - questions.length);
}

export type AskProblem = "requestNoLongerPending" | "questionAlreadyWaiting" | "tooManyQuestions";

/**
 * Whether the asked person may ask a question now: the choice is pending and not overdue, no
 * question waits for a reply, and fewer than MAX_QUESTIONS were asked. The problem, or null.
 */
export function askProblem(
  choice: PausableChoice,
  questions: readonly QuestionRow[],
  requestOpen: boolean,
  now: Date,
): AskProblem | null {
  if (!requestOpen || choice.status !== "pending") return "requestNoLongerPending";
  if (isPaused(choice) || questions.some((q) => q.answeredAt === null)) return "questionAlreadyWaiting";
  if (!choice.dueAt || choice.dueAt <= now) return "requestNoLongerPending";
  if (questionsLeft(questions) === 0) return "tooManyQuestions";
  return null;
}

/** Pausing at `now`: the working time left until the deadline, kept in whole seconds. */
export function pause(choice: { dueAt: Date }, now: Date): { pausedAt: Date; remainingSeconds: number } {
  return { pausedAt: now, remainingSeconds: Math.ceil(workingMsBetween(now, choice.dueAt) / 1000) };
}

export type ReplyProblem = "requestNoLongerPending" | "noQuestionWaiting";

/** Whether the seeker may reply now: the request is open, the choice pending and paused on a question. */
export function replyProblem(
  choice: PausableChoice,
  questions: readonly QuestionRow[],
  requestOpen: boolean,
): ReplyProblem | null {
  if (!requestOpen || choice.status !== "pending") return "requestNoLongerPending";
  if (!isPaused(choice) || !questions.some((q) => q.answeredAt === null)) return "noQuestionWaiting";
  return null;
}

/**
 * Resuming at `now`: the deadline is `now` plus the working time that was left when the question
 * was asked (a reply on a Saturday resumes counting on Monday), and the pause marker is cleared.
 */
export function resume(
  choice: { remainingSeconds: number | null },
  now: Date,
): { dueAt: Date; pausedAt: null; remainingSeconds: null } {
  return { dueAt: addWorkingMs(now, (choice.remainingSeconds ?? 0) * 1000), pausedAt: null, remainingSeconds: null };
}

/** Paused working time as people read it: whole working days (of 24 hours) and the hours left over. */
export function remainingParts(seconds: number | null): { days: number; hours: number } {
  const hours = Math.round(Math.max(0, seconds ?? 0) / 3600);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}
