import "server-only";
import type { Db } from "../../db/client";
import { checkAction } from "../../domain/mission-lifecycle";
import { MAX_SYNTHESIS } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { missionForActor } from "./mission-access";

/**
 * At the follow-up session, the coachee evaluates the impact of the coaching in their daily work
 * (sustained, partly, not sustained, and how). They choose whether the sponsor and HR read it.
 */
export async function recordFollowUpEvaluation(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; impact: "sustained" | "partly" | "not_sustained"; note: string; shared: boolean },
): Promise<void> {
  const note = input.note.trim();
  if (!note) throw new DomainError("impactNoteRequired");
  if (note.length > MAX_SYNTHESIS) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkAction(mission.status, "evaluateFollowUp", party);
    if (!check.ok) throw new DomainError(check.error);
    await tx.mission.update({
      where: { id: mission.id },
      data: { followUpImpact: input.impact, followUpNote: note, followUpShared: input.shared },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.follow-up.evaluate",
      targetType: "Mission",
      targetId: mission.id,
      data: { impact: input.impact, shared: input.shared },
    });
  }, TX_OPTIONS);
}
