import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { matchingRules } from "../../domain/matching-rules";
import { DomainError } from "../errors";
import { requestMatch } from "../requests/request-match";

/**
 * From the notice of an early ending: the client (mentee) asks the coach (mentor) their previous
 * coach proposed, in one step. Only the engagement's own client may follow its proposal, only when
 * the coach (mentor) ended it; the request itself is an ordinary one (requestMatch checks again
 * that the person proposed is listed with a free place, and that the asker still holds their seat).
 */
export async function requestProposed(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; message: string },
  now: Date = new Date(),
): Promise<{ requestId: string }> {
  const found = await prisma.engagement.findUnique({
    where: { id: input.engagementId },
    select: {
      seekerId: true,
      status: true,
      endedById: true,
      proposedProfileId: true,
      profile: { select: { userId: true, kind: true } },
    },
  });
  if (!found || found.seekerId !== actor.id) throw new DomainError("notFound");
  const kind = found.profile.kind;
  if (!can(actor.roles, matchingRules(kind).requestPermission)) throw new DomainError("forbidden");
  if (found.status !== "ended" || found.endedById !== found.profile.userId || !found.proposedProfileId)
    throw new DomainError("proposalUnavailable");
  return requestMatch(prisma, actor, { kind, profileIds: [found.proposedProfileId], message: input.message }, now);
}
