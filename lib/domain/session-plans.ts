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
//   sessionPlans.P.name / sessionPlans.P.rhythm   the plan's name and rhythm, for people (coaching's
//                                                rhythm takes the plan's figures: planFigures below)
//   sessionPlans.P.S.mentee.<phase>.<item>  an item of the mentee's own checklist (mentoring)
//   sessionPlans.P.S.mentee.objective       the session's purpose as the mentee reads it (mentoring)
// A checklist item's key as stored in SessionChecklistTick.itemKey is "<phase>.<item>", e.g. "before.read-profile",
// for the checklist every plan has; a mentee's own items are "mentee.<phase>.<item>" (MENTEE_ITEM_PREFIX), so the
// two lists never share a key, and the catalogue key of an item is always "<step prefix>.<itemKey>".
//
// Who ticks which list: the seed's mentoring programme is written for mentors, so a mentoring step's
// `checklist` is the mentor's and its `mentee` list is what the mentee prepares, does and follows up on.
// Coaching's and networking's checklists speak to both people (coaching's items say "Client: …" or
// "Coach: …" where they differ), so both tick that one list.
//
// The shape was fixed first (a contract with the engagement page); the content follows the seed
// documents: the coaching FAQ (000) and the mentoring session programme (001).

export type SessionPlanKey = "coaching" | "mentoring" | "networking";
export type ChecklistPhase = "before" | "during" | "after";
export const CHECKLIST_PHASES: readonly ChecklistPhase[] = ["before", "during", "after"];

export type SessionStep = {
  /** "<plan>.<step>", stored in EngagementSession.stepKey. */
  key: string;
  durationMinutes: number;
  /** A step the pair may skip (the second networking meeting). */
  optional?: boolean;
  /**
   * After this step both people say whether they want to go on (mentoring's "review and next
   * steps", session 6); the steps after it wait for both answers (lib/domain/continuation.ts).
   */
  continuationPoint?: boolean;
  /**
   * The session that looks back halfway (coaching's session 3). In a tripartite mission it is
   * suggested on the day of the mission's mid-point review (lib/domain/mission-terms.ts).
   */
  midpoint?: boolean;
  checklist: Record<ChecklistPhase, readonly string[]>;
  /** The mentee's own checklist (mentoring); absent when both people tick `checklist`. */
  mentee?: Record<ChecklistPhase, readonly string[]>;
  questions: readonly string[];
};

/** A person's part in an engagement, as the session pages name it: the coach or mentor, the client or mentee. */
export type EngagementRole = "coach" | "client";
/** The prefix of a mentee's own item keys ("mentee.before.read-profile"). */
export const MENTEE_ITEM_PREFIX = "mentee";

export type SessionPlanTemplate = {
  key: SessionPlanKey;
  /** Days after the engagement starts by which the first session should be held. */
  firstWithinDays: number;
  /** Rhythm after the first session: every N months, or every N days. */
  rhythm: { months: number } | { days: number };
  steps: readonly SessionStep[];
};

/** Every step ends with the one-minute evaluation (the seed's "after the session" form). */
export const EVALUATION_ITEM = "evaluation";

type Phases = {
  before?: readonly string[];
  during?: readonly string[];
  after?: readonly string[];
};
type Content = Phases & {
  questions?: readonly string[];
  /** The mentee's own list; its "after" also defaults to the evaluation. */
  mentee?: Phases;
};
const phases = (p: Phases): Record<ChecklistPhase, readonly string[]> => ({
  before: p.before ?? [],
  during: p.during ?? [],
  after: p.after ?? [EVALUATION_ITEM],
});
const step = (
  key: string,
  durationMinutes: number,
  content: Content,
  extra: Pick<SessionStep, "optional" | "continuationPoint" | "midpoint"> = {},
): SessionStep => ({
  key,
  durationMinutes,
  checklist: phases(content),
  ...(content.mentee ? { mentee: phases(content.mentee) } : {}),
  questions: content.questions ?? [],
  ...extra,
});

// A monthly coaching session: the client brings the topic, the pair ends on agreed actions.
const monthly: Content = {
  before: ["previous-evaluation", "reflect"],
  during: ["topic", "actions"],
  after: [EVALUATION_ITEM, "try-actions", "schedule-next"],
};

