import "server-only";
import type { Db } from "../../db/client";
import { isHelpedChoice, type HelpedChoice } from "../../domain/feedback";

/** The viewer's own one-minute evaluation of a session: never anybody else's. */
export type OwnFeedback = { usefulness: number; helped: HelpedChoice[]; comment: string | null; createdAt: Date };

/**
 * The viewer's own evaluations of the sessions of one engagement, by session id. Only rows the
 * viewer wrote are read, so the other participant's evaluations can never appear here.
 */
export async function loadOwnFeedback(
  prisma: Db,
  viewerId: string,
  engagementId: string,
): Promise<Map<string, OwnFeedback>> {
  const rows = await prisma.sessionFeedback.findMany({
    where: { authorId: viewerId, session: { engagementId } },
    select: { sessionId: true, usefulness: true, helped: true, comment: true, createdAt: true },
  });
  return new Map(
    rows.map((r) => [
      r.sessionId,
      { usefulness: r.usefulness, helped: r.helped.filter(isHelpedChoice), comment: r.comment, createdAt: r.createdAt },
    ]),
  );
}
