import "server-only";
// What the two question verbs share inside their transactions: the choice's row lock (taken after
// the profile and the seeker's User row, lib/server/db/locks.ts) and the choice as they read it.
import type { Tx } from "../db/transaction";
import { recipientSelect } from "../recipients";

/**
 * Locks a request's choice (SELECT … FOR UPDATE): a question and an answer given at the same
 * instant, or a reply and the lapse job, are decided one after the other.
 */
export async function lockChoice(tx: Tx, choiceId: string): Promise<void> {
  await tx.$queryRaw`select "id" from "MatchRequestChoice" where "id" = ${choiceId} for update`;
}

/** The choice, its request, both people and its questions (oldest first), read under the lock. */
export function loadChoiceThread(tx: Tx, choiceId: string) {
  return tx.matchRequestChoice.findUnique({
    where: { id: choiceId },
    select: {
      id: true,
      status: true,
      dueAt: true,
      pausedAt: true,
      remainingSeconds: true,
      requestId: true,
      request: {
        select: {
          status: true,
          seekerId: true,
          programme: { select: { type: true } },
          seeker: { select: recipientSelect },
        },
      },
      profile: { select: { kind: true, user: { select: recipientSelect } } },
      questions: { orderBy: { askedAt: "asc" }, select: { id: true, askedAt: true, answeredAt: true } },
    },
  });
}
