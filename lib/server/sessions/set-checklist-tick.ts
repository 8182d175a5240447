import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { checklistItemKeys, stepOf } from "../../domain/session-plans";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { loadSessionForParticipant } from "./participation";

/**
 * A participant ticks (or unticks) an item of their own "before / during / after" checklist of a
 * session. Each person has their own ticks, and only on their own list: in mentoring the mentor
 * ticks the mentor's items and the mentee the mentee's ("mentee.<phase>.<item>"); any other key,
 * the other person's included, is refused as unknown.
 */
export async function setChecklistTick(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string; itemKey: string; ticked: boolean },
): Promise<{ engagementId: string }> {
  return prisma.$transaction(async (tx) => {
    const { session, engagement, role } = await loadSessionForParticipant(tx, actor, input.sessionId);
    if (engagement.status !== "active") throw new DomainError("engagementNotActive");
    const step = stepOf(session.stepKey);
    if (!step || !checklistItemKeys(step, role).includes(input.itemKey)) throw new DomainError("checklistItemUnknown");
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
