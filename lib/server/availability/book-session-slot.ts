import "server-only";
import type { Db } from "../../db/client";
import { isOffered } from "../../domain/availability";
import type { Actor } from "../../domain/roles";
import { decidePropose } from "../../domain/session-lifecycle";
import { queueEmail } from "../../email/outbox";
import { sessionProposedEmail, sessionScheduledEmail } from "../../email/session-emails";
import { locationProblem, type SessionModeInput } from "../../validation/sessions";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { assertStepNotBlocked } from "../sessions/continuation-gate";
import { AGREED_TIME_ACTION, lockSessionForChange, sessionFacts } from "../sessions/participation";
import { isBookable, slotsForSession } from "./availability-of";

export type BookSlotInput = { sessionId: string; startsAt: string; mode: SessionModeInput; location: string };

/**
 * The client (or mentee) books one of the slots their coach (or mentor) offers for a session. The
 * slot is computed again under the coach profile's row lock (lockSessionForChange), with every
 * other session of the coach read under that lock: two bookings of one slot made at the same
 * instant, by the same person or by two clients of the coach, are decided one after the other, and
 * the second finds the slot gone. When the coach asked to confirm bookings, the slot is proposed
 * and they accept it as any proposed time; otherwise it is scheduled at once and both people get
 * the invitation, as when a proposed time is accepted.
 */
export async function bookSessionSlot(
  prisma: Db,
  actor: Actor,
  input: BookSlotInput,
  now: Date = new Date(),
): Promise<{ engagementId: string; status: "scheduled" | "proposed" }> {
  const startsAt = new Date(input.startsAt);
  if (Number.isNaN(startsAt.getTime())) throw new FieldDomainError("bookingSlotRequired", "startsAt");
  const location = input.location.trim();
  // An empty link is checked below, against the engagement's default link.
  const problem = locationProblem(input.mode, location, true);
  if (problem) throw new FieldDomainError(problem, "location");

  const result = await prisma.$transaction(async (tx) => {
    const { session, engagement, me, other, role } = await lockSessionForChange(tx, actor, input.sessionId);
    // Only the client or mentee books; the coach or mentor proposes a time.
    if (role !== "client") throw new DomainError("bookingClientOnly");
    if (input.mode === "video" && !location && !engagement.meetingUrl)
      throw new FieldDomainError("sessionLinkRequired", "location");
    if (!isBookable(session.status)) throw new DomainError("sessionTransitionNotAllowed");
    await assertStepNotBlocked(tx, engagement, session);
    const profile = await tx.matchingProfile.findUniqueOrThrow({
      where: { id: engagement.profileId },
      select: { id: true, bookingNeedsConfirmation: true },
    });
    const coachZone = other.timeZone;
    const { availability, slots } = await slotsForSession(tx, { ...profile, ownerZone: coachZone }, session, now);
    if (!isOffered(slots, startsAt)) throw new FieldDomainError("bookingSlotUnavailable", "startsAt");
    const decision = decidePropose(session, actor.id, startsAt, now);
    if (!decision.ok) throw new DomainError(decision.error);

    const timeZone = availability.timeZone;
    const confirm = availability.needsConfirmation;
    const status = confirm ? ("proposed" as const) : ("scheduled" as const);
    await tx.engagementSession.update({
      where: { id: session.id },
      data: {
        status,
        icsSequence: decision.value.icsSequence,
        startsAt,
        timeZone,
        mode: input.mode,
        location: location || null,
        proposedById: actor.id,
        proposedAt: now,
        // Scheduled: calendars get the invitation again, as on acceptance. Proposed: as a proposal leaves it.
        ...(confirm ? {} : { cancelledAt: null }),
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "session.book",
      targetType: "EngagementSession",
      targetId: session.id,
      data: {
        engagementId: engagement.id,
        from: session.status,
        to: status,
        startsAt: startsAt.toISOString(),
        timeZone,
      },
    });
    const time = { startsAt, timeZone, mode: input.mode, location: location || null };
    if (confirm) {
      await queueEmail(
        tx,
        sessionProposedEmail(recipient(other), {
          proposerName: me.name,
          stepKey: session.stepKey,
          position: session.position,
          startsAt,
          durationMinutes: session.durationMinutes,
          mode: input.mode,
          location: time.location,
          replacesAgreedTime: false,
          url: engagementPageUrl(engagement.id),
        }),
      );
    } else {
      // The agreed time is recorded as an acceptance is (lastAgreedTime reads it).
      await audit(tx, {
        actorId: actor.id,
        action: AGREED_TIME_ACTION,
        targetType: "EngagementSession",
        targetId: session.id,
        data: {
          engagementId: engagement.id,
          ...time,
          startsAt: startsAt.toISOString(),
          sequence: decision.value.icsSequence,
        },
      });
      const facts = sessionFacts(engagement, session, time, decision.value.icsSequence);
      const update = decision.value.icsSequence > 0;
      await queueEmail(tx, sessionScheduledEmail(recipient(me), { otherName: other.name, facts, update, stamp: now }));
      await queueEmail(tx, sessionScheduledEmail(recipient(other), { otherName: me.name, facts, update, stamp: now }));
    }
    return { engagementId: engagement.id, status };
  }, TX_OPTIONS);
  void kickOutbox();
  return result;
}
