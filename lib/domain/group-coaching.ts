// Group coaching: one coach and three to eight clients of a cohort, on the group session plan.
// Pure rules, no I/O, the clock passed in. The verbs of lib/server/groups/ and the /groups pages
// ask these same functions; every refusal is a key of the "errors" catalogue.
//
// The group plan: an opening session, then five monthly group sessions, each of 90 minutes.
// Why: it keeps the rhythm of one-to-one peer coaching (an introductory meeting, then five monthly
// sessions, seed 000), so a group fits the same six-month cohort and its members' calendars. A group
// session is longer than a one-to-one session (45 minutes) because three to eight people each need
// time to bring their own question and to coach one another; 90 minutes is the usual length of a
// group coaching session, and keeps the whole plan at nine hours. The opening session sets the
// group's agreement (confidentiality within the group, the ethics charter's coaching "of a person or
// a group", seed 004) and each member's goal.
//
// Texts live in the catalogues under groups.plan.<step>.title / .objective.
import type { ErrorKey } from "../i18n/keys";
import { FEEDBACK_MIN_ANSWERS, FEEDBACK_MIN_PEOPLE, feedbackVisible } from "./feedback";

/** The fewest members a group runs with, and the most seats it may have. */
export const GROUP_SIZE_MIN = 3;
export const GROUP_SIZE_MAX = 8;
export const GROUP_SESSION_MINUTES = 90;
export const MAX_GROUP_TITLE = 120;
export const MAX_GROUP_DESCRIPTION = 2_000;
export const MAX_MEETING_URL = 500;

/** The visibility threshold of the one confidentiality rule (lib/domain/feedback.ts), for the coach's aggregates. */
export { FEEDBACK_MIN_ANSWERS, FEEDBACK_MIN_PEOPLE };

export type GroupStatus = "forming" | "running" | "completed" | "cancelled";
export type GroupSessionStatus = "planned" | "scheduled" | "held" | "cancelled";

export type GroupStep = { key: string; durationMinutes: number };

/** The plan every group gets when it is created: stepKey "group.<step>". */
export const GROUP_PLAN: readonly GroupStep[] = [
  { key: "group.opening", durationMinutes: GROUP_SESSION_MINUTES },
  { key: "group.session-2", durationMinutes: GROUP_SESSION_MINUTES },
  { key: "group.session-3", durationMinutes: GROUP_SESSION_MINUTES },
  { key: "group.session-4", durationMinutes: GROUP_SESSION_MINUTES },
  { key: "group.session-5", durationMinutes: GROUP_SESSION_MINUTES },
  { key: "group.closing", durationMinutes: GROUP_SESSION_MINUTES },
];

/** Months between two group sessions after the opening one. */
export const GROUP_RHYTHM_MONTHS = 1;

/** The catalogue key part of a step ("opening" for "group.opening"). */
export function groupStepName(stepKey: string): string {
  return stepKey.startsWith("group.") ? stepKey.slice("group.".length) : stepKey;
}

/** Whether a group of this many seats may be created (3 to 8, whole). */
export function groupCapacityIssue(capacity: number): ErrorKey | null {
  return Number.isInteger(capacity) && capacity >= GROUP_SIZE_MIN && capacity <= GROUP_SIZE_MAX
    ? null
    : "groupCapacityRange";
}

/** A group is open to new members while it is forming or running. */
export function groupIsOpen(status: GroupStatus): boolean {
  return status === "forming" || status === "running";
}

/** Forming and running groups are active: they hold their coach's place and their members. */
export function groupIsActive(status: GroupStatus): boolean {
  return status === "forming" || status === "running";
}

type SessionFacts = { position: number; status: GroupSessionStatus; startsAt: Date | null };

/**
 * Whether the second session has begun (held, or its agreed time passed): from then on nobody
 * joins, so that every member has been in the group from its first weeks.
 */
