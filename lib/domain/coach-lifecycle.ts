// A coach's registration, from draft to approval. The one place that says which move is
// allowed from which status; verbs re-check it inside their transaction.
//
//   draft ──submit──▶ submitted ──approve──▶ approved ──revoke──▶ revoked
//                        │  ▲  │
//          requestChanges│  │  └──reject──▶ rejected
//                        ▼  │submit
//                  changes_requested
export const COACH_STATUSES = ["draft", "submitted", "changes_requested", "approved", "rejected", "revoked"] as const;
export type ProfileStatus = (typeof COACH_STATUSES)[number];

export const COACH_EVENTS = ["submit", "approve", "reject", "requestChanges", "revoke"] as const;
export type CoachEvent = (typeof COACH_EVENTS)[number];

const TRANSITIONS: Record<CoachEvent, { from: readonly ProfileStatus[]; to: ProfileStatus }> = {
  submit: { from: ["draft", "changes_requested"], to: "submitted" },
  approve: { from: ["submitted"], to: "approved" },
  reject: { from: ["submitted"], to: "rejected" },
  requestChanges: { from: ["submitted"], to: "changes_requested" },
  revoke: { from: ["approved"], to: "revoked" },
};

export type Transition = { ok: true; to: ProfileStatus } | { ok: false; error: "transitionNotAllowed" };

export function transition(from: ProfileStatus, event: CoachEvent): Transition {
  const rule = TRANSITIONS[event];
  return rule.from.includes(from) ? { ok: true, to: rule.to } : { ok: false, error: "transitionNotAllowed" };
}

export function allowedEvents(from: ProfileStatus): CoachEvent[] {
  return COACH_EVENTS.filter((e) => TRANSITIONS[e].from.includes(from));
}

/** The statuses in which HR has no decision to take: the coach acts next (draft, changes requested), or it is over. */
export type StatusWithoutReview = Exclude<ProfileStatus, "submitted" | "approved">;

/** Whether no HR decision (approve, reject, request changes, revoke) applies: only the coach's submit, or nothing. */
export function awaitsNoReview(status: ProfileStatus): status is StatusWithoutReview {
  return allowedEvents(status).every((event) => event === "submit");
}

/** Credentials (kind, hours, documents) can change only before HR has them or when HR asked for changes. */
export function credentialsEditable(status: ProfileStatus): boolean {
  return status === "draft" || status === "changes_requested";
}

/** Listed in the staff directory: approved and taking clients. */
export function isListed(coach: { status: ProfileStatus; availability: "open" | "paused" }): boolean {
  return coach.status === "approved" && coach.availability === "open";
}

/** Decisions that must say why (reject, revoke) or what to change (requestChanges). */
export function decisionNeedsMessage(event: CoachEvent): boolean {
  return event === "reject" || event === "requestChanges" || event === "revoke";
}
