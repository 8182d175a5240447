import "server-only";
import type { Db } from "../../db/client";
import { checkEvent } from "../../domain/mission-lifecycle";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, moveMission, notifyParties } from "./mission-access";

/** The coach confirms that the organisation's request and the coachee's own request agree: framing starts. */
export async function validateMissionRequests(
  prisma: Db,
  actor: Actor,
  input: { missionId: string },
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const row = await tx.mission.findUniqueOrThrow({ where: { id: mission.id }, select: { coacheeRequest: true } });
    const check = checkEvent(mission.status, "validateRequests", party, {
      hasCoacheeRequest: Boolean(row.coacheeRequest),
    });
    if (!check.ok) throw new DomainError(check.error);
    await moveMission(tx, mission.id, mission.status, check.value, { requestsValidatedAt: now }, now);
    await audit(tx, {
      actorId: actor.id,
      action: "mission.validate-requests",
      targetType: "Mission",
      targetId: mission.id,
    });
    await notifyParties(tx, mission, ["coachee", "sponsor", "hr"], "requestsValidated", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
