import "server-only";
import type { Db } from "../../db/client";
import {
  canGiveClosingEvaluation,
  isObjectivesMet,
  MAX_FEEDBACK_COMMENT,
  USEFULNESS_MAX,
  USEFULNESS_MIN,
} from "../../domain/feedback";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { findOwnEngagement, isUniqueViolation } from "./participant";

export type ClosingEvaluationSubmission = {
  engagementId: string;
  usefulness: number;
  objectivesMet: string;
  wouldRecommend: boolean;
  comment?: string | null;
};

/**
 * A participant's closing evaluation of their completed engagement: once per person, never
 * changed afterwards, read by its author only (programme admins see aggregates).
 */
export async function submitClosingEvaluation(
  prisma: Db,
  actor: Actor,
  input: ClosingEvaluationSubmission,
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  if (!Number.isInteger(input.usefulness) || input.usefulness < USEFULNESS_MIN || input.usefulness > USEFULNESS_MAX)
    throw new DomainError("usefulnessRequired");
  const objectivesMet = input.objectivesMet;
  if (!isObjectivesMet(objectivesMet)) throw new DomainError("objectivesMetRequired");
  if (typeof input.wouldRecommend !== "boolean") throw new DomainError("recommendRequired");
  const comment = (input.comment ?? "").trim() || null;
  if (comment && comment.length > MAX_FEEDBACK_COMMENT) throw new DomainError("textTooLong");

  try {
    await prisma.$transaction(async (tx) => {
      const engagement = await findOwnEngagement(tx, input.engagementId, actor.id);
      if (!engagement) throw new DomainError("notFound");
      if (!canGiveClosingEvaluation(engagement.status)) throw new DomainError("engagementNotCompleted");
      const existing = await tx.closingEvaluation.findUnique({
        where: { engagementId_authorId: { engagementId: engagement.id, authorId: actor.id } },
        select: { id: true },
      });
      if (existing) throw new DomainError("closingAlreadyGiven");
      const created = await tx.closingEvaluation.create({
        data: {
          engagementId: engagement.id,
          authorId: actor.id,
          usefulness: input.usefulness,
          objectivesMet,
          wouldRecommend: input.wouldRecommend,
          comment,
          createdAt: now,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "engagement.closing-evaluation",
        targetType: "Engagement",
        targetId: engagement.id,
        data: { evaluationId: created.id },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("closingAlreadyGiven");
    throw error;
  }
}
