import "server-only";
import type { Db } from "../../db/client";
import { MAX_GOAL_TEXT, MAX_GOALS, mayWriteGoals } from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError, FieldDomainError } from "../errors";
import { lockPlanForChange } from "./plan-access";

/**
 * The client or mentee writes a goal of their engagement: private to them unless they share it now
 * (`shared`), open. The audit row says a goal was added, never what it says.
 */
export async function addGoal(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; text: string; shared?: boolean },
  now: Date = new Date(),
): Promise<{ goalId: string; engagementId: string }> {
  const text = input.text.trim();
  if (!text) throw new FieldDomainError("goalTextRequired", "text");
  if (text.length > MAX_GOAL_TEXT) throw new FieldDomainError("textTooLong", "text");
  return prisma.$transaction(async (tx) => {
    const { engagement, role } = await lockPlanForChange(tx, actor, input.engagementId);
    if (!mayWriteGoals(role)) throw new DomainError("goalsClientOnly");
    const count = await tx.engagementGoal.count({ where: { engagementId: engagement.id, authorId: actor.id } });
    if (count >= MAX_GOALS) throw new DomainError("goalsLimit");
    const goal = await tx.engagementGoal.create({
      data: { engagementId: engagement.id, authorId: actor.id, text, sharedAt: input.shared ? now : null },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "goal.add",
      targetType: "EngagementGoal",
      targetId: goal.id,
      data: { engagementId: engagement.id, shared: Boolean(input.shared) },
    });
    return { goalId: goal.id, engagementId: engagement.id };
  });
}
