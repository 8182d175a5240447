import "server-only";
import type { Db } from "../../db/client";
import { decideFitAnswer, fitOutcome, type FitOutcome } from "../../domain/fit-check";
import type { Actor } from "../../domain/roles";
import { notAFitEmail } from "../../email/fit-check-emails";
import { queueEmail } from "../../email/outbox";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { lockEngagement, lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { cancelEngagementSessions } from "../sessions/cancel-engagement-sessions";
import { lockEngagementForChange } from "../sessions/participation";

export type AnswerFitCheckInput = { engagementId: string; fits: boolean; comment?: string };

/**
 * After the introduction meeting, one of the engagement's two people says whether the pairing fits
 * (lib/domain/fit-check.ts), with an optional comment only they will read. Answers are final and
 * decided one after the other under the engagement's row lock, so two answers given at once make
 * one outcome. One "no" ends the engagement as not a fit: status ended and marked endedAsNotAFit
 * (not an early ending in the cohort's figures), the sessions still to come are cancelled as an
 * ending cancels them (calendars get the cancellation), the coach's place frees (capacity counts
 * active engagements), both are told in their language, and the client keeps their seat in the
 * cohort and may send a new request at once. Only the engagement's two people may answer; anyone
 * else is told it does not exist.
 */
export async function answerFitCheck(
  prisma: Db,
  actor: Actor,
  input: AnswerFitCheckInput,
  now: Date = new Date(),
): Promise<{ outcome: FitOutcome }> {
  const comment = input.comment?.trim() || null;
  const outcome = await prisma.$transaction(async (tx) => {
    // The coach's profile, then the client's row, then the engagement's (the order of lib/server/db/locks.ts).
    const { engagement, role } = await lockEngagementForChange(tx, actor, input.engagementId);
    await lockUser(tx, engagement.seekerId);
    await lockEngagement(tx, engagement.id);
    const participants = [engagement.seekerId, engagement.profile.userId] as [string, string];
    const plan = await tx.engagementSession.findMany({
      where: { engagementId: engagement.id },
      select: { position: true, status: true },
    });
    const answers = await tx.engagementFitAnswer.findMany({
      where: { engagementId: engagement.id },
      select: { userId: true, fits: true },
    });
    const mission = await tx.mission.findUnique({ where: { engagementId: engagement.id }, select: { id: true } });
    const current = await tx.engagement.findUniqueOrThrow({ where: { id: engagement.id }, select: { status: true } });
    const kind = await tx.matchingProfile.findUniqueOrThrow({
      where: { id: engagement.profileId },
      select: { kind: true },
    });
    const allowed = decideFitAnswer(
      {
        status: current.status,
        programmeType: engagement.programme.type,
        isMission: mission !== null,
        plan,
        answers,
        participants,
      },
      actor.id,
    );
    if (!allowed.ok) throw new DomainError(allowed.error);

    await tx.engagementFitAnswer.create({
      data: { engagementId: engagement.id, userId: actor.id, fits: input.fits, comment, answeredAt: now },
    });
    const result = fitOutcome([...answers, { userId: actor.id, fits: input.fits }], participants);
    // The comment is private to its author: the audit row says only that there is one.
    await audit(tx, {
      actorId: actor.id,
      action: "fit-check.answer",
      targetType: "Engagement",
      targetId: engagement.id,
      data: { fits: input.fits, side: role, commented: comment !== null, outcome: result },
    });
    if (result !== "notAFit") return result;

    const { count } = await tx.engagement.updateMany({
      where: { id: engagement.id, status: "active" },
      data: { status: "ended", endedAt: now, endedById: actor.id, endedAsNotAFit: true },
    });
    if (count !== 1) throw new DomainError("engagementNotActive");
    await audit(tx, {
      actorId: actor.id,
      action: "engagement.end",
      targetType: "Engagement",
      targetId: engagement.id,
      data: { notAFit: true, endedBy: role === "coach" ? "provider" : "seeker" },
    });
    await cancelEngagementSessions(tx, engagement.id, actor.id, now);
    const profileKind = kind.kind === "mentor" ? "mentor" : "coach";
    const client = engagement.seeker;
    const coach = engagement.profile.user;
    await queueEmail(
      tx,
      notAFitEmail(recipient(client), {
        otherName: coach.name,
        side: "client",
        kind: profileKind,
        url: appUrl(profileKind === "mentor" ? "/mentors" : "/coaches"),
      }),
    );
    await queueEmail(
      tx,
      notAFitEmail(recipient(coach), {
        otherName: client.name,
        side: "coach",
        kind: profileKind,
        url: appUrl(`/engagements/${engagement.id}`),
      }),
    );
    return result;
  }, TX_OPTIONS);
  void kickOutbox();
  return { outcome };
}
