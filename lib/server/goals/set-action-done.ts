import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockActionForChange } from "./load-action-for-change";

/** Either person ticks an action done, or un-ticks it; ticking twice keeps the first time. */
export async function setActionDone(
  prisma: Db,
  actor: Actor,
  input: { actionId: string; done: boolean },
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  return prisma.$transaction(async (tx) => {
    const { action } = await lockActionForChange(tx, actor, input.actionId);
    if (input.done !== (action.doneAt !== null)) {
      await tx.engagementAction.update({
        where: { id: action.id },
        data: input.done ? { doneAt: now, doneById: actor.id } : { doneAt: null, doneById: null },
      });
      await audit(tx, {
        actorId: actor.id,
        action: input.done ? "action.done" : "action.undone",
        targetType: "EngagementAction",
        targetId: action.id,
      });
    }
    return { engagementId: action.engagementId };
  });
}
