import "server-only";
import type { Db } from "../../db/client";
import { evaluateRefusal } from "../../domain/group-coaching";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { isUniqueViolation } from "../feedback/participant";
import { groupPart } from "./group-access";

/**
 * A member gives their own evaluation of a held session, once. Only they read it; the coach sees a
 * session's aggregate only past the confidentiality threshold (lib/domain/feedback.ts). The audit
 * row names the session, never the answers.
 */
export async function submitGroupFeedback(
  prisma: Db,
  actor: Actor,
  input: { groupId: string; sessionId: string; usefulness: number; comment: string | null },
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor.roles, "enrol:cohort:self")) throw new DomainError("forbidden");
  try {
    await prisma.$transaction(async (tx) => {
      const { part } = await groupPart(tx, actor, input.groupId);
      if (part !== "member") throw new DomainError("notFound");
      const session = await tx.coachingGroupSession.findFirst({
        where: { id: input.sessionId, groupId: input.groupId },
        select: { id: true, status: true, feedback: { where: { authorId: actor.id }, select: { id: true } } },
      });
      if (!session) throw new DomainError("notFound");
      const refusal = evaluateRefusal(session.status, session.feedback.length > 0);
      if (refusal) throw new DomainError(refusal);
      await tx.coachingGroupFeedback.create({
        data: {
          sessionId: session.id,
          authorId: actor.id,
          usefulness: input.usefulness,
          comment: input.comment,
          createdAt: now,
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "group.feedback",
        targetType: "CoachingGroupSession",
        targetId: session.id,
      });
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("feedbackAlreadyGiven");
    throw error;
  }
}
