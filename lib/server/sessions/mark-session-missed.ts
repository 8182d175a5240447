import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { decideMiss } from "../../domain/session-lifecycle";
import { queueEmail } from "../../email/outbox";
import { sessionMissedEmail } from "../../email/session-emails";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { lockSessionForChange } from "./participation";

/** Either person notes that an agreed session did not take place; a new time can then be proposed. */
export async function markSessionMissed(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string },
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  const engagementId = await prisma.$transaction(async (tx) => {
    const { session, engagement, me, other } = await lockSessionForChange(tx, actor, input.sessionId);
    const decision = decideMiss(session, now);
    if (!decision.ok) throw new DomainError(decision.error);
    await tx.engagementSession.update({ where: { id: session.id }, data: { status: decision.value.status } });
    await audit(tx, {
      actorId: actor.id,
      action: "session.miss",
      targetType: "EngagementSession",
      targetId: session.id,
      data: { engagementId: engagement.id },
    });
    await queueEmail(
      tx,
      sessionMissedEmail(recipient(other), {
        name: me.name,
        stepKey: session.stepKey,
        position: session.position,
        url: engagementPageUrl(engagement.id),
      }),
    );
    return engagement.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementId };
}
