import "server-only";
import type { Db } from "../../db/client";
import { continuationOutcome, decideContinuation as decide, type ContinuationOutcome } from "../../domain/continuation";
import type { Actor } from "../../domain/roles";
import {
  continuationAnsweredEmail,
  continuationConfirmedEmail,
  continuationStoppedEmail,
} from "../../email/mentor-emails";
import { queueEmail } from "../../email/outbox";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { lockEngagement } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { cancelEngagementSessions } from "../sessions/cancel-engagement-sessions";
import { lockEngagementForChange } from "../sessions/participation";

/**
 * After the review session (mentoring session 6) each of the two people says whether they want to
 * go on — later, not necessarily during the meeting. Until both have answered an answer may change;
 * the other person is told that an answer came, never what it was. Two yeses: the plan goes on
 * (sessions 7–9 can be planned). One no: the pairing closes at once — the sessions still to come
 * are cancelled (calendars get the cancellation), the engagement is completed, both are told and
 * both can give their closing evaluation. Only the engagement's two people may answer.
 */
export async function decideContinuation(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; wantsToContinue: boolean },
  now: Date = new Date(),
): Promise<{ outcome: ContinuationOutcome }> {
  const outcome = await prisma.$transaction(async (tx) => {
    const { engagement, me, other } = await lockEngagementForChange(tx, actor, input.engagementId);
    // The engagement's row too: two answers given at once are decided one after the other.
    await lockEngagement(tx, engagement.id);
    const participants = [engagement.seekerId, engagement.profile.userId] as [string, string];
    const plan = await tx.engagementSession.findMany({
      where: { engagementId: engagement.id },
      select: { position: true, stepKey: true, status: true },
    });
    const decisions = await tx.continuationDecision.findMany({
      where: { engagementId: engagement.id },
      select: { userId: true, wantsToContinue: true },
    });
    const allowed = decide({ status: engagement.status, plan, decisions, participants });
    if (!allowed.ok) throw new DomainError(allowed.error);

    await tx.continuationDecision.upsert({
      where: { engagementId_userId: { engagementId: engagement.id, userId: actor.id } },
      create: { engagementId: engagement.id, userId: actor.id, wantsToContinue: input.wantsToContinue, decidedAt: now },
      update: { wantsToContinue: input.wantsToContinue, decidedAt: now },
    });
    const after = [
      ...decisions.filter((d) => d.userId !== actor.id),
      { userId: actor.id, wantsToContinue: input.wantsToContinue },
    ];
    const result = continuationOutcome(after, participants);
    await audit(tx, {
      actorId: actor.id,
      action: "continuation.decide",
      targetType: "Engagement",
      targetId: engagement.id,
      data: { wantsToContinue: input.wantsToContinue, outcome: result },
    });
    const url = engagementPageUrl(engagement.id);

    if (result === "pending") {
      await queueEmail(tx, continuationAnsweredEmail(recipient(other), { otherName: me.name, url }));
    } else if (result === "continue") {
      await queueEmail(tx, continuationConfirmedEmail(recipient(me), { otherName: other.name, url }));
      await queueEmail(tx, continuationConfirmedEmail(recipient(other), { otherName: me.name, url }));
    } else {
      // Agreed and proposed times are cancelled in calendars; the sessions never planned go too.
      await cancelEngagementSessions(tx, engagement.id, actor.id, now);
      await tx.engagementSession.updateMany({
        where: { engagementId: engagement.id, status: { in: ["planned", "missed"] } },
        data: { status: "cancelled", cancelledAt: now },
      });
      await tx.engagement.update({
        where: { id: engagement.id },
        data: { status: "completed", completedAt: now, endedAt: now },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "engagement.complete",
        targetType: "Engagement",
        targetId: engagement.id,
        data: { reason: "continuation-declined" },
      });
      await queueEmail(tx, continuationStoppedEmail(recipient(me), { otherName: other.name, url }));
      await queueEmail(tx, continuationStoppedEmail(recipient(other), { otherName: me.name, url }));
    }
    return result;
  }, TX_OPTIONS);
  void kickOutbox();
  return { outcome };
}
