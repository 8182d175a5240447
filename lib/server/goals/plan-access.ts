import "server-only";
// What every goal and action verb shares: only the engagement's two people may read or change its
// goals and actions (anyone else is told the engagement does not exist), changes need an active
// engagement, and they run under the engagement's row lock so that two at once (the last place under
// a limit, a tick and an edit) are decided one after the other.
import type { Tx } from "../db/transaction";
import { lockEngagement } from "../db/locks";
import { DomainError } from "../errors";
import type { Actor } from "../../domain/roles";
import { loadParticipation, type Participation } from "../sessions/participation";

type NotFound = "planNotFound" | "goalNotFound" | "actionNotFound" | "sessionNotFound";

/**
 * The engagement for a change to its goals or actions, locked, for one of its two people while it is
 * active. A stranger is told the engagement (or the goal, or the action) does not exist — the same
 * words as for an unknown id.
 */
export async function lockPlanForChange(
  tx: Tx,
  actor: Actor,
  engagementId: string,
  notFound: NotFound = "planNotFound",
): Promise<Participation> {
  const first = await participation(tx, actor, engagementId, notFound);
  await lockEngagement(tx, first.engagement.id);
  const locked = await participation(tx, actor, engagementId, notFound);
  if (locked.engagement.status !== "active") throw new DomainError("engagementNotActive");
  return locked;
}

async function participation(tx: Tx, actor: Actor, engagementId: string, notFound: NotFound): Promise<Participation> {
  try {
    return await loadParticipation(tx, actor, engagementId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "sessionNotFound") throw new DomainError(notFound);
    throw error;
  }
}

/** A goal's engagement, for a change by one of its two people (anyone else: "goalNotFound"). */
export async function goalEngagementId(tx: Tx, goalId: string): Promise<string> {
  const goal = await tx.engagementGoal.findUnique({ where: { id: goalId }, select: { engagementId: true } });
  if (!goal) throw new DomainError("goalNotFound");
  return goal.engagementId;
}

/** An action's engagement (anyone not of it: "actionNotFound"). */
export async function actionEngagementId(tx: Tx, actionId: string): Promise<string> {
  const action = await tx.engagementAction.findUnique({ where: { id: actionId }, select: { engagementId: true } });
  if (!action) throw new DomainError("actionNotFound");
  return action.engagementId;
}
