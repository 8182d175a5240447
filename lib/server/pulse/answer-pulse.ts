import "server-only";
import type { Db } from "../../db/client";
import { decidePulse, isPulseScore } from "../../domain/relationship-pulse";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockEngagement } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { lockEngagementForChange } from "../sessions/participation";

export type AnswerPulseInput = { engagementId: string; score: number; comment?: string };

/**
 * Midway through a peer coaching or mentoring engagement (lib/domain/relationship-pulse.ts), one
 * of its two people answers "how is it going?" from 1 to 5, with an optional comment, once. The
 * answer is private to its author: nobody is told, the other person never sees it, and the audit
 * row records neither the score nor the comment (programme admins see only aggregates over five
 * answers). Only the engagement's two people may answer; anyone else is told it does not exist.
 */
export async function answerPulse(
  prisma: Db,
  actor: Actor,
  input: AnswerPulseInput,
  now: Date = new Date(),
): Promise<void> {
  if (!isPulseScore(input.score)) throw new FieldDomainError("pulseScoreRequired", "score");
  const comment = input.comment?.trim() || null;
  await prisma.$transaction(async (tx) => {
    const { engagement, role } = await lockEngagementForChange(tx, actor, input.engagementId);
    // Two answers sent at once by the same person make one (the row lock, then the unique pair).
    await lockEngagement(tx, engagement.id);
    const plan = await tx.engagementSession.findMany({
      where: { engagementId: engagement.id },
      select: { stepKey: true, status: true },
    });
    const mine = await tx.relationshipPulse.count({ where: { engagementId: engagement.id, userId: actor.id } });
    const mission = await tx.mission.findUnique({ where: { engagementId: engagement.id }, select: { id: true } });
    const allowed = decidePulse({
      status: engagement.status,
      programmeType: engagement.programme.type,
      sessionPlan: engagement.programme.sessionPlan,
      isMission: mission !== null,
      plan,
      answered: mine > 0,
    });
    if (!allowed.ok) throw new DomainError(allowed.error);
    await tx.relationshipPulse.create({
      data: { engagementId: engagement.id, userId: actor.id, role, score: input.score, comment, answeredAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "pulse.answer",
      targetType: "Engagement",
      targetId: engagement.id,
      data: { side: role },
    });
  }, TX_OPTIONS);
}
