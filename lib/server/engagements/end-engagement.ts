import "server-only";
import type { Db } from "../../db/client";
import { carriesEndingDuty, endReasonProblem, isEarlyEnding, replacementProblem } from "../../domain/early-ending";
import { MAX_REASON } from "../../domain/match-request";
import { can, type Actor } from "../../domain/roles";
import { queueEmail } from "../../email/outbox";
import { engagementEndedEmail } from "../../email/request-emails";
import { engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockProfile, lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { cancelEngagementSessions } from "../sessions/cancel-engagement-sessions";
import { countActiveEngagements } from "./count-active-engagements";

export type EndEngagementInput = {
  engagementId: string;
  reason: string;
  /** A coach or mentor ending early: another one they propose ("" or absent = none). */
  proposedProfileId?: string;
  /** A coach or mentor ending early: another way forward, in their words. */
  alternative?: string;
};

/**
 * Either person of an active engagement ends it early ("end the association") with a reason: the
 * coach's place frees at once and the other person is told. Ending is not completing.
 *
 * A coach or mentor stopping before the planned sessions are held carries the duty of
 * lib/domain/early-ending.ts: real reasons, and may propose another listed coach (mentor) of the
 * programme with a free place and/or an alternative. The client keeps their enrolment (their seat:
 * nothing here withdraws it or offers it to the waiting list) and is told at once, with the proposal.
 */
export async function endEngagement(
  prisma: Db,
  actor: Actor,
  input: EndEngagementInput,
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  const reason = input.reason.trim();
  const alternative = input.alternative?.trim() ?? "";
  const proposedId = input.proposedProfileId?.trim() ?? "";
  if (!reason) throw new DomainError("endReasonRequired");
  if (reason.length > MAX_REASON || alternative.length > MAX_REASON) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const found = await tx.engagement.findUnique({
      where: { id: input.engagementId },
      select: {
        profileId: true,
        seekerId: true,
        programmeId: true,
        status: true,
        profile: { select: { userId: true, kind: true } },
        programme: { select: { profileCapacityLimit: true } },
      },
    });
    // Only the two people of the engagement may see it at all.
    if (!found || (found.seekerId !== actor.id && found.profile.userId !== actor.id)) throw new DomainError("notFound");
    const byProvider = found.profile.userId === actor.id;
    const duty = carriesEndingDuty(byProvider ? "provider" : "seeker", found.profile.kind);
    const problem = endReasonProblem(reason, duty && isEarlyEnding(found));
    if (problem) throw new FieldDomainError(problem, "reason");
    // Only a coach or mentor stopping early proposes; nobody else may point the client elsewhere.
    if ((proposedId || alternative) && !duty) throw new FieldDomainError("replacementNotEligible", "proposedProfileId");

    await lockProfile(tx, { id: found.profileId });
    await lockUser(tx, found.seekerId);
    let proposedName: string | null = null;
    if (proposedId) {
      const candidate = await tx.matchingProfile.findUnique({
        where: { id: proposedId },
        select: {
          id: true,
          userId: true,
          kind: true,
          programmeId: true,
          status: true,
          availability: true,
          capacity: true,
          credentialLapsedAt: true,
          user: { select: { disabledAt: true, name: true } },
        },
      });
      const refused = replacementProblem(
        candidate && { ...candidate, active: await countActiveEngagements(tx, candidate.id) },
        {
          kind: found.profile.kind,
          programmeId: found.programmeId,
          profileCapacityLimit: found.programme.profileCapacityLimit,
          providerUserId: found.profile.userId,
          seekerId: found.seekerId,
        },
      );
      if (refused) throw new FieldDomainError(refused, "proposedProfileId");
      proposedName = candidate!.user.name;
    }

    const { count } = await tx.engagement.updateMany({
      where: { id: input.engagementId, status: "active" },
      data: {
        status: "ended",
        endedAt: now,
        endReason: reason,
        endedById: actor.id,
        proposedProfileId: proposedId || null,
        endAlternative: alternative || null,
      },
    });
    if (count !== 1) throw new DomainError("engagementNotActive");
    await audit(tx, {
      actorId: actor.id,
      action: "engagement.end",
      targetType: "Engagement",
      targetId: input.engagementId,
      data: {
        reason,
        endedBy: byProvider ? "provider" : "seeker",
        ...(duty ? { early: true, proposedProfileId: proposedId || null, alternative: alternative || null } : {}),
      },
    });
    await cancelEngagementSessions(tx, input.engagementId, actor.id, now);
    const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    const other = await tx.user.findUniqueOrThrow({
      where: { id: byProvider ? found.seekerId : found.profile.userId },
      select: recipientSelect,
    });
    await queueEmail(
      tx,
      engagementEndedEmail(recipient(other), {
        endedByName: me.name,
        reason,
        url: engagementsUrl(),
        ...(duty ? { chooseAgain: { kind: found.profile.kind, proposedName, alternative: alternative || null } } : {}),
      }),
    );
  }, TX_OPTIONS);
  void kickOutbox();
}
