// The terms a tripartite proposal and contract carry, their limits, and the session rows an
// accepted contract gives the mission's engagement (no I/O).
import { planSessions, type PlannedSession } from "./session-schedule";
import { planFigures, SESSION_PLANS, stepOf, type PlanFigures, type SessionPlanTemplate } from "./session-plans";

export const MAX_MISSION_TEXT = 3000;
export const MAX_REASON_TEXT = 2000;
export const MAX_INDICATOR = 300;
export const MAX_INDICATORS = 8;
export const MAX_COST = 200;
export const MAX_EVIDENCE = 1000;
export const MAX_SYNTHESIS = 5000;

/** The coaching plan's steps (an introduction, then sessions) bound how many sessions a contract holds. */
const COACHING_STEPS = SESSION_PLANS.coaching.steps;

export const TERM_LIMITS = {
  durationMonths: { min: 1, max: 18 },
  sessionCount: { min: 1, max: COACHING_STEPS.length },
  sessionMinutes: { min: 30, max: 120 },
  rhythmWeeks: { min: 1, max: 8 },
  followUpMonths: { min: 1, max: 12 },
} as const;
export type NumericTerm = keyof typeof TERM_LIMITS;

export const DEFAULT_TERMS = {
  durationMonths: 6,
  sessionCount: 6,
  sessionMinutes: 60,
  rhythmWeeks: 4,
  followUpMonths: 3,
} as const;

export type ProposalTerms = {
  organisationObjectives: string;
  coacheeObjectives: string;
  indicators: string[];
  durationMonths: number;
  sessionCount: number;
  sessionMinutes: number;
  rhythmWeeks: number;
  cost: string;
  followUpMonths: number;
};

/**
 * The coaching plan a contract gives the mission's engagement: the plan's steps in order
 * (introduction first), as many as the contract says, each of the contract's length, one every
 * `rhythmWeeks` after the first. Dates come from the sessions' own rule (planSessions).
 */
export function missionSessionPlan(
  terms: Pick<ProposalTerms, "sessionCount" | "sessionMinutes" | "rhythmWeeks">,
): SessionPlanTemplate {
  const count = Math.min(Math.max(terms.sessionCount, TERM_LIMITS.sessionCount.min), TERM_LIMITS.sessionCount.max);
  return {
    ...SESSION_PLANS.coaching,
    rhythm: { days: terms.rhythmWeeks * 7 },
    steps: COACHING_STEPS.slice(0, count).map((step) => ({ ...step, durationMinutes: terms.sessionMinutes })),
  };
}

/** The sessions of an accepted contract, with dates suggested in the coach's time zone. */
export function missionSessions(
  terms: Pick<ProposalTerms, "sessionCount" | "sessionMinutes" | "rhythmWeeks">,
  startedAt: Date,
  coachTimeZone: string,
): PlannedSession[] {
  return planSessions(missionSessionPlan(terms), startedAt, coachTimeZone);
}

/** The figures of a contract's plan (sessions, length, rhythm), for the texts that describe it. */
export function missionPlanFigures(
  terms: Pick<ProposalTerms, "sessionCount" | "sessionMinutes" | "rhythmWeeks">,
): PlanFigures {
  return planFigures(missionSessionPlan(terms));
}

/**
 * The date a mission's session is suggested for. The mission's mid-point review is one date, the
 * milestone's: once the coach has set it, the plan's mid-point session (a session still without
 * a proposed time) is suggested for that day, so the engagement and the mission never name two
 * dates for the mid-point. Every other session keeps the date its plan gave it.
 */
export function missionSuggestedAt(
  session: { stepKey: string; status: string; suggestedAt: Date },
  midpointReviewAt: Date | null,
): Date {
  if (!midpointReviewAt || session.status !== "planned" || stepOf(session.stepKey)?.midpoint !== true)
    return session.suggestedAt;
  return midpointReviewAt;
}
