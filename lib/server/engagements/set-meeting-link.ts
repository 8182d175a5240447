import "server-only";
import type { Db } from "../../db/client";
import { isMeetingUrl } from "../../domain/meeting-link";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";

/**
 * Either of an active engagement's two people sets (or, with "", removes) its default online-meeting
 * link, which every video session without a link of its own then uses: in its invitation, its
 * reminder, the feed and its card. Anyone else learns nothing ("notFound").
 */
export async function setMeetingLink(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; meetingUrl: string },
): Promise<{ meetingUrl: string | null }> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  const meetingUrl = input.meetingUrl.trim() || null;
  if (meetingUrl && !isMeetingUrl(meetingUrl)) throw new FieldDomainError("meetingUrlInvalid", "meetingUrl");
  await prisma.$transaction(async (tx) => {
    const found = await tx.engagement.findUnique({
      where: { id: input.engagementId },
      select: { seekerId: true, meetingUrl: true, profile: { select: { userId: true } } },
    });
    if (!found || (found.seekerId !== actor.id && found.profile.userId !== actor.id)) throw new DomainError("notFound");
    const { count } = await tx.engagement.updateMany({
      where: { id: input.engagementId, status: "active" },
      data: { meetingUrl },
    });
    if (count !== 1) throw new DomainError("engagementNotActive");
    await audit(tx, {
      actorId: actor.id,
      action: "engagement.meeting-link",
      targetType: "Engagement",
      targetId: input.engagementId,
      data: { meetingUrl, previous: found.meetingUrl },
    });
  }, TX_OPTIONS);
  return { meetingUrl };
}
