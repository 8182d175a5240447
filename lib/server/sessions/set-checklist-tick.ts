import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { checklistItemKeys, stepOf } from "../../domain/session-plans";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { loadSessionForParticipant } from "./participation";

/**
 * A participant ticks (or unticks) an item of a session's "before / during / after" checklist.
 * Each person has their own ticks; the item must be one of the session's step.
 */
export async function setChecklistTick(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string; itemKey: string; ticked: boolean },
): Promise<{ engagementId: string }> {
  return prisma.$transaction(async (tx) => {
    const { session, engagement } = await loadSessionForParticipant(tx, actor, input.sessionId);
    if (engagement.status !== "active") throw new DomainError("engagementNotActive");
    const step = stepOf(session.stepKey);
    if (!step || !checklistItemKeys(step).includes(input.itemKey)) throw new DomainError("checklistItemUnknown");
    if (input.ticked) {
      await tx.sessionChecklistTick.createMany({
        data: [{ sessionId: session.id, userId: actor.id, itemKey: input.itemKey }],
        skipDuplicates: true,
      });
    } else {
      await tx.sessionChecklistTick.deleteMany({
        where: { sessionId: session.id, userId: actor.id, itemKey: input.itemKey },
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: input.ticked ? "session.checklist.tick" : "session.checklist.untick",
      targetType: "EngagementSession",
      targetId: session.id,
      data: { itemKey: input.itemKey },
    });
    return { engagementId: session.engagementId };
  });
}
