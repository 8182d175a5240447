import "server-only";
import type { Db } from "../../db/client";
import { MAX_REASON } from "../../domain/match-request";
import { can, type Actor } from "../../domain/roles";
import { queueEmail } from "../../email/outbox";
import { engagementEndedEmail } from "../../email/request-emails";
import { engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockProfile, lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { cancelEngagementSessions } from "../sessions/cancel-engagement-sessions";

/**
 * Either person of an active engagement ends it early ("end the association") with a reason:
 * the coach's place frees at once and the other person is told. Ending is not completing.
 */
export async function endEngagement(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; reason: string },
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("endReasonRequired");
  if (reason.length > MAX_REASON) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const found = await tx.engagement.findUnique({
      where: { id: input.engagementId },
      select: { profileId: true, seekerId: true, profile: { select: { userId: true } } },
    });
    // Only the two people of the engagement may see it at all.
    if (!found || (found.seekerId !== actor.id && found.profile.userId !== actor.id)) throw new DomainError("notFound");
    await lockProfile(tx, { id: found.profileId });
    await lockUser(tx, found.seekerId);
    const { count } = await tx.engagement.updateMany({
      where: { id: input.engagementId, status: "active" },
      data: { status: "ended", endedAt: now, endReason: reason, endedById: actor.id },
    });
    if (count !== 1) throw new DomainError("engagementNotActive");
    await audit(tx, {
      actorId: actor.id,
      action: "engagement.end",
      targetType: "Engagement",
      targetId: input.engagementId,
      data: { reason },
    });
    await cancelEngagementSessions(tx, input.engagementId, actor.id, now);
    const byCoach = found.profile.userId === actor.id;
    const [me, other] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } }),
      tx.user.findUniqueOrThrow({
        where: { id: byCoach ? found.seekerId : found.profile.userId },
        select: recipientSelect,
      }),
    ]);
    await queueEmail(
      tx,
      engagementEndedEmail(recipient(other), { endedByName: me.name, reason, url: engagementsUrl() }),
    );
  }, TX_OPTIONS);
  void kickOutbox();
}
