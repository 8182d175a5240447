// A session's lifecycle in one table, and what each change does to the calendar invitation.
// Pure: the verbs in lib/server/sessions/ re-check these rules inside their transaction.
//
//   planned ──propose──▶ proposed ──accept (by the other person)──▶ scheduled ──(time passes)──▶ complete
//                          ▲  │ propose (counter-proposal, or the proposer changes it)
//                          └──┘
//   scheduled ──propose──▶ proposed   (a new time; the agreed one stays in calendars until the new one is accepted)
//   scheduled | proposed ──cancel──▶ cancelled ──propose──▶ proposed   (a cancelled step can be planned again)
//   scheduled (time started) ──miss──▶ missed ──propose──▶ proposed
//   planned | proposed | scheduled | missed (time started, or no time) ──complete──▶ completed (final)
//
// Invitation sequence (RFC 5545 SEQUENCE, EngagementSession.icsSequence): the first agreed time is
// sent with SEQUENCE 0; a proposal that replaces an invitation already sent (from scheduled, missed or
// cancelled) reserves the next number, which the invitation carries once accepted; cancelling an
// agreed time sends METHOD:CANCEL with the next number. So every message about a session carries a
// higher SEQUENCE than the one before it, and the UID never changes.
import { stepOf } from "./session-plans";
import { sessionTimeProblem } from "./session-schedule";

