import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { decidePropose, hasLiveInvitation, TIME_HOLDING_STATUSES } from "../../domain/session-lifecycle";
import { firstOverlap, isKnownTimeZone, localTimeToInstant, MAX_SESSION_MINUTES } from "../../domain/session-schedule";
import { queueEmail } from "../../email/outbox";
import { sessionProposedEmail } from "../../email/session-emails";
import { locationProblem, type SessionModeInput } from "../../validation/sessions";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { assertStepNotBlocked } from "./continuation-gate";
import { lockSessionForChange } from "./participation";

export type ProposeInput = {
  sessionId: string;
  startsAtLocal: string;
  timeZone: string;
  mode: SessionModeInput;
  location: string;
};

/**
 * Either person proposes a time for a session (a first time, a counter-proposal, or a new time for
 * an agreed session). The time is given as a wall-clock time in the proposer's time zone; it must
 * be to come, within the horizon (lib/domain/session-schedule.ts), and must not overlap another
 * proposed or agreed session of the same coach — checked under the coach profile's lock, so two
 * proposals made at once cannot both take one slot.
 * The other person is told by e-mail.
 */
export async function proposeSessionTime(
  prisma: Db,
  actor: Actor,
  input: ProposeInput,
  now: Date = new Date(),
): Promise<{ engagementId: string }> {
  const timeZone = input.timeZone.trim();
  if (!isKnownTimeZone(timeZone)) throw new FieldDomainError("sessionTimeZoneUnknown", "timeZone");
  const startsAt = localTimeToInstant(input.startsAtLocal.trim(), timeZone);
  if (!startsAt) throw new FieldDomainError("sessionTimeInvalid", "startsAtLocal");
  const location = input.location.trim();
  // An empty link is checked below, against the engagement's default link.
  const problem = locationProblem(input.mode, location, true);
  if (problem) throw new FieldDomainError(problem, "location");

  const engagementId = await prisma.$transaction(async (tx) => {
    const { session, engagement, me, other } = await lockSessionForChange(tx, actor, input.sessionId);
    if (input.mode === "video" && !location && !engagement.meetingUrl)
      throw new FieldDomainError("sessionLinkRequired", "location");
    // Mentoring sessions 7–9 wait until both said they want to go on after the review.
    await assertStepNotBlocked(tx, engagement, session);
    const decision = decidePropose(session, actor.id, startsAt, now);
    if (!decision.ok)
      throw decision.error === "sessionTimeInPast" || decision.error === "sessionTimeTooFar"
        ? new FieldDomainError(decision.error, "startsAtLocal")
        : new DomainError(decision.error);

    const slot = { startsAt, durationMinutes: session.durationMinutes };
    const end = new Date(startsAt.getTime() + session.durationMinutes * 60_000);
    const nearby = await tx.engagementSession.findMany({
      where: {
        id: { not: session.id },
        status: { in: [...TIME_HOLDING_STATUSES] },
        startsAt: { gt: new Date(startsAt.getTime() - MAX_SESSION_MINUTES * 60_000), lt: end },
        engagement: { profileId: engagement.profileId, status: "active" },
      },
      select: { startsAt: true, durationMinutes: true },
    });
    const clash = firstOverlap(
      slot,
      nearby.map((s) => ({ startsAt: s.startsAt!, durationMinutes: s.durationMinutes })),
    );
    if (clash) throw new FieldDomainError("sessionOverlap", "startsAtLocal");

    const replacesAgreedTime = hasLiveInvitation(session);
    await tx.engagementSession.update({
      where: { id: session.id },
      data: {
        status: decision.value.status,
        icsSequence: decision.value.icsSequence,
        startsAt,
        timeZone,
        mode: input.mode,
        location: location || null,
        proposedById: actor.id,
        proposedAt: now,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "session.propose",
      targetType: "EngagementSession",
      targetId: session.id,
      data: {
        engagementId: engagement.id,
        from: session.status,
        startsAt: startsAt.toISOString(),
        timeZone,
        mode: input.mode,
      },
    });
    await queueEmail(
      tx,
      sessionProposedEmail(recipient(other), {
        proposerName: me.name,
        stepKey: session.stepKey,
        position: session.position,
        startsAt,
        durationMinutes: session.durationMinutes,
        mode: input.mode,
        location: location || null,
        replacesAgreedTime,
        url: engagementPageUrl(engagement.id),
      }),
    );
    return engagement.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementId };
}
