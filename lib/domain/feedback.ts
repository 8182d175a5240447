// The one-minute evaluation after each session and the closing evaluation of an engagement.
// Pure rules, no I/O. Feedback is confidential: only its author reads it; programme admins see
// aggregates, and only over at least FEEDBACK_MIN_ANSWERS answers.

/** Programme admins never see an aggregate over fewer answers than this. */
export const FEEDBACK_MIN_ANSWERS = 5;

export const USEFULNESS_MIN = 1;
export const USEFULNESS_MAX = 5;
export const MAX_FEEDBACK_COMMENT = 1000;

/** What helped in a session (labels in the catalogues under feedback.helped.<key>). */
export const HELPED_CHOICES = [
  "listening",
  "questions",
  "new_perspective",
  "tools",
  "action_plan",
  "encouragement",
] as const;
export type HelpedChoice = (typeof HELPED_CHOICES)[number];

/** Whether the objectives set at the start were reached (closing evaluation; the database enum ObjectivesMet). */
export const OBJECTIVES_MET = ["yes", "partly", "no"] as const;
export type ObjectivesMet = (typeof OBJECTIVES_MET)[number];

export function isObjectivesMet(value: string): value is ObjectivesMet {
  return (OBJECTIVES_MET as readonly string[]).includes(value);
}

/** A person may evaluate a session only once it is marked completed (never planned, missed or cancelled ones). */
export function canEvaluateSession(sessionStatus: string): boolean {
  return sessionStatus === "completed";
}

/** The closing evaluation opens when the engagement is completed (every session of the plan held). */
export function canGiveClosingEvaluation(engagementStatus: string): boolean {
  return engagementStatus === "completed";
}

export function isHelpedChoice(value: string): value is HelpedChoice {
  return (HELPED_CHOICES as readonly string[]).includes(value);
}

type SessionLike = { id: string; position: number; status: string };

/** The completed sessions a person has not evaluated yet, in the plan's order. */
export function sessionsToEvaluate<S extends SessionLike>(sessions: readonly S[], evaluated: ReadonlySet<string>): S[] {
  return sessions
    .filter((s) => canEvaluateSession(s.status) && !evaluated.has(s.id))
    .sort((a, b) => a.position - b.position);
}

/**
 * The session before `position` whose evaluation the person still owes: the latest completed
 * session placed before it, if they have not evaluated it (used by the reminder e-mail).
 */
export function previousEvaluationMissing<S extends SessionLike>(
  sessions: readonly S[],
  position: number,
  evaluated: ReadonlySet<string>,
): S | null {
  const previous = sessions
    .filter((s) => s.position < position && canEvaluateSession(s.status))
    .sort((a, b) => b.position - a.position)[0];
  return previous && !evaluated.has(previous.id) ? previous : null;
}

// --- aggregates for programme admins -------------------------------------------------------

export type SessionFeedbackAggregate = {
  answers: number;
  /** Mean usefulness, one decimal. */
  averageUsefulness: number;
  /** How many answers gave each value, 1 to 5. */
  usefulness: Record<1 | 2 | 3 | 4 | 5, number>;
  /** How many answers ticked each "what helped" choice. */
  helped: Record<HelpedChoice, number>;
};

export type ClosingAggregate = {
  answers: number;
  averageUsefulness: number;
  objectivesMet: Record<ObjectivesMet, number>;
  /** How many would recommend the programme. */
  wouldRecommend: number;
};

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
const scale = () => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }) as Record<1 | 2 | 3 | 4 | 5, number>;

/** Totals over the answers, or null when there are fewer than FEEDBACK_MIN_ANSWERS (never shown). */
export function aggregateSessionFeedback(
  rows: readonly { usefulness: number; helped: readonly string[] }[],
): SessionFeedbackAggregate | null {
  if (rows.length < FEEDBACK_MIN_ANSWERS) return null;
  const usefulness = scale();
  const helped = Object.fromEntries(HELPED_CHOICES.map((c) => [c, 0])) as Record<HelpedChoice, number>;
  for (const r of rows) {
    usefulness[r.usefulness as 1 | 2 | 3 | 4 | 5] += 1;
    for (const h of new Set(r.helped)) if (isHelpedChoice(h)) helped[h] += 1;
  }
  return { answers: rows.length, averageUsefulness: mean(rows.map((r) => r.usefulness)), usefulness, helped };
}

export function aggregateClosingEvaluations(
  rows: readonly { usefulness: number; objectivesMet: string; wouldRecommend: boolean }[],
): ClosingAggregate | null {
  if (rows.length < FEEDBACK_MIN_ANSWERS) return null;
  const objectivesMet = Object.fromEntries(OBJECTIVES_MET.map((o) => [o, 0])) as Record<ObjectivesMet, number>;
  for (const r of rows) if (isObjectivesMet(r.objectivesMet)) objectivesMet[r.objectivesMet] += 1;
  return {
    answers: rows.length,
    averageUsefulness: mean(rows.map((r) => r.usefulness)),
    objectivesMet,
    wouldRecommend: rows.filter((r) => r.wouldRecommend).length,
  };
}

/**
 * Whether a total over several groups (e.g. the cohorts of a programme) may be shown next to
 * the groups' own aggregates. A group with 1 to FEEDBACK_MIN_ANSWERS-1 answers is hidden; the
 * total minus the shown groups gives away the hidden ones together, so the total is shown only
 * when it covers enough answers and the hidden groups together hold none or enough.
 */
export function totalMayBeShown(groupAnswerCounts: readonly number[]): boolean {
  const total = groupAnswerCounts.reduce((a, b) => a + b, 0);
  const hidden = groupAnswerCounts.filter((n) => n > 0 && n < FEEDBACK_MIN_ANSWERS).reduce((a, b) => a + b, 0);
  return total >= FEEDBACK_MIN_ANSWERS && (hidden === 0 || hidden >= FEEDBACK_MIN_ANSWERS);
}
