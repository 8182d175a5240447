import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { decideCancel } from "../../domain/session-lifecycle";
import { queueEmail } from "../../email/outbox";
import { proposalWithdrawnEmail, sessionCancelledEmail } from "../../email/session-emails";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { lastAgreedTime, lockSessionForChange, sessionFacts } from "./participation";

/**
 * Either person cancels a session's time. When calendars hold the session (it was agreed), both get
 * the cancellation (METHOD:CANCEL, same UID, higher SEQUENCE) so the event disappears; a time that
 * was only proposed is simply withdrawn and the other person told. The step stays in the plan: a
 * new time can be proposed for it later.
 */
export async function cancelSession(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string },
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  const engagementId = await prisma.$transaction(async (tx) => {
    const { session, engagement, me, other } = await lockSessionForChange(tx, actor, input.sessionId);
    const decision = decideCancel(session);
    if (!decision.ok) throw new DomainError(decision.error);
    // The calendars hold the agreed time: for a pending new time, the one agreed before it.
    const agreed =
      session.status === "scheduled"
        ? {
            startsAt: session.startsAt!,
            timeZone: session.timeZone ?? "UTC",
            mode: session.mode ?? "video",
            location: session.location,
          }
        : await lastAgreedTime(tx, session.id);
    await tx.engagementSession.update({
      where: { id: session.id },
      data: { status: decision.value.status, icsSequence: decision.value.icsSequence, cancelledAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "session.cancel",
      targetType: "EngagementSession",
      targetId: session.id,
      data: {
        engagementId: engagement.id,
        from: session.status,
        sequence: decision.value.icsSequence,
        invitationCancelled: decision.value.sendCancel,
      },
    });
    if (decision.value.sendCancel && agreed) {
      const facts = sessionFacts(engagement, session, agreed, decision.value.icsSequence);
      await queueEmail(
        tx,
        sessionCancelledEmail(recipient(me), { cancelledByName: me.name, byRecipient: true, facts, stamp: now }),
      );
      await queueEmail(
        tx,
        sessionCancelledEmail(recipient(other), { cancelledByName: me.name, byRecipient: false, facts, stamp: now }),
      );
    } else {
      await queueEmail(
        tx,
        proposalWithdrawnEmail(recipient(other), {
          name: me.name,
          stepKey: session.stepKey,
          position: session.position,
          url: engagementPageUrl(engagement.id),
        }),
      );
    }
    return engagement.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementId };
}
