// A seeker's ranked request for a match (a coach, a mentor or a networking colleague): the routing
// rules, pure (no I/O). The verbs in lib/server/requests/ apply them inside their transactions.
//
//   request: open ──accept──▶ accepted
//             │ └──withdraw──▶ withdrawn
//             └──every choice declined or lapsed──▶ exhausted
//   choice:  waiting ──asked──▶ pending ──▶ accepted | declined | lapsed
//            waiting | pending ──request ends first──▶ skipped
import { addBusinessDays, subBusinessDays } from "date-fns";

export const MAX_CHOICES = 3;
export const MAX_REQUEST_MESSAGE = 2000;
export const MAX_REASON = 2000;

export type ChoiceStatus = "waiting" | "pending" | "accepted" | "declined" | "lapsed" | "skipped";
/** Choices not answered yet (waiting their turn, or asked): skipped when the request ends first. */
export const UNANSWERED_CHOICE_STATUSES = ["waiting", "pending"] as const satisfies readonly ChoiceStatus[];
const unanswered = (status: ChoiceStatus) => UNANSWERED_CHOICE_STATUSES.some((s) => s === status);
export type RequestStatus = "open" | "accepted" | "withdrawn" | "exhausted";

export type ChoicesCheck =
  { ok: true } | { ok: false; error: "choiceRequired" | "tooManyChoices" | "duplicateChoice"; index: number };

/**
 * One to `max` people (three coaches or mentors, one networking colleague), each at most once, in
 * the asker's order of preference.
 */
export function checkChoices(profileIds: readonly string[], max: number = MAX_CHOICES): ChoicesCheck {
  if (profileIds.length === 0) return { ok: false, error: "choiceRequired", index: 0 };
  if (profileIds.length > max) return { ok: false, error: "tooManyChoices", index: max };
  for (let i = 0; i < profileIds.length; i++) {
    if (!profileIds[i]) return { ok: false, error: "choiceRequired", index: i };
    if (profileIds.indexOf(profileIds[i]) !== i) return { ok: false, error: "duplicateChoice", index: i };
  }
  return { ok: true };
}

export type ChoiceSlotProblem = {
  error: "firstChoiceRequired" | "choiceGap" | "tooManyChoices" | "duplicateChoice";
  /** The rank at fault (0 for the first choice). */
  index: number;
};

/**
 * The same rule for choices as a form ranks them, one slot per rank with "" where nobody was
 * chosen: empty slots after the last choice are not choices; an empty slot before it is a missing
 * first choice or a gap. The first problem, at its rank, or null.
 */
export function choiceSlotProblem(slots: readonly string[], max: number = MAX_CHOICES): ChoiceSlotProblem | null {
  const last = slots.findLastIndex(Boolean);
  if (last < 0) return { error: "firstChoiceRequired", index: 0 };
  const check = checkChoices(slots.slice(0, last + 1), max);
  if (check.ok) return null;
  if (check.error === "choiceRequired")
    return { error: check.index === 0 ? "firstChoiceRequired" : "choiceGap", index: check.index };
  return { error: check.error, index: check.index };
}

/** When an asked person (coach, mentor, colleague) must answer by: `workingDays` working days (Monday to Friday) after the question. */
export function answerDueAt(askedAt: Date, workingDays: number): Date {
  return addBusinessDays(askedAt, Math.max(1, workingDays));
}

/** The reminder goes one working day before the answer is due. */
export function reminderAt(dueAt: Date): Date {
  return subBusinessDays(dueAt, 1);
}

export function reminderDue(
  choice: { status: ChoiceStatus; dueAt: Date | null; remindedAt: Date | null },
  now: Date,
): boolean {
  return (
    choice.status === "pending" &&
    !choice.remindedAt &&
    !!choice.dueAt &&
    now < choice.dueAt &&
    reminderAt(choice.dueAt) <= now
  );
}

export function isOverdue(choice: { status: ChoiceStatus; dueAt: Date | null }, now: Date): boolean {
  return choice.status === "pending" && !!choice.dueAt && choice.dueAt <= now;
}

export type NextStep<C> = { kind: "ask"; choice: C } | { kind: "exhausted" };

/**
 * After a decline or a lapse: the next waiting choice (lowest rank) is asked, or — none left —
 * the request is exhausted and the seeker chooses again.
 */
export function nextStep<C extends { rank: number; status: ChoiceStatus }>(choices: readonly C[]): NextStep<C> {
  const next = [...choices].filter((c) => c.status === "waiting").sort((a, b) => a.rank - b.rank)[0];
  return next ? { kind: "ask", choice: next } : { kind: "exhausted" };
}

/** On acceptance: the accepted choice, and every choice not answered yet is skipped. */
export function statusesAfterAccept<C extends { id: string; status: ChoiceStatus }>(
  choices: readonly C[],
  acceptedId: string,
): Map<string, ChoiceStatus> {
  return new Map(
    choices.map((c) => [c.id, c.id === acceptedId ? "accepted" : unanswered(c.status) ? "skipped" : c.status]),
  );
}

/** Whether a profile holding `active` engagements can take one more. */
export function hasFreePlace(profile: { capacity: number }, active: number): boolean {
  return active < profile.capacity;
}

export function freePlaces(profile: { capacity: number }, active: number): number {
  return Math.max(0, profile.capacity - active);
}
