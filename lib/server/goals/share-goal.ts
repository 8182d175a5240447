import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockGoalForChange } from "./load-goal-for-change";

/**
 * The author shares a goal with their coach or mentor, or stops sharing it (the coach no longer
 * reads it). Sharing again is a no-op: the first sharing time stays.
 */
export async function shareGoal(
  prisma: Db,
  actor: Actor,
  input: { goalId: string; shared: boolean },
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  return prisma.$transaction(async (tx) => {
    const goal = await lockGoalForChange(tx, actor, input.goalId);
    if (input.shared !== (goal.sharedAt !== null)) {
      await tx.engagementGoal.update({ where: { id: goal.id }, data: { sharedAt: input.shared ? now : null } });
      await audit(tx, {
        actorId: actor.id,
        action: input.shared ? "goal.share" : "goal.unshare",
        targetType: "EngagementGoal",
        targetId: goal.id,
      });
    }
    return { engagementId: goal.engagementId };
  });
}
