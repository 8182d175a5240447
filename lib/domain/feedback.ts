// The one-minute evaluation after each session and the closing evaluation of an engagement.
// Pure rules, no I/O. Feedback is confidential: only its author reads it; programme admins see
// aggregates, and only those that pass the confidentiality rule below: the one rule for every
// aggregate (the cohort dashboard's groups, lib/domain/cohort-figures.ts, and a programme's cohorts).

// --- confidentiality ---------------------------------------------------------------------------

/** Programme admins never see an aggregate over fewer answers than this. */
export const FEEDBACK_MIN_ANSWERS = 5;

/**
 * Nor over fewer different people than this. Two would already rule out one person's answers;
 * three also keeps either member of a single pair from reading the other's answers out of the figures.
 */
export const FEEDBACK_MIN_PEOPLE = 3;

/** A group of answers as the rule sees it: how many, and from how many different people. */
export type AnswerGroup = { answers: number; people: number };

/**
 * Whether an aggregate of feedback may be shown: at least FEEDBACK_MIN_ANSWERS answers, and from
 * at least FEEDBACK_MIN_PEOPLE people, so that no figure is one person's (or one pair's) answer.
 */
export function feedbackVisible(g: AnswerGroup): boolean {
  return g.answers >= FEEDBACK_MIN_ANSWERS && g.people >= FEEDBACK_MIN_PEOPLE;
}

/**
 * Whether a total over several groups (the cohorts of a programme, the sessions of a plan) may be
 * shown next to the groups' own aggregates. The total minus the groups shown gives away the hidden
 * ones together, so the total is shown only when it is visible itself and the hidden groups
 * (answered, but not visible) together are none, or visible as one group.
 */
export function totalMayBeShown(total: AnswerGroup, hiddenTogether: AnswerGroup): boolean {
  return feedbackVisible(total) && (hiddenTogether.answers === 0 || feedbackVisible(hiddenTogether));
}

export const USEFULNESS_MIN = 1;
export const USEFULNESS_MAX = 5;
/** The usefulness scale, 1 to 5, as the aggregates count it. */
export const USEFULNESS_SCALE = [1, 2, 3, 4, 5] as const;
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

/** A group of answers, each with its author (who are counted, never shown). */
export function answerGroup(rows: readonly { authorId: string }[]): AnswerGroup {
  return { answers: rows.length, people: new Set(rows.map((r) => r.authorId)).size };
}

/** Totals over the answers, or null when the group may not be shown (feedbackVisible). */
export function aggregateSessionFeedback(
  rows: readonly { authorId: string; usefulness: number; helped: readonly string[] }[],
): SessionFeedbackAggregate | null {
  if (!feedbackVisible(answerGroup(rows))) return null;
  const usefulness = scale();
  const helped = Object.fromEntries(HELPED_CHOICES.map((c) => [c, 0])) as Record<HelpedChoice, number>;
  for (const r of rows) {
    usefulness[r.usefulness as 1 | 2 | 3 | 4 | 5] += 1;
    for (const h of new Set(r.helped)) if (isHelpedChoice(h)) helped[h] += 1;
  }
  return { answers: rows.length, averageUsefulness: mean(rows.map((r) => r.usefulness)), usefulness, helped };
}

export function aggregateClosingEvaluations(
  rows: readonly { authorId: string; usefulness: number; objectivesMet: string; wouldRecommend: boolean }[],
): ClosingAggregate | null {
  if (!feedbackVisible(answerGroup(rows))) return null;
  const objectivesMet = Object.fromEntries(OBJECTIVES_MET.map((o) => [o, 0])) as Record<ObjectivesMet, number>;
  for (const r of rows) if (isObjectivesMet(r.objectivesMet)) objectivesMet[r.objectivesMet] += 1;
  return {
    answers: rows.length,
    averageUsefulness: mean(rows.map((r) => r.usefulness)),
    objectivesMet,
    wouldRecommend: rows.filter((r) => r.wouldRecommend).length,
  };
}
