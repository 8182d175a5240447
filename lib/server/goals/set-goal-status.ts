import "server-only";
import type { Db } from "../../db/client";
import type { GoalStatus } from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockGoalForChange } from "./load-goal-for-change";

/** The author marks a goal achieved or dropped, or opens it again. */
export async function setGoalStatus(
  prisma: Db,
  actor: Actor,
  input: { goalId: string; status: GoalStatus },
): Promise<{ engagementId: string }> {
  return prisma.$transaction(async (tx) => {
    const goal = await lockGoalForChange(tx, actor, input.goalId);
    if (goal.status !== input.status) {
      await tx.engagementGoal.update({ where: { id: goal.id }, data: { status: input.status } });
      await audit(tx, {
        actorId: actor.id,
        action: "goal.status",
        targetType: "EngagementGoal",
        targetId: goal.id,
        data: { from: goal.status, to: input.status },
      });
    }
    return { engagementId: goal.engagementId };
  });
}
