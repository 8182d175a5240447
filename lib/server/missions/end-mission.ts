import "server-only";
import type { Db } from "../../db/client";
import { checkEvent } from "../../domain/mission-lifecycle";
import { MAX_REASON_TEXT } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import type { ErrorKey } from "../../i18n/keys";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { ALL_PARTIES, missionForActor, moveMission, notifyParties } from "./mission-access";

function checked(text: string, code: ErrorKey): string {
  const t = text.trim();
  if (!t) throw new DomainError(code);
  if (t.length > MAX_REASON_TEXT) throw new DomainError("textTooLong");
  return t;
}

/** The coach refuses the mission before the contract is accepted, giving the reason (ethics charter: refusal). */
export async function refuseMission(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; reason: string },
  now: Date = new Date(),
): Promise<void> {
  const reason = checked(input.reason, "refusalReasonRequired");
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkEvent(mission.status, "refuse", party);
    if (!check.ok) throw new DomainError(check.error);
    await moveMission(tx, mission.id, mission.status, check.value, { refusedAt: now, refusalReason: reason }, now);
    await tx.missionContract.updateMany({
      where: { missionId: mission.id, status: "open" },
      data: { status: "superseded" },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.refuse",
      targetType: "Mission",
      targetId: mission.id,
      data: { reason },
    });
    await notifyParties(tx, mission, ALL_PARTIES, "refused", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}

/**
 * The coach stops a mission under contract when they can no longer work within its terms or keep
 * their coaching stance, explaining why and proposing other options (ethics charter: stopping a
 * mission). The engagement ends with the same reason, freeing the coach's place.
 */
export async function stopMission(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; reason: string; alternatives: string },
  now: Date = new Date(),
): Promise<void> {
  const reason = checked(input.reason, "stopReasonRequired");
  const alternatives = checked(input.alternatives, "stopAlternativesRequired");
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkEvent(mission.status, "stop", party);
    if (!check.ok) throw new DomainError(check.error);
    await moveMission(
      tx,
      mission.id,
      mission.status,
      check.value,
      { stoppedAt: now, stopReason: reason, stopAlternatives: alternatives },
      now,
    );
    if (mission.engagementId) {
      await tx.engagement.updateMany({
        where: { id: mission.engagementId, status: "active" },
        data: { status: "ended", endedAt: now, endReason: reason, endedById: actor.id },
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: "mission.stop",
      targetType: "Mission",
      targetId: mission.id,
      data: { reason, alternatives },
    });
    await notifyParties(tx, mission, ALL_PARTIES, "stopped", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
