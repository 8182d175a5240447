import "server-only";
import type { Db } from "../../db/client";
import { MAX_ACTION_TEXT, dayOf, mayEditAction, type ActionOwner } from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError, FieldDomainError } from "../errors";
import { parseDueOn } from "./due-date";
import { lockActionForChange } from "./load-action-for-change";

/**
 * The person who wrote an action changes its text, owner or due date while it is open. A due date
 * left as it was is kept even if it has passed; a new one must be today or later.
 */
export async function editAction(
  prisma: Db,
  actor: Actor,
  input: { actionId: string; text: string; owner: ActionOwner; dueOn?: string },
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  const text = input.text.trim();
  if (!text) throw new FieldDomainError("actionTextRequired", "text");
  if (text.length > MAX_ACTION_TEXT) throw new FieldDomainError("textTooLong", "text");
  return prisma.$transaction(async (tx) => {
    const { action, me } = await lockActionForChange(tx, actor, input.actionId);
    if (!mayEditAction(action, actor.id)) throw new DomainError("actionNotEditable");
    const typed = (input.dueOn ?? "").trim();
    const unchanged = action.dueOn !== null && typed === dayOf(action.dueOn);
    const dueOn = unchanged ? action.dueOn : parseDueOn(typed, me.timeZone, now);
    await tx.engagementAction.update({ where: { id: action.id }, data: { text, owner: input.owner, dueOn } });
    await audit(tx, { actorId: actor.id, action: "action.edit", targetType: "EngagementAction", targetId: action.id });
    return { engagementId: action.engagementId };
  });
}
