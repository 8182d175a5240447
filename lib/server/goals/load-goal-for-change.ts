import "server-only";
import { goalVisibleTo, mayChangeGoal } from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import type { Tx } from "../db/transaction";
import { DomainError } from "../errors";
import { goalEngagementId, lockPlanForChange } from "./plan-access";

/**
 * A goal for a change by its author, under the engagement's lock. Anyone who may not read it (a
 * stranger, the coach before it is shared) is told it does not exist; the coach reading a shared
 * goal is told it is not theirs to change.
 */
export async function lockGoalForChange(tx: Tx, actor: Actor, goalId: string) {
  const engagementId = await goalEngagementId(tx, goalId);
  const { role, engagement } = await lockPlanForChange(tx, actor, engagementId, "goalNotFound");
  const goal = await tx.engagementGoal.findUnique({
    where: { id: goalId },
    select: { id: true, engagementId: true, authorId: true, text: true, sharedAt: true, status: true },
  });
  if (!goal || goal.engagementId !== engagement.id) throw new DomainError("goalNotFound");
  if (!goalVisibleTo(goal, { id: actor.id, role })) throw new DomainError("goalNotFound");
  if (!mayChangeGoal(goal, actor.id)) throw new DomainError("goalNotYours");
  return goal;
}
