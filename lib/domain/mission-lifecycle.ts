// A tripartite coaching mission's lifecycle, as one table (no I/O). The verbs in
// lib/server/missions/ ask `checkEvent` / `checkAction` inside their transactions.
//
//   requested ─validate─▶ framing ─hold preliminary─▶ coachee_meeting ─hold─▶ awaiting_consent
//       │                    │                            │                      ├─consent─▶ proposal
//       │ (coachee may decline at any of these four) ─────┴──────────────────────┴─decline─▶ declined
//   proposal ─all approve─▶ contracting ─all three accept─▶ in_progress ─mid-point: continue|adjust─▶ continuing
//       ▲                        │                                │                                   │
//       └──changes requested─────┘                                └─mid-point: end early─▶ closing ◀─start closing
//   closing ─final meeting held─▶ follow_up ─follow-up held─▶ completed
//   the coach may refuse before the contract is accepted (refused), and stop after it (stopped).
import type { ErrorKey } from "../i18n/keys";

export const MISSION_STATUSES = [
  "requested",
  "framing",
  "coachee_meeting",
  "awaiting_consent",
  "proposal",
  "contracting",
  "in_progress",
  "continuing",
  "closing",
  "follow_up",
  "completed",
  "declined",
  "refused",
  "stopped",
] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

export const MISSION_PARTIES = ["coachee", "sponsor", "hr", "coach"] as const;
export type MissionParty = (typeof MISSION_PARTIES)[number];

export const FINAL_STATUSES: readonly MissionStatus[] = ["completed", "declined", "refused", "stopped"];
/** Before the contract is accepted: the coach may still refuse, the coachee still decline. */
export const BEFORE_CONTRACT: readonly MissionStatus[] = [
  "requested",
  "framing",
  "coachee_meeting",
  "awaiting_consent",
  "proposal",
  "contracting",
];
/** Sessions and what follows: the engagement exists; check-ins are open. */
export const UNDER_CONTRACT: readonly MissionStatus[] = ["in_progress", "continuing", "closing", "follow_up"];

