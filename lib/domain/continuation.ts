// Going on after the mentoring review (session 6, "review and next steps"): both people must wish
// to continue, and need not decide during the meeting. Pure rules; the verb
// (lib/server/mentors/decide-continuation.ts) and the session verbs re-check them in their
// transaction.
//
//   review completed ──each answers──▶ pending ──both yes──▶ continue (sessions 7–9 can be planned)
//                                        └──one no──▶ stop (the pairing closes: later sessions
//                                                     cancelled, engagement completed)
import { continuationStepKey } from "./session-plans";

export type ContinuationOutcome = "pending" | "continue" | "stop";
export type ContinuationAnswer = { userId: string; wantsToContinue: boolean };
type PlanRow = { position: number; stepKey: string; status: string };

/** What the answers so far decide, for an engagement of two people: one no stops it, two yeses continue it. */
export function continuationOutcome(
  decisions: readonly ContinuationAnswer[],
  participants: readonly [string, string],
): ContinuationOutcome {
  const mine = decisions.filter((d) => participants.includes(d.userId));
  if (mine.some((d) => !d.wantsToContinue)) return "stop";
  const yes = new Set(mine.filter((d) => d.wantsToContinue).map((d) => d.userId));
  return participants.every((p) => yes.has(p)) ? "continue" : "pending";
}

/** The plan's continuation point (its position), or null for plans without one (coaching, networking). */
export function continuationPosition(plan: readonly PlanRow[]): number | null {
  const key = continuationStepKey(plan.map((s) => s.stepKey));
  return key ? (plan.find((s) => s.stepKey === key)?.position ?? null) : null;
}

/** Whether the review session is held, so the question is open. */
export function continuationOpen(plan: readonly PlanRow[]): boolean {
  const at = continuationPosition(plan);
  return at !== null && plan.some((s) => s.position === at && s.status === "completed");
}

/** Whether a session waits for both answers: it comes after the continuation point and they have not both said yes. */
export function stepBlocked(position: number, plan: readonly PlanRow[], outcome: ContinuationOutcome): boolean {
  const at = continuationPosition(plan);
  return at !== null && position > at && outcome !== "continue";
}

export type ContinuationRefusal = "engagementNotActive" | "continuationNotOpen" | "continuationDecided";

/**
 * May `userId` answer now: the engagement is active, the review session is held, and the question
 * is still open (an answer may change until both have answered; a no closes the pairing at once).
 */
export function decideContinuation(state: {
  status: string;
  plan: readonly PlanRow[];
  decisions: readonly ContinuationAnswer[];
  participants: readonly [string, string];
}): { ok: true } | { ok: false; error: ContinuationRefusal } {
  if (state.status !== "active") return { ok: false, error: "engagementNotActive" };
  if (!continuationOpen(state.plan)) return { ok: false, error: "continuationNotOpen" };
  if (continuationOutcome(state.decisions, state.participants) !== "pending")
    return { ok: false, error: "continuationDecided" };
  return { ok: true };
}

/**
 * What one person sees: their own answer, whether the other has answered, and the other's answer
 * only once both have answered.
 */
export function continuationView(
  decisions: readonly ContinuationAnswer[],
  participants: readonly [string, string],
  viewerId: string,
) {
  const other = participants.find((p) => p !== viewerId)!;
  const mine = decisions.find((d) => d.userId === viewerId) ?? null;
  const theirs = decisions.find((d) => d.userId === other) ?? null;
  const both = Boolean(mine && theirs);
  return {
    outcome: continuationOutcome(decisions, participants),
    mine: mine ? mine.wantsToContinue : null,
    otherAnswered: Boolean(theirs),
    other: both ? theirs!.wantsToContinue : null,
  };
}
