// The fit check (issue 20, item 3): after the introduction meeting of a peer coaching or mentoring
// engagement, each of its two people says whether the pairing fits. Pure rules; the verb
// (lib/server/fit-check/answer-fit-check.ts) re-checks them under the engagement's row lock.
//
//   introduction held ──each answers──▶ pending ──both yes──▶ fits
//                                          └──one no──▶ not a fit: the engagement ends at once
//                                                       (status ended, marked endedAsNotAFit), the
//                                                       coach's place frees, the client keeps their
//                                                       seat in the cohort and chooses again.
//
// The question stays open from the introduction held until the next session of the plan is held
// (by then the pair has chosen to go on). Answers are final. Not for tripartite missions (their
// contract governs how they stop) nor for networking conversations.

/** The longest private comment beside an answer. */
export const MAX_FIT_COMMENT = 500;

export type FitOutcome = "pending" | "fits" | "notAFit";
export type FitAnswer = { userId: string; fits: boolean };
export type FitPlanRow = { position: number; status: string };

/** The programme types whose engagements are asked: peer coaching and mentoring. */
export const FIT_CHECK_PROGRAMMES = ["coaching", "mentoring"] as const;

/** Whether an engagement is asked at all: peer coaching or mentoring, and not carrying a tripartite mission. */
export function fitCheckApplies(engagement: { programmeType: string; isMission: boolean }): boolean {
  return (FIT_CHECK_PROGRAMMES as readonly string[]).includes(engagement.programmeType) && !engagement.isMission;
}

/**
 * Whether the question is open in the plan: its first session (coaching's introduction meeting,
 * mentoring's getting-to-know session) is completed and the second is not yet.
 */
export function fitCheckWindow(plan: readonly FitPlanRow[]): boolean {
  const ordered = [...plan].sort((a, b) => a.position - b.position);
  const [intro, second] = ordered;
  if (!intro || intro.status !== "completed") return false;
  return !second || second.status !== "completed";
}

/** What the answers so far decide, for an engagement of two people: one no ends it, two yeses confirm it. */
export function fitOutcome(answers: readonly FitAnswer[], participants: readonly [string, string]): FitOutcome {
  const theirs = answers.filter((a) => participants.includes(a.userId));
  if (theirs.some((a) => !a.fits)) return "notAFit";
  const yes = new Set(theirs.filter((a) => a.fits).map((a) => a.userId));
  return participants.every((p) => yes.has(p)) ? "fits" : "pending";
}

export type FitCheckRefusal = "fitCheckNotAvailable" | "engagementNotActive" | "fitCheckNotOpen" | "fitCheckAnswered";

export type FitCheckState = {
  status: string;
  programmeType: string;
  isMission: boolean;
  plan: readonly FitPlanRow[];
  answers: readonly FitAnswer[];
  participants: readonly [string, string];
};

/**
 * May `userId` answer now: the engagement is asked at all, is active, its introduction is held and
 * the next session not yet, and this person has not answered (answers are final).
 */
export function decideFitAnswer(
  state: FitCheckState,
  userId: string,
): { ok: true } | { ok: false; error: FitCheckRefusal } {
  if (!fitCheckApplies(state)) return { ok: false, error: "fitCheckNotAvailable" };
  if (state.status !== "active") return { ok: false, error: "engagementNotActive" };
  if (!fitCheckWindow(state.plan)) return { ok: false, error: "fitCheckNotOpen" };
  if (state.answers.some((a) => a.userId === userId)) return { ok: false, error: "fitCheckAnswered" };
  return { ok: true };
}

/** Whether the panel asks this person now (the same rule as decideFitAnswer, as a yes or no). */
export function fitCheckOpenFor(state: FitCheckState, userId: string): boolean {
  return decideFitAnswer(state, userId).ok;
}

/**
 * What one person sees: their own answer (and their own comment, elsewhere), and whether the other
 * has answered. The other's answer is never shown on its own: a no shows only as the ending.
 */
export function fitCheckView(answers: readonly FitAnswer[], participants: readonly [string, string], viewerId: string) {
  const other = participants.find((p) => p !== viewerId)!;
  const mine = answers.find((a) => a.userId === viewerId) ?? null;
  return {
    outcome: fitOutcome(answers, participants),
    mine: mine ? mine.fits : null,
    otherAnswered: answers.some((a) => a.userId === other),
  };
}

/**
 * The cohort's fit rate: of the pairs whose answers decided (both said yes, or one said no), the
 * share that fit. Null while no pair has decided.
 */
export function fitRate(figures: { fits: number; notAFit: number }): number | null {
  const decided = figures.fits + figures.notAFit;
  return decided > 0 ? figures.fits / decided : null;
}