export function secondSessionBegun(sessions: readonly SessionFacts[], now: Date): boolean {
  const second = sessions.find((s) => s.position === 2);
  if (!second) return false;
  if (second.status === "held") return true;
  return second.status === "scheduled" && second.startsAt !== null && second.startsAt.getTime() <= now.getTime();
}

export type JoinFacts = {
  status: GroupStatus;
  capacity: number;
  /** Current members (not left). */
  members: number;
  sessions: readonly SessionFacts[];
  /** The person holds a client place (enrolled) in the group's cohort. */
  enrolledAsClient: boolean;
  /** The person is already a current member of this group. */
  alreadyMember: boolean;
  /** The person is a current member of another active group of the same cohort. */
  inOtherActiveGroup: boolean;
  /** The person is the group's coach. */
  isCoach: boolean;
};

/** Why a person may not join a group now, or null when they may. Checked again under the group's lock. */
export function joinRefusal(f: JoinFacts, now: Date): ErrorKey | null {
  if (f.isCoach) return "groupCoachCannotJoin";
  if (f.alreadyMember) return "groupAlreadyMember";
  if (!groupIsOpen(f.status) || secondSessionBegun(f.sessions, now)) return "groupClosedToJoin";
  if (!f.enrolledAsClient) return "groupNotEnrolled";
  if (f.inOtherActiveGroup) return "groupAlreadyInAnother";
  if (f.members >= f.capacity) return "groupFull";
  return null;
}

/** The status after a member joins: a forming group starts running once it has GROUP_SIZE_MIN members. */
export function statusAfterJoin(status: GroupStatus, members: number): GroupStatus {
  return status === "forming" && members >= GROUP_SIZE_MIN ? "running" : status;
}

/** Seats left (never below zero). */
export function seatsLeft(capacity: number, members: number): number {
  return Math.max(0, capacity - members);
}

/** Why the coach may not schedule (or move) this session now, or null. Only running groups meet. */
export function scheduleRefusal(group: GroupStatus, session: GroupSessionStatus): ErrorKey | null {
  if (group !== "running") return "groupNotRunning";
  if (session !== "planned" && session !== "scheduled") return "groupSessionNotOpen";
  return null;
}

/** Why the coach may not mark this session held now, or null: it must be scheduled and have begun. */
export function markHeldRefusal(
  group: GroupStatus,
  session: { status: GroupSessionStatus; startsAt: Date | null },
  now: Date,
): ErrorKey | null {
  if (group !== "running") return "groupNotRunning";
  if (session.status !== "scheduled" || !session.startsAt) return "groupSessionNotScheduled";
  if (session.startsAt.getTime() > now.getTime()) return "groupSessionNotYetBegun";
  return null;
}

/** The group's status once a session is held: completed when every session of the plan is held. */
export function statusAfterHeld(sessions: readonly { status: GroupSessionStatus }[]): GroupStatus {
  return sessions.every((s) => s.status === "held" || s.status === "cancelled") ? "completed" : "running";
}

/** A member evaluates a session once it is held; each member once, their own evaluation. */
export function evaluateRefusal(session: GroupSessionStatus, alreadyGiven: boolean): ErrorKey | null {
  if (session !== "held") return "groupSessionNotHeld";
  if (alreadyGiven) return "feedbackAlreadyGiven";
  return null;
}

/** What the coach sees of a session's evaluations: a count, and the average only past the threshold. */
export type GroupFeedbackSummary = { answers: number; visible: boolean; averageUsefulness: number | null };

export function groupFeedbackSummary(rows: readonly { authorId: string; usefulness: number }[]): GroupFeedbackSummary {
  const people = new Set(rows.map((r) => r.authorId)).size;
  const visible = feedbackVisible({ answers: rows.length, people });
  const average = rows.length ? rows.reduce((sum, r) => sum + r.usefulness, 0) / rows.length : null;
  return {
    answers: rows.length,
    visible,
    averageUsefulness: visible && average !== null ? Math.round(average * 10) / 10 : null,
  };
}
