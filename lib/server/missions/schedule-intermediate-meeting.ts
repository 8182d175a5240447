import "server-only";
import type { Db } from "../../db/client";
import { canManageIntermediateMeeting, INTERMEDIATE_ATTENDEES } from "../../domain/mission-framing";
import type { Actor } from "../../domain/roles";
import { isKnownTimeZone, localTimeToInstant } from "../../domain/session-schedule";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, notifyParties } from "./mission-access";

/** The coach sets (or moves) the date of an intermediate meeting, like a milestone's; every party is told. */
export async function scheduleIntermediateMeeting(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; meetingId: string; at: string },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const meeting = await tx.missionIntermediateMeeting.findFirst({
      where: { id: input.meetingId, missionId: mission.id },
      select: { id: true, status: true },
    });
    if (!meeting) throw new DomainError("notFound");
    const check = canManageIntermediateMeeting(mission.status, party, meeting);
    if (!check.ok) throw new DomainError(check.error);
    const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
    const at = localTimeToInstant(input.at, isKnownTimeZone(me.timeZone) ? me.timeZone : "UTC");
    if (!at) throw new DomainError("milestoneDateRequired");
    await tx.missionIntermediateMeeting.update({
      where: { id: meeting.id },
      data: { status: "scheduled", scheduledAt: at },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.intermediate.schedule",
      targetType: "Mission",
      targetId: mission.id,
      data: { meetingId: meeting.id, at: at.toISOString() },
    });
    await notifyParties(tx, mission, INTERMEDIATE_ATTENDEES, "intermediateScheduled", {
      actorId: actor.id,
      values: { when: at },
    });
  }, TX_OPTIONS);
  void kickOutbox();
}
