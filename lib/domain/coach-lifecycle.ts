// A coach's registration, from draft to approval. The one place that says which move is
// allowed from which status; verbs re-check it inside their transaction.
//
//   draft ──submit──▶ submitted ──approve──▶ approved ──revoke──▶ revoked
//                        │  ▲  │
//          requestChanges│  │  └──reject──▶ rejected
//                        ▼  │submit
//                  changes_requested
import type { Prisma } from "../generated/prisma/client";

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

// --- listed ------------------------------------------------------------------------------------
// A profile of any kind (coach, mentor, networking) is listed — shown in its directory, and open to
// new requests — when it is approved, its owner takes people now (open, not paused), the owner's
// account is not disabled and (coaches) their credential has not lapsed (credentialLapsedAt, set by
// the background job once the expiry day is over and cleared when HR approves a renewal; see
// credential-expiry.ts). A lapsed coach keeps their current engagements. This rule has three forms, kept together here: the predicate (whyNotListed,
// isListed), the same rule as a Prisma `where` (LISTED_PROFILE), and the SQL of the directory search
// (lib/server/coaches/search-directory.ts), which a test holds to the predicate.

/** Whether the owner takes new people now (open) or not (paused). */
export const AVAILABILITIES = ["open", "paused"] as const;
export type Availability = (typeof AVAILABILITIES)[number];
export type ListingFacts = {
  status: ProfileStatus;
  availability: Availability;
  user: { disabledAt: Date | null };
  /** When the credential lapsed (null while current); readers that select it get the full rule. */
  credentialLapsedAt?: Date | null;
};

/**
 * Why a profile is not listed, or null when it is: not approved (or its owner is disabled), or
 * paused by its owner. Verbs that refuse a choice say which.
 */
export function whyNotListed(profile: ListingFacts): "notApproved" | "paused" | null {
  if (profile.status !== "approved" || profile.user.disabledAt !== null) return "notApproved";
  // A lapsed credential: not listed until HR approves the renewal (refused like a profile not approved).
  if (profile.credentialLapsedAt) return "notApproved";
  if (profile.availability !== "open") return "paused";
  return null;
}

export function isListed(profile: ListingFacts): boolean {
  return whyNotListed(profile) === null;
}

/** isListed as a Prisma `where` on MatchingProfile (add `kind` for one directory). */
export const LISTED_PROFILE = {
  status: "approved",
  availability: "open",
  user: { disabledAt: null },
  credentialLapsedAt: null,
} as const satisfies Prisma.MatchingProfileWhereInput;

/** Decisions that must say why (reject, revoke) or what to change (requestChanges). */
export function decisionNeedsMessage(event: CoachEvent): boolean {
  return event === "reject" || event === "requestChanges" || event === "revoke";
}
