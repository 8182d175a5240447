import "server-only";
import type { Db } from "../../db/client";
import { checkEvent } from "../../domain/mission-lifecycle";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, moveMission, notifyParties } from "./mission-access";

/**
 * The coachee decides freely whether to go ahead. Consenting opens the proposal; declining ends
 * the mission without consequence — no reason is asked, and the others learn only the decision.
 */
export async function decideMissionConsent(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; decision: "consent" | "decline" },
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkEvent(mission.status, input.decision, party);
    if (!check.ok) throw new DomainError(check.error);
    await moveMission(
      tx,
      mission.id,
      mission.status,
      check.value,
      input.decision === "consent" ? { consentedAt: now } : { declinedAt: now },
      now,
    );
    await audit(tx, {
      actorId: actor.id,
      action: `mission.${input.decision}`,
      targetType: "Mission",
      targetId: mission.id,
    });
    await notifyParties(
      tx,
      mission,
      ["coach", "sponsor", "hr"],
      input.decision === "consent" ? "consented" : "declined",
      { actorId: actor.id },
    );
  }, TX_OPTIONS);
  void kickOutbox();
}
