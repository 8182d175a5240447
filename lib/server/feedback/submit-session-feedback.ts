import "server-only";
import type { Db } from "../../db/client";
import {
  canEvaluateSession,
  MAX_FEEDBACK_COMMENT,
  USEFULNESS_MAX,
  USEFULNESS_MIN,
  isHelpedChoice,
  type HelpedChoice,
} from "../../domain/feedback";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { findOwnEngagement, isUniqueViolation } from "./participant";

export type SessionFeedbackSubmission = {
  engagementId: string;
  sessionId: string;
  usefulness: number;
  helped: readonly string[];
  comment?: string | null;
};

/**
 * A participant's one-minute evaluation of a completed session of their own engagement: once per
 * person and session, never changed afterwards. Confidential: the audit row records that an
 * evaluation was given, not what it says; nobody else is told.
 */
export async function submitSessionFeedback(
  prisma: Db,
  actor: Actor,
  input: SessionFeedbackSubmission,
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  if (!Number.isInteger(input.usefulness) || input.usefulness < USEFULNESS_MIN || input.usefulness > USEFULNESS_MAX)
    throw new DomainError("usefulnessRequired");
  const helped = [...new Set(input.helped)];
  if (!helped.every(isHelpedChoice)) throw new DomainError("invalidInput");
  const comment = (input.comment ?? "").trim() || null;
  if (comment && comment.length > MAX_FEEDBACK_COMMENT) throw new DomainError("textTooLong");

  try {
    await prisma.$transaction(async (tx) => {
      const engagement = await findOwnEngagement(tx, input.engagementId, actor.id);
      if (!engagement) throw new DomainError("notFound");
      const session = await tx.engagementSession.findUnique({
        where: { id: input.sessionId },
        select: { engagementId: true, status: true },
      });
      if (!session || session.engagementId !== engagement.id) throw new DomainError("notFound");
      if (!canEvaluateSession(session.status)) throw new DomainError("sessionNotCompleted");
      const existing = await tx.sessionFeedback.findUnique({
        where: { sessionId_authorId: { sessionId: input.sessionId, authorId: actor.id } },
        select: { id: true },
      });
      if (existing) throw new DomainError("feedbackAlreadyGiven");
      const created = await tx.sessionFeedback.create({
        data: {
          sessionId: input.sessionId,
          authorId: actor.id,
          usefulness: input.usefulness,
          helped: helped as HelpedChoice[],
          comment,
          createdAt: now,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "session.feedback",
        targetType: "EngagementSession",
        targetId: input.sessionId,
        data: { feedbackId: created.id },
      });
    });
  } catch (error) {
    // Two submissions at once (a double click, two tabs): the unique index keeps one.
    if (isUniqueViolation(error)) throw new DomainError("feedbackAlreadyGiven");
    throw error;
  }
}
