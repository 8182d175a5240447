import "server-only";
import type { Db } from "../../db/client";
import {
  MAX_ACTION_TEXT,
  MAX_ACTIONS_PER_SESSION,
  mayRecordActionsIn,
  type ActionOwner,
} from "../../domain/action-plan";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError, FieldDomainError } from "../errors";
import { parseDueOn } from "./due-date";
import { lockPlanForChange } from "./plan-access";

/**
 * Either person of an active engagement records an action agreed in a session that has taken place
 * or is under way: what, who does it (the client or the coach), by when (optional, judged on the
 * writer's calendar). The audit row carries no text.
 */
export async function addAction(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string; text: string; owner: ActionOwner; dueOn?: string },
  now: Date = new Date(),
): Promise<{ actionId: string; engagementId: string }> {
  const text = input.text.trim();
  if (!text) throw new FieldDomainError("actionTextRequired", "text");
  if (text.length > MAX_ACTION_TEXT) throw new FieldDomainError("textTooLong", "text");
  return prisma.$transaction(async (tx) => {
    const found = await tx.engagementSession.findUnique({
      where: { id: input.sessionId },
      select: { engagementId: true },
    });
    if (!found) throw new DomainError("sessionNotFound");
    const { engagement, me } = await lockPlanForChange(tx, actor, found.engagementId, "sessionNotFound");
    const session = await tx.engagementSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { id: true, status: true, startsAt: true },
    });
    if (!mayRecordActionsIn(session, now)) throw new DomainError("actionSessionNotHeld");
    const dueOn = parseDueOn(input.dueOn, me.timeZone, now);
    const count = await tx.engagementAction.count({ where: { sessionId: session.id } });
    if (count >= MAX_ACTIONS_PER_SESSION) throw new DomainError("actionsLimit");
    const action = await tx.engagementAction.create({
      data: {
        engagementId: engagement.id,
        sessionId: session.id,
        text,
        owner: input.owner,
        dueOn,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "action.add",
      targetType: "EngagementAction",
      targetId: action.id,
      data: { engagementId: engagement.id, sessionId: session.id, owner: input.owner },
    });
    return { actionId: action.id, engagementId: engagement.id };
  });
}
