// The relationship pulse (issue 20, item 7): midway through a peer coaching or mentoring engagement
// each of its two people answers "how is it going?" on a scale of 1 to 5, with an optional comment,
// once. The answer is private to its author: the other person never sees it, and programme admins
// see only aggregates over at least PULSE_MIN_ANSWERS answers (never one answer, never a comment).
// Pure rules; the verb (lib/server/pulse/answer-pulse.ts) re-checks them under a row lock.

/** The scale, from 1 (badly) to 5 (very well). */
export const PULSE_SCALE = [1, 2, 3, 4, 5] as const;
export type PulseScore = (typeof PULSE_SCALE)[number];
/** The longest private comment. */
export const MAX_PULSE_COMMENT = 500;
/** The fewest answers an aggregate is shown over. */
export const PULSE_MIN_ANSWERS = 5;

/**
 * The step after which the pulse opens: coaching's session 3 (the midpoint) and mentoring's
 * session 4 (leadership), by the plans of lib/domain/session-plans.ts.
 */
export const PULSE_STEPS: Record<"coaching" | "mentoring", string> = {
  coaching: "coaching.session-3",
  mentoring: "mentoring.leadership",
};

/** The step after which the pulse opens for a session plan, or null (networking has none). */
export function pulseStepKey(sessionPlan: string): string | null {
  return sessionPlan === "coaching" || sessionPlan === "mentoring" ? PULSE_STEPS[sessionPlan] : null;
}

export function isPulseScore(value: number): value is PulseScore {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export type PulseRefusal = "pulseNotAvailable" | "engagementNotActive" | "pulseNotOpen" | "pulseAnswered";

export type PulseState = {
  status: string;
  programmeType: string;
  sessionPlan: string;
  isMission: boolean;
  plan: readonly { stepKey: string; status: string }[];
  /** Whether this person has already answered. */
  answered: boolean;
};

/**
 * May this person answer now: a peer coaching or mentoring engagement (not a tripartite mission,
 * not networking), active, whose midway step is completed, and not answered yet (once only).
 */
export function decidePulse(state: PulseState): { ok: true } | { ok: false; error: PulseRefusal } {
  const step = pulseStepKey(state.sessionPlan);
  if (!step || state.isMission || (state.programmeType !== "coaching" && state.programmeType !== "mentoring"))
    return { ok: false, error: "pulseNotAvailable" };
  if (state.status !== "active") return { ok: false, error: "engagementNotActive" };
  if (!state.plan.some((s) => s.stepKey === step && s.status === "completed"))
    return { ok: false, error: "pulseNotOpen" };
  if (state.answered) return { ok: false, error: "pulseAnswered" };
  return { ok: true };
}

export function pulseOpen(state: PulseState): boolean {
  return decidePulse(state).ok;
}

export type PulseAggregate =
  | { shown: false; answers: number }
  | { shown: true; answers: number; average: number; distribution: Record<PulseScore, number> };

/** One group's aggregate: its answers' count, and its average and distribution only from PULSE_MIN_ANSWERS answers. */
export function pulseAggregate(scores: readonly number[]): PulseAggregate {
  const valid = scores.filter(isPulseScore);
  if (valid.length < PULSE_MIN_ANSWERS) return { shown: false, answers: valid.length };
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<PulseScore, number>;
  for (const s of valid) distribution[s]++;
  return {
    shown: true,
    answers: valid.length,
    average: valid.reduce((n, s) => n + s, 0) / valid.length,
    distribution,
  };
}

export type PulseFigures = {
  all: PulseAggregate;
  /** Clients' and coaches' answers apart: null unless both groups have PULSE_MIN_ANSWERS answers. */
  sides: { clients: PulseAggregate; coaches: PulseAggregate } | null;
};

/**
 * The cohort's pulse figures. The two sides are shown apart only when each has enough answers:
 * showing one side beside the whole would let anyone subtract it and read the other side's few
 * answers. Comments are never part of it.
 */
export function pulseFigures(answers: readonly { role: string; score: number }[]): PulseFigures {
  const clients = answers.filter((a) => a.role === "client").map((a) => a.score);
  const coaches = answers.filter((a) => a.role === "coach").map((a) => a.score);
  const bothEnough = clients.length >= PULSE_MIN_ANSWERS && coaches.length >= PULSE_MIN_ANSWERS;
  return {
    all: pulseAggregate(answers.map((a) => a.score)),
    sides: bothEnough ? { clients: pulseAggregate(clients), coaches: pulseAggregate(coaches) } : null,
  };
}
