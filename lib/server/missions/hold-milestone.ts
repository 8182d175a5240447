import "server-only";
import type { Db } from "../../db/client";
import {
  checkAction,
  checkEvent,
  followUpDate,
  MILESTONE_EVENT,
  type MilestoneKind,
} from "../../domain/mission-lifecycle";
import { DEFAULT_TERMS } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { ALL_PARTIES, missionForActor, moveMission, notifyParties } from "./mission-access";

export type HeldMilestone = Exclude<MilestoneKind, "midpoint_review">;

/**
 * The coach records that a milestone was held. Holding the preliminary meeting, the coachee
 * meeting, the final tripartite meeting or the follow-up moves the mission on (lib/domain/
 * mission-lifecycle.ts); the final meeting needs every indicator evaluated and the coachee's
 * synthesis presented, sets the follow-up's date from the contract and completes the
 * engagement; the follow-up needs the coachee's evaluation of the impact.
 */
export async function holdMilestone(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; kind: HeldMilestone },
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const event = MILESTONE_EVENT[input.kind];
    const row = await tx.mission.findUniqueOrThrow({
      where: { id: mission.id },
      select: {
        synthesisPresentedAt: true,
        followUpImpact: true,
        indicators: { select: { result: true } },
        contracts: {
          where: { status: "accepted" },
          orderBy: { version: "desc" },
          take: 1,
          select: { proposal: { select: { followUpMonths: true } } },
        },
      },
    });
    let to = mission.status;
    if (event) {
      const check = checkEvent(mission.status, event, party, {
        indicatorsTotal: row.indicators.length,
        indicatorsEvaluated: row.indicators.filter((i) => i.result).length,
        synthesisPresented: Boolean(row.synthesisPresentedAt),
        followUpEvaluated: Boolean(row.followUpImpact),
      });
      if (!check.ok) throw new DomainError(check.error);
      to = check.value;
    } else {
      const check = checkAction(mission.status, "holdClosingSession", party);
      if (!check.ok) throw new DomainError(check.error);
    }
    const milestone = await tx.missionMilestone.findUniqueOrThrow({
      where: { missionId_kind: { missionId: mission.id, kind: input.kind } },
    });
    if (milestone.status === "held") throw new DomainError("milestoneAlreadyHeld");
    await tx.missionMilestone.update({
      where: { id: milestone.id },
      data: { status: "held", heldAt: now, scheduledAt: milestone.scheduledAt ?? now },
    });
    if (to !== mission.status) await moveMission(tx, mission.id, mission.status, to, {}, now);
    await audit(tx, {
      actorId: actor.id,
      action: "mission.milestone.hold",
      targetType: "Mission",
      targetId: mission.id,
      data: { kind: input.kind, status: to },
    });

    if (input.kind === "final_meeting") {
      const months = row.contracts[0]?.proposal.followUpMonths ?? DEFAULT_TERMS.followUpMonths;
      const followUpAt = followUpDate(now, months);
      await tx.missionMilestone.updateMany({
        where: { missionId: mission.id, kind: "follow_up", status: { not: "held" } },
        data: { status: "scheduled", scheduledAt: followUpAt },
      });
      if (mission.engagementId) {
        await tx.engagement.updateMany({
          where: { id: mission.engagementId, status: "active" },
          data: { status: "completed", completedAt: now, endedAt: now },
        });
      }
      await notifyParties(tx, mission, ALL_PARTIES, "finalMeetingHeld", {
        actorId: actor.id,
        values: { when: followUpAt },
      });
    } else if (input.kind === "follow_up") {
      await notifyParties(tx, mission, ALL_PARTIES, "completed", { actorId: actor.id });
    }
  }, TX_OPTIONS);
  void kickOutbox();
}
