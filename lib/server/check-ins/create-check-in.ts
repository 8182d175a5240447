import "server-only";
import type { Db } from "../../db/client";
import { checkInDueAt, MAX_CHECK_IN, MAX_PREFERRED_TIMES, type CheckInKind } from "../../domain/check-ins";
import { checkAction } from "../../domain/mission-lifecycle";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { missionForActor, notifyParties } from "../missions/mission-access";
import { kickOutbox } from "../outbox-worker";

/**
 * Between sessions, the coachee sends their coach a short message or asks for a 10–15 minute call.
 * The coach answers within two days, or two working days where the mission's programme counts
 * working days. Only the two of them ever read it; the e-mail to the coach carries no text.
 */
export async function createCheckIn(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; kind: CheckInKind; body: string; preferredTimes: string },
  now: Date = new Date(),
): Promise<{ checkInId: string; dueAt: Date }> {
  const body = input.body.trim();
  const preferredTimes = input.kind === "call" ? input.preferredTimes.trim() : "";
  if (!body) throw new DomainError("checkInBodyRequired");
  if (body.length > MAX_CHECK_IN || preferredTimes.length > MAX_PREFERRED_TIMES) throw new DomainError("textTooLong");
  const result = await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = checkAction(mission.status, "createCheckIn", party);
    if (!check.ok) throw new DomainError(check.error);
    const { checkInWorkingDays } = await tx.programme.findUniqueOrThrow({
      where: { id: mission.programmeId },
      select: { checkInWorkingDays: true },
    });
    const dueAt = checkInDueAt(now, checkInWorkingDays);
    const row = await tx.checkIn.create({
      data: {
        missionId: mission.id,
        authorId: actor.id,
        kind: input.kind,
        body,
        preferredTimes: preferredTimes || null,
        createdAt: now,
        dueAt,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "check-in.create",
      targetType: "CheckIn",
      targetId: row.id,
      data: { missionId: mission.id, kind: input.kind },
    });
    await notifyParties(tx, mission, ["coach"], "checkInCreated", { actorId: actor.id, values: { when: dueAt } });
    return { checkInId: row.id, dueAt };
  }, TX_OPTIONS);
  void kickOutbox();
  return result;
}
