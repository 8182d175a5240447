import "server-only";
import type { Db } from "../../db/client";
import { checkAction } from "../../domain/mission-lifecycle";
import { MAX_MISSION_TEXT } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, notifyParties } from "./mission-access";
import { writerLanguage } from "./writer-language";

/**
 * The coachee writes their own request (the second level of the request). They choose whether the
 * sponsor and HR may read it; the coach always does. The language it is written in is kept with it. They may rewrite it until the coach validates.
 */
export async function writeCoacheeRequest(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; coacheeRequest: string; shared: boolean; language?: Locale },
  now: Date = new Date(),
): Promise<void> {
  const text = input.coacheeRequest.trim();
  if (!text) throw new DomainError("coacheeRequestRequired");
  if (text.length > MAX_MISSION_TEXT) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkAction(mission.status, "writeCoacheeRequest", party);
    if (!check.ok) throw new DomainError(check.error);
    const before = await tx.mission.findUniqueOrThrow({
      where: { id: mission.id },
      select: { coacheeRequestAt: true },
    });
    await tx.mission.update({
      where: { id: mission.id },
      data: {
        coacheeRequest: text,
        coacheeRequestLanguage: await writerLanguage(tx, actor.id, input.language),
        coacheeRequestShared: input.shared,
        coacheeRequestAt: now,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.coachee-request",
      targetType: "Mission",
      targetId: mission.id,
      data: { shared: input.shared },
    });
    if (!before.coacheeRequestAt)
      await notifyParties(tx, mission, ["coach"], "coacheeRequestWritten", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
