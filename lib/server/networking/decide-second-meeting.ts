import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { decideCancel, hasLiveInvitation, optionalStepsToDecide, planComplete } from "../../domain/session-lifecycle";
import { stepOf } from "../../domain/session-plans";
import { secondMeetingNotNeededEmail, secondMeetingWantedEmail } from "../../email/networking-emails";
import { queueEmail } from "../../email/outbox";
import { sessionCancelledEmail } from "../../email/session-emails";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { lastAgreedTime, lockEngagementForChange, sessionFacts, sessionSelect } from "../sessions/participation";

/**
 * After the first networking meeting, either person says whether a second one is useful (their
 * answer is kept in ContinuationDecision, one per person, and may change while the conversation
 * runs).
 * - Useful: nothing else changes — either of them proposes a time for the second meeting, as for
 *   any session; the conversation completes once it is held. The other person is told.
 * - Not useful: the second meeting is cancelled (an agreed time leaves both calendars), and the
 *   conversation is complete (planComplete: optional steps completed or cancelled). The other
 *   person is told.
 * Only one of the two people, only while the conversation is active, and only once the first
 * meeting is completed and while the second is not held; under the profile's row lock.
 */
export async function decideSecondMeeting(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; useful: boolean },
  now: Date = new Date(),
): Promise<{ engagementCompleted: boolean }> {
  const engagementCompleted = await prisma.$transaction(async (tx) => {
    const { engagement, me, other } = await lockEngagementForChange(tx, actor, input.engagementId);
    if (engagement.programme.type !== "networking") throw new DomainError("notNetworkingConversation");
    const sessions = await tx.engagementSession.findMany({
      where: { engagementId: engagement.id },
      orderBy: { position: "asc" },
      select: sessionSelect,
    });
    if (!optionalStepsToDecide(sessions)) throw new DomainError("firstMeetingNotHeld");
    const before = await tx.continuationDecision.findUnique({
      where: { engagementId_userId: { engagementId: engagement.id, userId: actor.id } },
      select: { wantsToContinue: true },
    });
    // Saying yes twice changes nothing and tells nobody again.
    if (input.useful && before?.wantsToContinue === true) return false;
    await tx.continuationDecision.upsert({
      where: { engagementId_userId: { engagementId: engagement.id, userId: actor.id } },
      create: { engagementId: engagement.id, userId: actor.id, wantsToContinue: input.useful, decidedAt: now },
      update: { wantsToContinue: input.useful, decidedAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "networking.secondMeeting",
      targetType: "Engagement",
      targetId: engagement.id,
      data: { useful: input.useful },
    });
    const url = engagementPageUrl(engagement.id);

    if (input.useful) {
      await queueEmail(tx, secondMeetingWantedEmail(recipient(other), { name: me.name, url }));
      return false;
    }

    // Not useful: every optional step still open is cancelled; an agreed time leaves the calendars.
    for (const s of sessions.filter(
      (x) => stepOf(x.stepKey)?.optional && x.status !== "completed" && x.status !== "cancelled",
    )) {
      const cancel = decideCancel(s);
      const sequence = cancel.ok ? cancel.value.icsSequence : s.icsSequence;
      const agreed =
        s.status === "scheduled"
          ? { startsAt: s.startsAt!, timeZone: s.timeZone ?? "UTC", mode: s.mode ?? "video", location: s.location }
          : hasLiveInvitation(s)
            ? await lastAgreedTime(tx, s.id)
            : null;
      await tx.engagementSession.update({
        where: { id: s.id },
        data: { status: "cancelled", icsSequence: sequence, cancelledAt: now },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "session.cancel",
        targetType: "EngagementSession",
        targetId: s.id,
        data: { engagementId: engagement.id, from: s.status, reason: "second-meeting-not-useful", sequence },
      });
      if (cancel.ok && cancel.value.sendCancel && agreed && agreed.startsAt > now) {
        const facts = sessionFacts(engagement, s, agreed, sequence);
        for (const person of [me, other]) {
          await queueEmail(
            tx,
            sessionCancelledEmail(recipient(person), {
              cancelledByName: me.name,
              byRecipient: person.id === me.id,
              facts,
              stamp: now,
            }),
          );
        }
      }
    }
    const plan = await tx.engagementSession.findMany({
      where: { engagementId: engagement.id },
      select: { stepKey: true, status: true },
    });
    if (!planComplete(plan))
      throw new Error(`Networking engagement ${engagement.id} is not complete after cancelling its optional steps`);
    await tx.engagement.update({
      where: { id: engagement.id },
      data: { status: "completed", completedAt: now, endedAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "engagement.complete",
      targetType: "Engagement",
      targetId: engagement.id,
      data: { secondMeeting: false },
    });
    await queueEmail(tx, secondMeetingNotNeededEmail(recipient(other), { name: me.name, url }));
    return true;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementCompleted };
}