export const SESSION_PLANS: Record<SessionPlanKey, SessionPlanTemplate> = {
  // An introduction meeting, then five monthly sessions of 45 minutes.
  coaching: {
    key: "coaching",
    firstWithinDays: 14,
    rhythm: { months: 1 },
    steps: [
      step("coaching.intro", 45, {
        before: ["read-profile", "think-topic"],
        during: ["confidentiality", "expectations", "commitment", "logistics"],
        after: [EVALUATION_ITEM, "inform-supervisor", "schedule-next"],
        questions: ["worthwhile", "different", "how-work"],
      }),
      step("coaching.session-1", 45, {
        ...monthly,
        during: ["objectives", "indicators", "actions"],
        questions: ["objective", "success", "first-step"],
      }),
      step("coaching.session-2", 45, { ...monthly, questions: ["since-last", "today", "options"] }),
      step(
        "coaching.session-3",
        45,
        {
          ...monthly,
          during: ["review-objectives", "topic", "actions"],
          questions: ["halfway", "adjust", "learned"],
        },
        { midpoint: true },
      ),
      step("coaching.session-4", 45, { ...monthly, questions: ["since-last", "obstacle", "support"] }),
      step("coaching.session-5", 45, {
        before: ["previous-evaluation", "look-back"],
        during: ["review-objectives", "next-steps", "close"],
        after: [EVALUATION_ITEM, "closing-evaluation"],
        questions: ["changed", "keep", "next"],
      }),
    ],
  },
  // The nine themed sessions; pairs meet about twice a month.
  mentoring: {
    key: "mentoring",
    firstWithinDays: 14,
    rhythm: { days: 14 },
    steps: [
      step("mentoring.getting-to-know", 60, {
        before: ["read-profile", "other-profile", "guidance", "resources"],
        during: ["listen", "careers", "mentee-profile", "rhythm", "channels"],
        mentee: {
          before: ["read-profile", "introduce-yourself", "hopes", "availability"],
          during: ["relax", "careers", "rhythm", "channels"],
        },
        questions: [
          "proudest",
          "expected",
          "unique",
          "weakness",
          "improve",
          "challenge",
          "horizons",
          "interests",
          "frequency",
          "availability",
          "keep-in-touch",
        ],
      }),
      step("mentoring.setting-goals", 60, {
        before: ["previous-evaluation", "goals-resource"],
        during: ["mentee-leads", "confidentiality", "goals", "action-plan"],
        mentee: {
          before: ["previous-evaluation", "think-goals", "goals-resource"],
          during: ["own-pace", "confidentiality", "goals", "action-plan"],
          after: [EVALUATION_ITEM, "first-steps"],
        },
        questions: ["achieve", "comfortable", "outside", "first-step"],
      }),
      step("mentoring.problem-solving", 60, {
        before: ["previous-evaluation"],
        during: ["goals-progress", "one-problem", "listen", "understood", "take-time", "own-experience", "rehearse"],
        after: [EVALUATION_ITEM, "schedule-next"],
        mentee: {
          before: ["previous-evaluation", "goals-progress", "choose-problem"],
          during: ["describe", "ask-experience", "rehearse"],
          after: [EVALUATION_ITEM, "schedule-next"],
        },
        questions: ["goals", "revisit", "problem", "tried", "rehearse"],
      }),
      step("mentoring.leadership", 60, {
        before: ["read-article", "own-examples"],
        during: ["good-leader", "behaviours", "hardest", "your-view"],
        mentee: {
          before: ["read-article", "own-practice"],
          during: ["good-leader", "hardest", "mentor-view"],
          after: [EVALUATION_ITEM, "personal-mission"],
        },
        questions: ["good-leader", "recognition", "feedback", "mission", "solutions", "speak-up"],
      }),
      step("mentoring.networking", 60, {
        before: ["previous-evaluation", "networking-resource"],
        during: ["benefits", "your-experience", "who", "career-goals"],
        after: [EVALUATION_ITEM, "schedule-next"],
        mentee: {
          before: ["previous-evaluation", "whom", "networking-resource"],
          during: ["feelings", "contacts"],
          after: [EVALUATION_ITEM, "schedule-next", "reach-out"],
        },
        questions: ["feel", "who", "networks", "other-entities"],
      }),
      // Both must wish to go on; they need not decide during the meeting (the seed's session 6).
      step(
        "mentoring.review",
        60,
        {
          before: ["look-back"],
          during: ["most-useful", "logistics", "acknowledge", "further-meetings"],
          mentee: {
            before: ["look-back"],
            during: ["most-useful", "logistics", "skills-noticed", "further-meetings"],
            after: [EVALUATION_ITEM, "go-on"],
          },
          questions: ["most-useful", "format", "skills", "next"],
        },
        { continuationPoint: true },
      ),
      step("mentoring.peer-feedback", 60, {
        before: ["previous-evaluation", "prepare-feedback", "ask-first"],
        during: ["peers-feedback", "listen-feelings", "your-feedback", "challenge"],
        mentee: {
          before: ["previous-evaluation", "gather-feedback", "want-feedback"],
          during: ["peers-feedback", "reactions", "mentor-feedback"],
          after: [EVALUATION_ITEM, "take-challenge"],
        },
        questions: ["heard", "felt", "want-mine", "strength", "profile"],
      }),
      step("mentoring.reversing-roles", 60, {
        before: ["previous-evaluation", "reciprocity", "choose-topic", "prework"],
        during: ["mentee-leads"],
        mentee: {
          before: ["previous-evaluation", "choose-topic", "prepare-teaching"],
          during: ["lead"],
        },
        questions: ["project", "tool", "duty-station", "language"],
      }),
      step("mentoring.job-shadowing", 60, {
        before: ["previous-evaluation", "plan-together", "interaction", "dress"],
        during: ["introduce", "encourage-questions"],
        mentee: {
          before: ["previous-evaluation", "plan-together", "interaction", "dress"],
          during: ["observe", "ask-questions"],
        },
        questions: ["team-meeting", "senior-meeting", "working-group", "documents", "short-task"],
      }),
    ],
  },
  // A first networking conversation, and a second one if both find it useful.
  networking: {
    key: "networking",
    firstWithinDays: 14,
    rhythm: { days: 14 },
    steps: [
      step("networking.first-meeting", 30, {
        before: ["prepare-answers", "read-profile", "other-profile", "common-ground", "resources"],
        during: ["introduce", "answer", "in-common", "second-meeting"],
        questions: ["role", "leading", "duty-station"],
      }),
      step(
        "networking.second-meeting",
        30,
        {
          before: ["previous-evaluation", "open-points"],
          during: ["open-points", "listen", "keep-in-touch"],
          questions: ["follow-up", "since", "introduce"],
        },
        { optional: true },
      ),
    ],
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

/** The catalogue prefix of a step: "sessionPlans.<plan>.<step>". */
export function stepMessagePrefix(stepKey: string): string {
  const [plan, ...rest] = stepKey.split(".");
  return `sessionPlans.${plan}.${rest.join(".")}`;
}

/** One item of a person's checklist: its key as stored in SessionChecklistTick.itemKey, its phase and name. */
export type ChecklistItem = { key: string; phase: ChecklistPhase; item: string };

/**
 * The checklist a person ticks on a step: the mentee's own list where the step has one, otherwise
 * the step's checklist (the mentor's in mentoring; both people's in coaching and networking).
 */
export function checklistFor(step: SessionStep, role: EngagementRole = "coach"): ChecklistItem[] {
  const own = role === "client" ? step.mentee : undefined;
  const list = own ?? step.checklist;
  const prefix = own ? `${MENTEE_ITEM_PREFIX}.` : "";
  return CHECKLIST_PHASES.flatMap((phase) =>
    list[phase].map((item) => ({ key: `${prefix}${phase}.${item}`, phase, item })),
  );
}

/**
 * The checklist items of a step as stored in SessionChecklistTick.itemKey, in order: "<phase>.<item>"
 * for the coach's or mentor's list (the default), "mentee.<phase>.<item>" for a mentee's own.
 * The only keys a person of that role may tick.
 */
export function checklistItemKeys(step: SessionStep, role: EngagementRole = "coach"): string[] {
  return checklistFor(step, role).map((i) => i.key);
}

/**
 * Before mentees had their own list they ticked the mentor's. Such a tick carries over to the
 * mentee's own item of the same phase and name (the same shared act seen from their side: reading
 * the other's profile, agreeing the rhythm, the evaluation…); any other one meant nothing for the
 * mentee and is dropped. Used to write the backfill (prisma/migrations/…_mentee_checklist) and its test.
 */
export function menteeCarryOver(step: SessionStep, mentorItemKey: string): string | null {
  if (!step.mentee) return null;
  const [phase, item] = mentorItemKey.split(".") as [ChecklistPhase, string];
  if (!step.checklist[phase]?.includes(item)) return null;
  return step.mentee[phase].includes(item) ? `${MENTEE_ITEM_PREFIX}.${phase}.${item}` : null;
}

/** The mid-point step of a stored plan (coaching's session 3), or undefined when the plan has none. */
export function midpointStepKey(stepKeys: readonly string[]): string | undefined {
  return stepKeys.find((k) => stepOf(k)?.midpoint === true);
}

/**
 * The figures people read about a plan, for the catalogue's texts ("an introduction meeting, then
 * {sessions} sessions of {minutes} minutes, one every {every} {unit}"): the sessions after the first
 * meeting, their length (the longest, should they differ) and the rhythm. Taken from the template,
 * so a promise on a page can never disagree with the plan the rules follow.
 */
export type PlanFigures = {
  /** Every session of the plan, the first meeting included. */
  total: number;
  /** The sessions after the first meeting. */
  sessions: number;
  minutes: number;
  unit: "month" | "week" | "day";
  every: number;
};

export function planFigures(template: SessionPlanTemplate): PlanFigures {
  const [, ...after] = template.steps;
  const minutes = Math.max(...(after.length ? after : template.steps).map((s) => s.durationMinutes));
  const rhythm = template.rhythm;
  const { unit, every }: Pick<PlanFigures, "unit" | "every"> =
    "months" in rhythm
      ? { unit: "month", every: rhythm.months }
      : rhythm.days % 7 === 0
        ? { unit: "week", every: rhythm.days / 7 }
        : { unit: "day", every: rhythm.days };
  return { total: template.steps.length, sessions: after.length, minutes, unit, every };
}

/** The peer-coaching plan's figures, for the texts that promise it (landing, enrolment, home, e-mails). */
export const COACHING_FIGURES: PlanFigures = planFigures(SESSION_PLANS.coaching);

/** The step after which both people decide whether to go on, in a stored plan; undefined when none. */
export function continuationStepKey(stepKeys: readonly string[]): string | undefined {
  return stepKeys.find((k) => stepOf(k)?.continuationPoint === true);
}
