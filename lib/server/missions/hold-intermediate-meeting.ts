import "server-only";
import type { Db } from "../../db/client";
import { canManageIntermediateMeeting } from "../../domain/mission-framing";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { missionForActor } from "./mission-access";

/** The coach records that an intermediate meeting was held (the mission keeps its step). */
export async function holdIntermediateMeeting(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; meetingId: string },
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const meeting = await tx.missionIntermediateMeeting.findFirst({
      where: { id: input.meetingId, missionId: mission.id },
      select: { id: true, status: true, scheduledAt: true },
    });
    if (!meeting) throw new DomainError("notFound");
    const check = canManageIntermediateMeeting(mission.status, party, meeting);
    if (!check.ok) throw new DomainError(check.error);
    const { count } = await tx.missionIntermediateMeeting.updateMany({
      where: { id: meeting.id, status: { not: "held" } },
      data: { status: "held", heldAt: now, scheduledAt: meeting.scheduledAt ?? now },
    });
    if (count !== 1) throw new DomainError("milestoneAlreadyHeld");
    await audit(tx, {
      actorId: actor.id,
      action: "mission.intermediate.hold",
      targetType: "Mission",
      targetId: mission.id,
      data: { meetingId: meeting.id },
    });
  }, TX_OPTIONS);
}
