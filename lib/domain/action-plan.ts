// Goals and the action plan of an engagement (peer coaching, mentoring, and the engagement carrying a
// tripartite mission's sessions). Pure rules, no I/O:
// - a goal is written by the client or mentee and read by them alone until they share it with their
//   coach or mentor; un-sharing hides it again. Nobody else ever reads it (not the programme team,
//   not admins, not a mission's sponsor or HR: they read only what the coachee agreed in the mission);
// - the actions agreed in a session (text, owner, due date, done) are read and ticked by both people
//   while the engagement is active, and carried to the next sessions while they are open;
// - progress ("4 of 7 actions done") and overdue actions, judged on the viewer's own calendar day.
import { instantToLocalTime } from "./session-schedule";

export const GOAL_STATUSES = ["open", "achieved", "dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const ACTION_OWNERS = ["client", "coach"] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];
/** The engagement's two people, as lib/server/sessions/participation.ts names them. */
export type EngagementRole = "client" | "coach";

/** Validation limits, shared by the forms, the actions and the verbs. */
export const MAX_GOAL_TEXT = 500;
export const MAX_ACTION_TEXT = 300;
/** Goals per engagement (all statuses), and actions per session. */
export const MAX_GOALS = 12;
export const MAX_ACTIONS_PER_SESSION = 20;
/** A due date no further than this many days after today (a slip of the year is refused). */
export const MAX_DUE_DAYS = 400;

export type GoalFacts = { authorId: string; sharedAt: Date | null };

/** Whether a viewer may read a goal: its author always; the other person of the engagement once shared. */
export function goalVisibleTo(
  goal: GoalFacts,
  viewer: { id: string; role: EngagementRole | null },
): "author" | "shared" | null {
  if (goal.authorId === viewer.id) return "author";
  if (viewer.role === "coach" && goal.sharedAt !== null) return "shared";
  return null;
}

/** The goals a viewer may read, in the order given. Anyone outside the engagement (role null) reads none. */
export function visibleGoals<G extends GoalFacts>(
  goals: readonly G[],
  viewer: { id: string; role: EngagementRole | null },
): G[] {
  if (viewer.role === null) return [];
  return goals.filter((g) => goalVisibleTo(g, viewer) !== null);
}

/** Only the client or mentee writes goals. */
export function mayWriteGoals(role: EngagementRole): boolean {
  return role === "client";
}

/** Only a goal's author edits it, shares or un-shares it, or changes its status. */
export function mayChangeGoal(goal: { authorId: string }, actorId: string): boolean {
  return goal.authorId === actorId;
}

export type SessionFacts = {
  id: string;
  position: number;
  status: "planned" | "proposed" | "scheduled" | "completed" | "missed" | "cancelled";
  startsAt: Date | null;
};

/** Actions are agreed in a session that has taken place or is under way (its time has started, or it is completed). */
export function mayRecordActionsIn(session: Pick<SessionFacts, "status" | "startsAt">, now: Date): boolean {
  if (session.status === "completed") return true;
  return session.status === "scheduled" && session.startsAt !== null && session.startsAt.getTime() <= now.getTime();
}

export type ActionFacts = {
  id: string;
  sessionId: string;
  doneAt: Date | null;
  dueOn: Date | null;
  createdById: string;
};

/** Only the person who wrote an action edits or removes it, and only while it is not done. */
export function mayEditAction(action: Pick<ActionFacts, "createdById" | "doneAt">, actorId: string): boolean {
  return action.createdById === actorId && action.doneAt === null;
}

/**
 * The actions agreed in earlier sessions (lower position) that were still open when this session
 * began: not done, or done only after its start. A session without a time yet (or one to come) takes
 * what is open now. Sessions' own actions are not carried into themselves.
 */
export function carriedOverActions<A extends ActionFacts>(
  actions: readonly A[],
  sessions: readonly Pick<SessionFacts, "id" | "position" | "startsAt" | "status">[],
  sessionId: string,
  now: Date,
): A[] {
  const positionOf = new Map(sessions.map((s) => [s.id, s.position]));
  const target = sessions.find((s) => s.id === sessionId);
  if (!target) return [];
  const startedAt =
    target.startsAt && target.startsAt.getTime() <= now.getTime() && target.status !== "cancelled"
      ? target.startsAt
      : null;
  return actions.filter((a) => {
    const agreedAt = positionOf.get(a.sessionId);
    if (agreedAt === undefined || agreedAt >= target.position) return false;
    if (a.doneAt === null) return true;
    return startedAt !== null && a.doneAt.getTime() > startedAt.getTime();
  });
}

/** The actions agreed in one session. */
export function actionsAgreedIn<A extends Pick<ActionFacts, "sessionId">>(
  actions: readonly A[],
  sessionId: string,
): A[] {
  return actions.filter((a) => a.sessionId === sessionId);
}

/** The viewer's calendar day today ("YYYY-MM-DD"), in their own zone. */
export function todayIn(zone: string, now: Date): string {
  return instantToLocalTime(now, zone).slice(0, 10);
}

/** A due date (a calendar day stored at midnight UTC) as "YYYY-MM-DD". */
export function dayOf(dueOn: Date): string {
  return dueOn.toISOString().slice(0, 10);
}

/** An open action whose due day is before the viewer's today. Done actions and those without a date are never overdue. */
export function isOverdue(action: Pick<ActionFacts, "doneAt" | "dueOn">, zone: string, now: Date): boolean {
  if (action.doneAt !== null || action.dueOn === null) return false;
  return dayOf(action.dueOn) < todayIn(zone, now);
}

export type PlanProgress = { done: number; total: number; overdue: number; percent: number };

/** "4 of 7 actions done", and how many open ones are overdue for the viewer. */
export function planProgress(
  actions: readonly Pick<ActionFacts, "doneAt" | "dueOn">[],
  zone: string,
  now: Date,
): PlanProgress {
  const total = actions.length;
  const done = actions.filter((a) => a.doneAt !== null).length;
  const overdue = actions.filter((a) => isOverdue(a, zone, now)).length;
  return { done, total, overdue, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

/**
 * Why a due date ("YYYY-MM-DD") is refused, or null: it must be a real calendar day, not before the
 * viewer's today when set, and within MAX_DUE_DAYS. `today` is the writer's own day.
 */
export function dueDateProblem(
  value: string,
  today: string,
): "actionDueInvalid" | "actionDuePast" | "actionDueTooFar" | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "actionDueInvalid";
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || dayOf(d) !== value) return "actionDueInvalid";
  if (value < today) return "actionDuePast";
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + MAX_DUE_DAYS);
  if (d.getTime() > limit.getTime()) return "actionDueTooFar";
  return null;
}

/** A "YYYY-MM-DD" day as the Date stored in a DATE column (midnight UTC). */
export function dueOnDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}
