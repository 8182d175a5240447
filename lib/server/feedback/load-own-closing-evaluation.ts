import "server-only";
import type { Db } from "../../db/client";
import type { ObjectivesMet } from "../../domain/feedback";

export type OwnClosingEvaluation = {
  usefulness: number;
  objectivesMet: ObjectivesMet;
  wouldRecommend: boolean;
  comment: string | null;
  createdAt: Date;
};

/** The viewer's own closing evaluation of an engagement, or null: never the other participant's. */
export async function loadOwnClosingEvaluation(
  prisma: Db,
  viewerId: string,
  engagementId: string,
): Promise<OwnClosingEvaluation | null> {
  const row = await prisma.closingEvaluation.findUnique({
    where: { engagementId_authorId: { engagementId, authorId: viewerId } },
    select: { usefulness: true, objectivesMet: true, wouldRecommend: true, comment: true, createdAt: true },
  });
  return row;
}
