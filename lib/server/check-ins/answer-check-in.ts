import "server-only";
import type { Db } from "../../db/client";
import { MAX_CHECK_IN_ANSWER } from "../../domain/check-ins";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { missionForActor, notifyParties } from "../missions/mission-access";
import { kickOutbox } from "../outbox-worker";

/** The coach answers a check-in of their coachee (once); the coachee is told by e-mail (without the text). */
export async function answerCheckIn(
  prisma: Db,
  actor: Actor,
  input: { checkInId: string; answer: string },
  now: Date = new Date(),
): Promise<void> {
  const answer = input.answer.trim();
  if (!answer) throw new DomainError("checkInAnswerRequired");
  if (answer.length > MAX_CHECK_IN_ANSWER) throw new DomainError("textTooLong");
  await prisma.$transaction(async (tx) => {
    const target = await tx.checkIn.findUnique({ where: { id: input.checkInId }, select: { missionId: true } });
    if (!target) throw new DomainError("notFound");
    const { mission, party } = await missionForActor(tx, actor, target.missionId);
    // Only the coachee and the coach may know the check-in exists; only the coach answers it.
    if (party === "sponsor" || party === "hr") throw new DomainError("notFound");
    if (party !== "coach") throw new DomainError("forbidden");
    const { count } = await tx.checkIn.updateMany({
      where: { id: input.checkInId, answeredAt: null },
      data: { answer, answeredAt: now },
    });
    if (count !== 1) throw new DomainError("checkInAlreadyAnswered");
    await audit(tx, {
      actorId: actor.id,
      action: "check-in.answer",
      targetType: "CheckIn",
      targetId: input.checkInId,
      data: { missionId: mission.id },
    });
    await notifyParties(tx, mission, ["coachee"], "checkInAnswered", { actorId: actor.id });
  }, TX_OPTIONS);
  void kickOutbox();
}