export function isFinal(status: MissionStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export type MissionEvent =
  | "validateRequests"
  | "holdPreliminaryMeeting"
  | "holdCoacheeMeeting"
  | "consent"
  | "decline"
  | "approveProposal"
  | "requestContractChanges"
  | "acceptContract"
  | "reviewContinue"
  | "reviewAdjust"
  | "reviewEndEarly"
  | "startClosing"
  | "holdFinalMeeting"
  | "holdFollowUp"
  | "refuse"
  | "stop";

type Transition = { from: readonly MissionStatus[]; to: MissionStatus; by: readonly MissionParty[] };

/** Every status change a mission can make: from which statuses, to which, and who makes it. */
export const TRANSITIONS: Record<MissionEvent, Transition> = {
  validateRequests: { from: ["requested"], to: "framing", by: ["coach"] },
  holdPreliminaryMeeting: { from: ["framing"], to: "coachee_meeting", by: ["coach"] },
  holdCoacheeMeeting: { from: ["coachee_meeting"], to: "awaiting_consent", by: ["coach"] },
  consent: { from: ["awaiting_consent"], to: "proposal", by: ["coachee"] },
  decline: { from: ["requested", "framing", "coachee_meeting", "awaiting_consent"], to: "declined", by: ["coachee"] },
  // Made by whoever gives the last of the approvals the proposal needs.
  approveProposal: { from: ["proposal"], to: "contracting", by: ["coachee", "sponsor", "hr"] },
  requestContractChanges: { from: ["contracting"], to: "proposal", by: ["coachee", "sponsor", "coach"] },
  // Made by whoever gives the last of the three acceptances.
  acceptContract: { from: ["contracting"], to: "in_progress", by: ["coachee", "sponsor", "coach"] },
  reviewContinue: { from: ["in_progress"], to: "continuing", by: ["coach"] },
  reviewAdjust: { from: ["in_progress"], to: "continuing", by: ["coach"] },
  reviewEndEarly: { from: ["in_progress"], to: "closing", by: ["coach"] },
  startClosing: { from: ["continuing"], to: "closing", by: ["coach"] },
  holdFinalMeeting: { from: ["closing"], to: "follow_up", by: ["coach"] },
  holdFollowUp: { from: ["follow_up"], to: "completed", by: ["coach"] },
  refuse: { from: BEFORE_CONTRACT, to: "refused", by: ["coach"] },
  stop: { from: UNDER_CONTRACT, to: "stopped", by: ["coach"] },
};

/** What a transition's guard needs to know beyond the status. */
export type MissionFacts = {
  hasCoacheeRequest: boolean;
  indicatorsTotal: number;
  indicatorsEvaluated: number;
  synthesisPresented: boolean;
  followUpEvaluated: boolean;
};

export type Check<T = void> = { ok: true; value: T } | { ok: false; error: ErrorKey };
const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const no = (error: ErrorKey): Check<never> => ({ ok: false, error });

/**
 * Whether `party` may make `event` now. Errors are keys of the "errors" catalogue:
 * forbidden (not theirs to make), missionStepNotAllowed (not from this status), or a guard's own.
 */
export function checkEvent(
  status: MissionStatus,
  event: MissionEvent,
  party: MissionParty,
  facts?: Partial<MissionFacts>,
): Check<MissionStatus> {
  const t = TRANSITIONS[event];
  if (!t.by.includes(party)) return no("forbidden");
  if (!t.from.includes(status)) return no("missionStepNotAllowed");
  if (event === "validateRequests" && !facts?.hasCoacheeRequest) return no("coacheeRequestMissing");
  if (event === "holdFinalMeeting") {
    if ((facts?.indicatorsEvaluated ?? 0) < (facts?.indicatorsTotal ?? 0)) return no("indicatorsNotEvaluated");
    if (!facts?.synthesisPresented) return no("synthesisNotPresented");
  }
  if (event === "holdFollowUp" && !facts?.followUpEvaluated) return no("followUpEvaluationMissing");
  return ok(t.to);
}

/** Whether an event is open to `party` from `status`, whatever its guard says (to offer its button). */
export function eventOpen(status: MissionStatus, event: MissionEvent, party: MissionParty): boolean {
  const t = TRANSITIONS[event];
  return t.by.includes(party) && t.from.includes(status);
}

/** Changes that keep the status: who makes them and in which statuses. */
export type MissionAction =
  | "writeCoacheeRequest"
  | "scheduleMilestone"
  | "submitProposal"
  | "reviewProposal"
  | "acceptContract"
  | "holdClosingSession"
  | "evaluateIndicators"
  | "writeSynthesis"
  | "presentSynthesis"
  | "evaluateFollowUp"
  | "createCheckIn";

export const ACTIONS: Record<MissionAction, { in: readonly MissionStatus[]; by: readonly MissionParty[] }> = {
  writeCoacheeRequest: { in: ["requested"], by: ["coachee"] },
  scheduleMilestone: {
    in: ["requested", "framing", "coachee_meeting", "awaiting_consent", ...UNDER_CONTRACT],
    by: ["coach"],
  },
  submitProposal: { in: ["proposal"], by: ["coach"] },
  reviewProposal: { in: ["proposal"], by: ["coachee", "sponsor", "hr"] },
  acceptContract: { in: ["contracting"], by: ["coachee", "sponsor", "coach"] },
  holdClosingSession: { in: ["closing"], by: ["coach"] },
  evaluateIndicators: { in: ["closing"], by: ["coach"] },
  writeSynthesis: { in: ["continuing", "closing"], by: ["coachee"] },
  presentSynthesis: { in: ["closing"], by: ["coachee"] },
  evaluateFollowUp: { in: ["follow_up"], by: ["coachee"] },
  createCheckIn: { in: UNDER_CONTRACT, by: ["coachee"] },
};

export function checkAction(status: MissionStatus, action: MissionAction, party: MissionParty): Check<void> {
  const a = ACTIONS[action];
  if (!a.by.includes(party)) return no("forbidden");
  if (!a.in.includes(status)) return no("missionStepNotAllowed");
  return ok(undefined);
}

// --- milestones -----------------------------------------------------------------------------

export const MILESTONE_KINDS = [
  "preliminary_meeting",
  "coachee_meeting",
  "midpoint_review",
  "closing_session",
  "final_meeting",
  "follow_up",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Who takes part in each milestone (the HR participant, when there is one, joins the sponsor's). */
export const MILESTONE_ATTENDEES: Record<MilestoneKind, readonly MissionParty[]> = {
  preliminary_meeting: ["sponsor", "hr", "coach"],
  coachee_meeting: ["coachee", "coach"],
  midpoint_review: ["coachee", "sponsor", "coach"],
  closing_session: ["coachee", "sponsor", "hr", "coach"],
  final_meeting: ["coachee", "sponsor", "hr", "coach"],
  follow_up: ["coachee", "coach"],
};

/** While a milestone can be (re)scheduled: from the mission's start until its own step is over. */
export const MILESTONE_SCHEDULABLE: Record<MilestoneKind, readonly MissionStatus[]> = {
  preliminary_meeting: ["requested", "framing"],
  coachee_meeting: ["requested", "framing", "coachee_meeting"],
  midpoint_review: ["in_progress"],
  closing_session: ["in_progress", "continuing", "closing"],
  final_meeting: ["in_progress", "continuing", "closing"],
  follow_up: ["closing", "follow_up"],
};

/** The event that marking a milestone held makes (the closing session changes no status). */
export const MILESTONE_EVENT: Record<Exclude<MilestoneKind, "midpoint_review">, MissionEvent | null> = {
  preliminary_meeting: "holdPreliminaryMeeting",
  coachee_meeting: "holdCoacheeMeeting",
  closing_session: null,
  final_meeting: "holdFinalMeeting",
  follow_up: "holdFollowUp",
};

export function canScheduleMilestone(status: MissionStatus, kind: MilestoneKind, party: MissionParty): Check<void> {
  if (party !== "coach") return no("forbidden");
  if (!MILESTONE_SCHEDULABLE[kind].includes(status)) return no("missionStepNotAllowed");
  return ok(undefined);
}

export type MidpointDecision = "continue" | "adjust" | "end_early";
export const MIDPOINT_EVENT: Record<MidpointDecision, MissionEvent> = {
  continue: "reviewContinue",
  adjust: "reviewAdjust",
  end_early: "reviewEndEarly",
};

// --- proposal and contract ------------------------------------------------------------------

/** Who reviews a proposal: the coachee, the sponsor, and HR when a person from HR takes part. */
export function proposalReviewers(hasHr: boolean): MissionParty[] {
  return hasHr ? ["coachee", "sponsor", "hr"] : ["coachee", "sponsor"];
}

/** The three parties who accept the contract. */
export const CONTRACT_PARTIES: readonly MissionParty[] = ["coachee", "sponsor", "coach"];

export type ReviewDecision = "approved" | "commented";

/** A proposal is approved once every reviewer approved this very version. */
export function proposalApproved(
  reviews: readonly { party: MissionParty; decision: ReviewDecision }[],
  hasHr: boolean,
): boolean {
  return proposalReviewers(hasHr).every((p) => reviews.some((r) => r.party === p && r.decision === "approved"));
}

/** A contract is accepted once the coachee, the sponsor and the coach accepted this very version. */
export function contractAccepted(acceptances: readonly { party: MissionParty }[]): boolean {
  return CONTRACT_PARTIES.every((p) => acceptances.some((a) => a.party === p));
}

/** The follow-up's date: `months` after the final meeting (same day of month, clamped). */
export function followUpDate(finalMeeting: Date, months: number): Date {
  const d = new Date(finalMeeting);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
