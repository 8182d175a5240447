import "server-only";
import type { Actor } from "../../domain/roles";
import type { Tx } from "../db/transaction";
import { DomainError } from "../errors";
import { actionEngagementId, lockPlanForChange } from "./plan-access";

/** An action of an active engagement, under its lock, for one of the engagement's two people (anyone else: "actionNotFound"). */
export async function lockActionForChange(tx: Tx, actor: Actor, actionId: string) {
  const engagementId = await actionEngagementId(tx, actionId);
  const part = await lockPlanForChange(tx, actor, engagementId, "actionNotFound");
  const action = await tx.engagementAction.findUnique({
    where: { id: actionId },
    select: {
      id: true,
      engagementId: true,
      sessionId: true,
      text: true,
      owner: true,
      dueOn: true,
      doneAt: true,
      createdById: true,
    },
  });
  if (!action || action.engagementId !== part.engagement.id) throw new DomainError("actionNotFound");
  return { action, ...part };
}
