import "server-only";
import type { Db } from "../../db/client";
import { checkEvent } from "../../domain/mission-lifecycle";
import { MAX_REASON_TEXT } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, moveMission, notifyParties } from "./mission-access";

/**
 * A party asks for changes to the open contract instead of accepting it: that version is
 * superseded and the mission goes back to the proposal, which the coach revises; its approval
 * makes the next contract version.
 */
export async function requestContractChanges(
  prisma: Db,
  actor: Actor,
  input: { contractId: string; comment: string },
  now: Date = new Date(),
): Promise<void> {
  const comment = input.comment.trim();
  if (!comment) throw new DomainError("changesCommentRequired");
  if (comment.length > MAX_REASON_TEXT) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const target = await tx.missionContract.findUnique({
      where: { id: input.contractId },
      select: { missionId: true },
    });
    if (!target) throw new DomainError("notFound");
    const { mission, party } = await missionForActor(tx, actor, target.missionId);
    const check = checkEvent(mission.status, "requestContractChanges", party);
    if (!check.ok) throw new DomainError(check.error);
    const { count } = await tx.missionContract.updateMany({
      where: { id: input.contractId, status: "open" },
      data: { status: "superseded", changesRequestedBy: party, changesComment: comment },
    });
    if (count !== 1) throw new DomainError("contractNotOpen");
    await moveMission(tx, mission.id, mission.status, check.value, {}, now);
    await audit(tx, {
      actorId: actor.id,
      action: "mission.contract.changes",
      targetType: "Mission",
      targetId: mission.id,
      data: { contractId: input.contractId },
    });
    await notifyParties(tx, mission, ["coach"], "contractChangesRequested", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
