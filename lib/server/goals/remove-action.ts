import "server-only";
import type { Db } from "../../db/client";
import { mayEditAction } from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { lockActionForChange } from "./load-action-for-change";

/** The person who wrote an action removes it while it is open (a done action stays in the plan's record). */
export async function removeAction(
  prisma: Db,
  actor: Actor,
  input: { actionId: string },
): Promise<{ engagementId: string }> {
  return prisma.$transaction(async (tx) => {
    const { action } = await lockActionForChange(tx, actor, input.actionId);
    if (!mayEditAction(action, actor.id)) throw new DomainError("actionNotEditable");
    await tx.engagementAction.delete({ where: { id: action.id } });
    await audit(tx, {
      actorId: actor.id,
      action: "action.remove",
      targetType: "EngagementAction",
      targetId: action.id,
      data: { engagementId: action.engagementId, sessionId: action.sessionId },
    });
    return { engagementId: action.engagementId };
  });
}
