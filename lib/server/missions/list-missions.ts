import "server-only";
import type { Db } from "../../db/client";
import { isOverdueCheckIn } from "../../domain/check-ins";
import type { MissionParty, MissionStatus } from "../../domain/mission-lifecycle";
import { MISSION_STEPS, nextActions, stepStates, type MissionStep } from "../../domain/mission-steps";
import type { Actor } from "../../domain/roles";
import { partyOf } from "./mission-access";
import { missionFactsSelect, stepFactsOf } from "./mission-facts";

export type MissionListItem = {
  id: string;
  status: MissionStatus;
  party: MissionParty;
  coacheeName: string | null;
  coachName: string | null;
  sponsorName: string | null;
  createdAt: Date;
  /** The step the mission is at (or ended at), 1-based, and its key. */
  step: { index: number; key: MissionStep; state: "current" | "ended" | "done" };
  /** The viewer must act now. */
  myTurn: boolean;
  /** For the coach: the coachee's check-ins not answered within two working days. */
  overdueCheckIns: number;
};

/** The missions the caller takes part in (as coachee, coach, sponsor or HR), newest first. */
export async function listMissions(prisma: Db, actor: Actor, now: Date = new Date()): Promise<MissionListItem[]> {
  const rows = await prisma.mission.findMany({
    where: {
      OR: [
        { coacheeId: actor.id },
        { sponsorId: actor.id },
        { hrId: actor.id },
        { coachProfile: { userId: actor.id } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      ...missionFactsSelect,
      id: true,
      createdAt: true,
      sponsorId: true,
      coacheeId: true,
      coachee: { select: { name: true } },
      sponsor: { select: { name: true } },
      coachProfile: { select: { userId: true, user: { select: { name: true } } } },
    },
  });
  const coachMissionIds = rows.filter((r) => r.coachProfile.userId === actor.id).map((r) => r.id);
  // Check-ins are read only for the missions the caller coaches.
  const checkIns = coachMissionIds.length
    ? await prisma.checkIn.findMany({
        where: { missionId: { in: coachMissionIds }, answeredAt: null },
        select: { missionId: true, answeredAt: true, dueAt: true },
      })
    : [];
  return rows.map((r) => {
    const party = partyOf(r, actor.id)!;
    const facts = stepFactsOf(r);
    const states = stepStates(facts);
    const at = states.findIndex((s) => s.state === "current" || s.state === "ended");
    const index = at >= 0 ? at : MISSION_STEPS.length - 1;
    return {
      id: r.id,
      status: r.status as MissionStatus,
      party,
      coacheeName: r.coachee.name,
      coachName: r.coachProfile.user.name,
      sponsorName: r.sponsor.name,
      createdAt: r.createdAt,
      step: {
        index: index + 1,
        key: MISSION_STEPS[index],
        state: at >= 0 ? (states[at].state as "current" | "ended") : "done",
      },
      myTurn: nextActions(facts).some((n) => n.party === party),
      overdueCheckIns:
        party === "coach" ? checkIns.filter((c) => c.missionId === r.id && isOverdueCheckIn(c, now)).length : 0,
    };
  });
}
