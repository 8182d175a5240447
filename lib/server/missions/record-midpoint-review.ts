import "server-only";
import type { Db } from "../../db/client";
import { checkEvent, MIDPOINT_EVENT, type MidpointDecision } from "../../domain/mission-lifecycle";
import { MAX_REASON_TEXT } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { ALL_PARTIES, missionForActor, moveMission, notifyParties } from "./mission-access";

/**
 * The coach records the mid-point review held with the coachee and the manager: continue, adjust
 * (saying what changes), or end early because the objectives are met — which opens the closing.
 */
export async function recordMidpointReview(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; decision: MidpointDecision; note: string },
  now: Date = new Date(),
): Promise<void> {
  const note = input.note.trim();
  if (input.decision === "adjust" && !note) throw new DomainError("adjustNoteRequired");
  if (note.length > MAX_REASON_TEXT) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkEvent(mission.status, MIDPOINT_EVENT[input.decision], party);
    if (!check.ok) throw new DomainError(check.error);
    await moveMission(
      tx,
      mission.id,
      mission.status,
      check.value,
      { midpointDecision: input.decision, midpointNote: note || null },
      now,
    );
    const milestone = await tx.missionMilestone.findUniqueOrThrow({
      where: { missionId_kind: { missionId: mission.id, kind: "midpoint_review" } },
    });
    await tx.missionMilestone.update({
      where: { id: milestone.id },
      data: { status: "held", heldAt: now, scheduledAt: milestone.scheduledAt ?? now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.midpoint",
      targetType: "Mission",
      targetId: mission.id,
      data: { decision: input.decision },
    });
    await notifyParties(tx, mission, ALL_PARTIES, "midpointRecorded", { actorId: actor.id });
    if (check.value === "closing")
      await notifyParties(tx, mission, ["coachee"], "closingStarted", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
