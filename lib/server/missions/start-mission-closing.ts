import "server-only";
import type { Db } from "../../db/client";
import { checkEvent } from "../../domain/mission-lifecycle";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, moveMission, notifyParties } from "./mission-access";

/** After the last sessions, the coach opens the closing: indicators to evaluate, the coachee's synthesis. */
export async function startMissionClosing(
  prisma: Db,
  actor: Actor,
  input: { missionId: string },
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkEvent(mission.status, "startClosing", party);
    if (!check.ok) throw new DomainError(check.error);
    await moveMission(tx, mission.id, mission.status, check.value, {}, now);
    await audit(tx, {
      actorId: actor.id,
      action: "mission.start-closing",
      targetType: "Mission",
      targetId: mission.id,
    });
    await notifyParties(tx, mission, ["coachee"], "closingStarted", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