export const SESSION_STATUSES = ["planned", "proposed", "scheduled", "completed", "missed", "cancelled"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type SessionAction = "propose" | "accept" | "cancel" | "complete" | "miss";

/** A session holds a time while one is proposed or agreed: it takes the coach's slot, and it can be cancelled. */
export const TIME_HOLDING_STATUSES = ["proposed", "scheduled"] as const satisfies readonly SessionStatus[];

export const SESSION_TRANSITIONS: Record<SessionAction, { from: readonly SessionStatus[]; to: SessionStatus }> = {
  propose: { from: ["planned", "proposed", "scheduled", "missed", "cancelled"], to: "proposed" },
  accept: { from: ["proposed"], to: "scheduled" },
  cancel: { from: TIME_HOLDING_STATUSES, to: "cancelled" },
  complete: { from: ["planned", "proposed", "scheduled", "missed"], to: "completed" },
  miss: { from: ["scheduled"], to: "missed" },
};

export function canTransition(from: SessionStatus, action: SessionAction): boolean {
  return SESSION_TRANSITIONS[action].from.includes(from);
}

export type SessionState = {
  status: SessionStatus;
  startsAt: Date | null;
  proposedById: string | null;
  icsSequence: number;
  cancelledAt: Date | null;
};

/**
 * Whether calendars hold a live (not cancelled) invitation for this session: it is scheduled or
 * missed, or a new time is proposed for a session that had an agreed time.
 */
export function hasLiveInvitation(s: Pick<SessionState, "status" | "icsSequence" | "cancelledAt">): boolean {
  if (s.status === "scheduled" || s.status === "missed") return true;
  return s.status === "proposed" && s.icsSequence > 0 && s.cancelledAt === null;
}

/** Why a change is refused; each is a key of the "errors" catalogue. */
export type SessionRefusal =
  | "sessionTransitionNotAllowed"
  | "sessionCannotAcceptOwnProposal"
  | "sessionTimeInPast"
  | "sessionTimeTooFar"
  | "sessionNotStarted";

export type Decision<T> = { ok: true; value: T } | { ok: false; error: SessionRefusal };
const refuse = <T>(error: SessionRefusal): Decision<T> => ({ ok: false, error });

/** A new time proposed by `actorId`: refused from a final state, for a time not in the future or beyond the horizon. */
export function decidePropose(
  s: SessionState,
  actorId: string,
  startsAt: Date,
  now: Date,
): Decision<{ status: "proposed"; icsSequence: number }> {
  if (!canTransition(s.status, "propose")) return refuse("sessionTransitionNotAllowed");
  const problem = sessionTimeProblem(startsAt, now);
  if (problem) return refuse(problem);
  // An invitation with the current number went out (agreed, missed or cancelled): the next one outranks it.
  const replaces = s.status === "scheduled" || s.status === "missed" || s.status === "cancelled";
  return { ok: true, value: { status: "proposed", icsSequence: replaces ? s.icsSequence + 1 : s.icsSequence } };
}

/** The other person accepts the proposed time: the invitation goes out with the current sequence. */
export function decideAccept(
  s: SessionState,
  actorId: string,
  now: Date,
): Decision<{ status: "scheduled"; icsSequence: number }> {
  if (!canTransition(s.status, "accept")) return refuse("sessionTransitionNotAllowed");
  if (s.proposedById === actorId) return refuse("sessionCannotAcceptOwnProposal");
  if (!s.startsAt || s.startsAt.getTime() <= now.getTime()) return refuse("sessionTimeInPast");
  return { ok: true, value: { status: "scheduled", icsSequence: s.icsSequence } };
}

/**
 * Cancelling an agreed (or re-proposed) time. When calendars hold the session, METHOD:CANCEL goes out:
 * from scheduled with the next sequence; from a re-proposal with the number it already reserved.
 */
export function decideCancel(
  s: SessionState,
): Decision<{ status: "cancelled"; icsSequence: number; sendCancel: boolean }> {
  if (!canTransition(s.status, "cancel")) return refuse("sessionTransitionNotAllowed");
  const live = hasLiveInvitation(s);
  return {
    ok: true,
    value: {
      status: "cancelled",
      icsSequence: s.status === "scheduled" ? s.icsSequence + 1 : s.icsSequence,
      sendCancel: live,
    },
  };
}

/**
 * Marking a session held: allowed once its time (if it has one) has started, or earlier when the
 * real time it was held is given (`heldEarlier`; that time is checked by heldAtProblem in
 * lib/domain/availability.ts). Completed is final.
 */
export function decideComplete(
  s: Pick<SessionState, "status" | "startsAt">,
  now: Date,
  heldEarlier = false,
): Decision<{ status: "completed" }> {
  if (!canTransition(s.status, "complete")) return refuse("sessionTransitionNotAllowed");
  if (!heldEarlier && s.startsAt && s.startsAt.getTime() > now.getTime()) return refuse("sessionNotStarted");
  return { ok: true, value: { status: "completed" } };
}

/** Noting that an agreed session did not take place: only once its time has started. */
export function decideMiss(s: Pick<SessionState, "status" | "startsAt">, now: Date): Decision<{ status: "missed" }> {
  if (!canTransition(s.status, "miss")) return refuse("sessionTransitionNotAllowed");
  if (!s.startsAt || s.startsAt.getTime() > now.getTime()) return refuse("sessionNotStarted");
  return { ok: true, value: { status: "missed" } };
}

/** Whether the page offers "mark completed" for a session now (the same rule as decideComplete). */
export function completable(s: Pick<SessionState, "status" | "startsAt">, now: Date): boolean {
  return decideComplete(s, now).ok;
}

type PlanRow = { stepKey: string; status: SessionStatus };
const optional = (s: PlanRow) => stepOf(s.stepKey)?.optional === true;

/**
 * The engagement is complete when every required step is completed and every optional step (the
 * second networking meeting) is either completed or cancelled — an optional step still planned,
 * proposed, scheduled or missed keeps the engagement open until the pair holds it or decides not to.
 * Plans without optional steps (coaching, mentoring) complete when all their steps are completed.
 */
export function planComplete(sessions: readonly PlanRow[]): boolean {
  const required = sessions.filter((s) => !optional(s));
  if (required.length === 0 || !required.every((s) => s.status === "completed")) return false;
  return sessions.filter(optional).every((s) => s.status === "completed" || s.status === "cancelled");
}

/**
 * Whether the pair of an active engagement may now decide about its optional steps (is a second
 * networking meeting useful?): every required step is completed, and an optional one is not held
 * yet. (A cancelled optional step counts as undecided here: its time may have been cancelled
 * to be planned again; deciding against it is what completes the engagement.)
 */
export function optionalStepsToDecide(sessions: readonly PlanRow[]): boolean {
  const required = sessions.filter((s) => !optional(s));
  if (required.length === 0 || !required.every((s) => s.status === "completed")) return false;
  return sessions.some((s) => optional(s) && s.status !== "completed");
}

/** "3 of 6 sessions completed": optional steps count only once they are held. */
export function sessionProgress(sessions: readonly PlanRow[]): { completed: number; total: number } {
  const completed = sessions.filter((s) => s.status === "completed").length;
  const total = sessions.filter((s) => !optional(s) || s.status === "completed").length;
  return { completed, total };
}
