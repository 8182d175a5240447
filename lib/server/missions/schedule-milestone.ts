import "server-only";
import type { Db } from "../../db/client";
import { canScheduleMilestone, MILESTONE_ATTENDEES, type MilestoneKind } from "../../domain/mission-lifecycle";
import type { Actor } from "../../domain/roles";
import { stepOf } from "../../domain/session-plans";
import { isKnownTimeZone, localTimeToInstant } from "../../domain/session-schedule";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, notifyParties } from "./mission-access";

/** The coach sets (or moves) the date of a milestone; the people who take part in it are told. */
export async function scheduleMilestone(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; kind: MilestoneKind; at: string },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const check = canScheduleMilestone(mission.status, input.kind, party);
    if (!check.ok) throw new DomainError(check.error);
    const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
    const at = localTimeToInstant(input.at, isKnownTimeZone(me.timeZone) ? me.timeZone : "UTC");
    if (!at) throw new DomainError("milestoneDateRequired");
    const milestone = await tx.missionMilestone.findUniqueOrThrow({
      where: { missionId_kind: { missionId: mission.id, kind: input.kind } },
    });
    if (milestone.status === "held") throw new DomainError("milestoneAlreadyHeld");
    await tx.missionMilestone.update({ where: { id: milestone.id }, data: { status: "scheduled", scheduledAt: at } });
    // The coaching plan's mid-point session is suggested on the mission's mid-point review day, on
    // every page that shows it, until someone proposes a time for it.
    if (input.kind === "midpoint_review" && mission.engagementId) {
      const planned = await tx.engagementSession.findMany({
        where: { engagementId: mission.engagementId, status: "planned" },
        select: { id: true, stepKey: true },
      });
      const midpoint = planned.find((s) => stepOf(s.stepKey)?.midpoint === true);
      if (midpoint) await tx.engagementSession.update({ where: { id: midpoint.id }, data: { suggestedAt: at } });
    }
    await audit(tx, {
      actorId: actor.id,
      action: "mission.milestone.schedule",
      targetType: "Mission",
      targetId: mission.id,
      data: { kind: input.kind, at: at.toISOString() },
    });
    await notifyParties(tx, mission, MILESTONE_ATTENDEES[input.kind], "milestoneScheduled", {
      actorId: actor.id,
      values: { milestone: input.kind, when: at },
    });
  }, TX_OPTIONS);
  void kickOutbox();
}
