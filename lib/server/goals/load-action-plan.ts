import "server-only";
import type { Db } from "../../db/client";
import {
  actionsAgreedIn,
  carriedOverActions,
  dayOf,
  isOverdue,
  mayEditAction,
  mayRecordActionsIn,
  mayWriteGoals,
  planProgress,
  visibleGoals,
  type ActionOwner,
  type GoalStatus,
  type PlanProgress,
} from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import { loadParticipation } from "../sessions/participation";

export type GoalView = { id: string; text: string; status: GoalStatus; shared: boolean; mine: boolean };
export type ActionView = {
  id: string;
  sessionId: string;
  /** The position of the session it was agreed in. */
  agreedIn: number;
  text: string;
  owner: ActionOwner;
  /** "YYYY-MM-DD", or null. */
  dueOn: string | null;
  done: boolean;
  overdue: boolean;
  /** The viewer wrote it and it is open: they may change or remove it. */
  editable: boolean;
};
export type SessionPlanView = { agreed: ActionView[]; carried: ActionView[]; canRecord: boolean };
export type ActionPlanView = {
  engagementId: string;
  role: "coach" | "client";
  active: boolean;
  /** The client or mentee writes goals; the coach or mentor reads the shared ones. */
  writesGoals: boolean;
  goals: GoalView[];
  actions: ActionView[];
  progress: PlanProgress;
  sessions: Record<string, SessionPlanView>;
};

/**
 * The goals and the action plan of an engagement, for one of its two people (anyone else:
 * "sessionNotFound"). Goals are filtered here, on the server: the author's own, and for the coach
 * or mentor only those shared with them — an unshared goal never leaves this function for anyone
 * but its author. Overdue is judged on the viewer's own calendar day.
 */
export async function loadActionPlan(
  prisma: Db,
  actor: Actor,
  engagementId: string,
  now: Date = new Date(),
): Promise<ActionPlanView> {
  const { engagement, role, me } = await loadParticipation(prisma, actor, engagementId);
  const [goalRows, actionRows, sessions] = await Promise.all([
    prisma.engagementGoal.findMany({
      where: {
        engagementId: engagement.id,
        OR: role === "coach" ? [{ authorId: actor.id }, { sharedAt: { not: null } }] : [{ authorId: actor.id }],
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, authorId: true, text: true, status: true, sharedAt: true },
    }),
    prisma.engagementAction.findMany({
      where: { engagementId: engagement.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, sessionId: true, text: true, owner: true, dueOn: true, doneAt: true, createdById: true },
    }),
    prisma.engagementSession.findMany({
      where: { engagementId: engagement.id },
      orderBy: { position: "asc" },
      select: { id: true, position: true, status: true, startsAt: true },
    }),
  ]);
  const active = engagement.status === "active";
  const positionOf = new Map(sessions.map((s) => [s.id, s.position]));
  const viewOf = (a: (typeof actionRows)[number]): ActionView => ({
    id: a.id,
    sessionId: a.sessionId,
    agreedIn: positionOf.get(a.sessionId) ?? 0,
    text: a.text,
    owner: a.owner,
    dueOn: a.dueOn ? dayOf(a.dueOn) : null,
    done: a.doneAt !== null,
    overdue: isOverdue(a, me.timeZone, now),
    editable: active && mayEditAction(a, actor.id),
  });
  const views = new Map(actionRows.map((a) => [a.id, viewOf(a)]));
  const byId = (rows: typeof actionRows) => rows.map((a) => views.get(a.id)!);
  const sorted = [...actionRows].sort(
    (a, b) => (positionOf.get(a.sessionId) ?? 0) - (positionOf.get(b.sessionId) ?? 0),
  );

  return {
    engagementId: engagement.id,
    role,
    active,
    writesGoals: mayWriteGoals(role),
    goals: visibleGoals(goalRows, { id: actor.id, role }).map((g) => ({
      id: g.id,
      text: g.text,
      status: g.status,
      shared: g.sharedAt !== null,
      mine: g.authorId === actor.id,
    })),
    actions: byId(sorted),
    progress: planProgress(actionRows, me.timeZone, now),
    sessions: Object.fromEntries(
      sessions.map((s) => [
        s.id,
        {
          agreed: byId(actionsAgreedIn(actionRows, s.id)),
          carried: byId(carriedOverActions(sorted, sessions, s.id, now)),
          canRecord: active && mayRecordActionsIn(s, now),
        },
      ]),
    ),
  };
}
