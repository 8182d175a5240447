import "server-only";
import type { Db } from "../../db/client";
import { MAX_GOAL_TEXT } from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { FieldDomainError } from "../errors";
import { lockGoalForChange } from "./load-goal-for-change";

/** The author rewrites a goal's text (whether shared or not stays as it was). */
export async function editGoal(
  prisma: Db,
  actor: Actor,
  input: { goalId: string; text: string },
): Promise<{ engagementId: string }> {
  const text = input.text.trim();
  if (!text) throw new FieldDomainError("goalTextRequired", "text");
  if (text.length > MAX_GOAL_TEXT) throw new FieldDomainError("textTooLong", "text");
  return prisma.$transaction(async (tx) => {
    const goal = await lockGoalForChange(tx, actor, input.goalId);
    if (goal.text !== text) {
      await tx.engagementGoal.update({ where: { id: goal.id }, data: { text } });
      await audit(tx, { actorId: actor.id, action: "goal.edit", targetType: "EngagementGoal", targetId: goal.id });
    }
    return { engagementId: goal.engagementId };
  });
}
