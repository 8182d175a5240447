import "server-only";
import { continuationOutcome, stepBlocked } from "../../domain/continuation";
import type { Tx } from "../db/transaction";
import { DomainError } from "../errors";

/**
 * Inside a session verb's transaction: refuses a change to a session that waits for both answers
 * after the mentoring review (sessions 7–9 until both said yes). Plans without a continuation
 * point are never blocked.
 */
export async function assertStepNotBlocked(
  tx: Tx,
  engagement: { id: string; seekerId: string; profile: { userId: string } },
  session: { position: number },
): Promise<void> {
  const plan = await tx.engagementSession.findMany({
    where: { engagementId: engagement.id },
    select: { position: true, stepKey: true, status: true },
  });
  if (!stepBlocked(session.position, plan, "pending")) return;
  const decisions = await tx.continuationDecision.findMany({
    where: { engagementId: engagement.id },
    select: { userId: true, wantsToContinue: true },
  });
  const outcome = continuationOutcome(decisions, [engagement.seekerId, engagement.profile.userId]);
  if (stepBlocked(session.position, plan, outcome)) throw new DomainError("continuationPending");
}
