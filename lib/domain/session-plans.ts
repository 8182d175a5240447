// Session-plan templates: data, not code branches. A programme names its template
// (Programme.sessionPlan); when an engagement starts it gets one EngagementSession per step.
//
// Texts live in the catalogues, never here. For plan P and step S (the part of the step key after
// the dot), the catalogue keys are:
//   sessionPlans.P.S.title                 the session's name
//   sessionPlans.P.S.objective             what the session is for
//   sessionPlans.P.S.before.<item>         a "before the session" checklist item (one per key in checklist.before)
//   sessionPlans.P.S.during.<item>         a "during the session" item
//   sessionPlans.P.S.after.<item>          an "after the session" item
//   sessionPlans.P.S.questions.<q>         a suggested question
//   sessionPlans.P.name / sessionPlans.P.rhythm   the plan's name and rhythm, for people
// A checklist item's key as stored in SessionChecklistTick.itemKey is "<phase>.<item>", e.g. "before.read-profile".
//
// CONTRACT (shape fixed by the lead; the checklist and question keys are filled in by the plan-content work).

export type SessionPlanKey = "coaching" | "mentoring" | "networking";
export type ChecklistPhase = "before" | "during" | "after";
export const CHECKLIST_PHASES: readonly ChecklistPhase[] = ["before", "during", "after"];

export type SessionStep = {
  /** "<plan>.<step>", stored in EngagementSession.stepKey. */
  key: string;
  durationMinutes: number;
  /** A step the pair may skip (the second networking meeting). */
  optional?: boolean;
  checklist: Record<ChecklistPhase, readonly string[]>;
  questions: readonly string[];
};

export type SessionPlanTemplate = {
  key: SessionPlanKey;
  /** Days after the engagement starts by which the first session should be held. */
  firstWithinDays: number;
  /** Rhythm after the first session: every N months, or every N days. */
  rhythm: { months: number } | { days: number };
  steps: readonly SessionStep[];
};

const empty = { before: [], during: [], after: [] } as const;
const step = (key: string, durationMinutes = 45, extra: Partial<SessionStep> = {}): SessionStep => ({
  key,
  durationMinutes,
  checklist: empty,
  questions: [],
  ...extra,
});

export const SESSION_PLANS: Record<SessionPlanKey, SessionPlanTemplate> = {
  // An introduction meeting, then five monthly sessions of 45 minutes.
  coaching: {
    key: "coaching",
    firstWithinDays: 14,
    rhythm: { months: 1 },
    steps: [
      step("coaching.intro"),
      step("coaching.session-1"),
      step("coaching.session-2"),
      step("coaching.session-3"),
      step("coaching.session-4"),
      step("coaching.session-5"),
    ],
  },
  // The nine themed sessions; pairs meet about twice a month.
  mentoring: {
    key: "mentoring",
    firstWithinDays: 14,
    rhythm: { days: 14 },
    steps: [
      step("mentoring.getting-to-know", 60),
      step("mentoring.setting-goals", 60),
      step("mentoring.problem-solving", 60),
      step("mentoring.leadership", 60),
      step("mentoring.networking", 60),
      step("mentoring.review", 60),
      step("mentoring.peer-feedback", 60),
      step("mentoring.reversing-roles", 60),
      step("mentoring.job-shadowing", 60),
    ],
  },
  // A first networking conversation, and a second one if both find it useful.
  networking: {
    key: "networking",
    firstWithinDays: 14,
    rhythm: { days: 14 },
    steps: [step("networking.first-meeting", 30), step("networking.second-meeting", 30, { optional: true })],
  },
};

export function sessionPlan(key: SessionPlanKey): SessionPlanTemplate {
  return SESSION_PLANS[key];
}

/** The step of a stored stepKey, or undefined for an unknown key. */
export function stepOf(stepKey: string): SessionStep | undefined {
  const plan = stepKey.split(".")[0] as SessionPlanKey;
  return SESSION_PLANS[plan]?.steps.find((s) => s.key === stepKey);
}
