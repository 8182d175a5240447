import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { decideAccept } from "../../domain/session-lifecycle";
import { queueEmail } from "../../email/outbox";
import { sessionScheduledEmail } from "../../email/session-emails";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { AGREED_TIME_ACTION, lockSessionForChange, sessionFacts } from "./participation";

/**
 * The other person accepts the proposed time: the session is scheduled and both people get the
 * confirmation, each in their own language and time zone, with the calendar invitation
 * (METHOD:REQUEST, the session's stable UID, the same SEQUENCE for both).
 */
export async function acceptSessionTime(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string },
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  const engagementId = await prisma.$transaction(async (tx) => {
    const { session, engagement, me, other } = await lockSessionForChange(tx, actor, input.sessionId);
    const decision = decideAccept(session, actor.id, now);
    if (!decision.ok) throw new DomainError(decision.error);
    const time = {
      startsAt: session.startsAt!,
      timeZone: session.timeZone ?? "UTC",
      mode: session.mode ?? "video",
      location: session.location,
    };
    await tx.engagementSession.update({
      where: { id: session.id },
      data: { status: decision.value.status, icsSequence: decision.value.icsSequence, cancelledAt: null },
    });
    await audit(tx, {
      actorId: actor.id,
      action: AGREED_TIME_ACTION,
      targetType: "EngagementSession",
      targetId: session.id,
      data: {
        engagementId: engagement.id,
        startsAt: time.startsAt.toISOString(),
        timeZone: time.timeZone,
        mode: time.mode,
        location: time.location,
        sequence: decision.value.icsSequence,
      },
    });
    const facts = sessionFacts(engagement, session, time, decision.value.icsSequence);
    const update = decision.value.icsSequence > 0;
    await queueEmail(tx, sessionScheduledEmail(recipient(me), { otherName: other.name, facts, update, stamp: now }));
    await queueEmail(tx, sessionScheduledEmail(recipient(other), { otherName: me.name, facts, update, stamp: now }));
    return engagement.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementId };
}
