// The one-minute evaluation after each session and the closing evaluation of an engagement.
// Pure rules, no I/O. Feedback is confidential: only its author reads it; programme admins see
// aggregates, and only over at least FEEDBACK_MIN_ANSWERS answers.

/** Programme admins never see an aggregate over fewer answers than this. */
export const FEEDBACK_MIN_ANSWERS = 5;

export const USEFULNESS_MIN = 1;
export const USEFULNESS_MAX = 5;
export const MAX_FEEDBACK_COMMENT = 1000;

/** What helped in a session (labels in the catalogues under feedback.helped.<key>). */
export const HELPED_CHOICES = ["listening", "questions", "new_perspective", "tools", "action_plan", "encouragement"] as const;
export type HelpedChoice = (typeof HELPED_CHOICES)[number];

/** Whether the objectives set at the start were reached (closing evaluation). */
export const OBJECTIVES_MET = ["yes", "partly", "no"] as const;
export type ObjectivesMet = (typeof OBJECTIVES_MET)[number];
