import "server-only";
import type { Db } from "../../db/client";
import { hasFreePlace } from "../../domain/match-request";
import { checkAction, checkEvent, contractAccepted } from "../../domain/mission-lifecycle";
import { missionSessions } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockProfile, lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { ALL_PARTIES, missionForActor, moveMission, notifyParties } from "./mission-access";

/**
 * The coachee, the sponsor or the coach accepts the open contract version (having read it, its
 * confidentiality clause and the annexed charter). The third acceptance starts the coaching:
 * under the coach's and the coachee's locks, the coach must still be approved with a free
 * place; the mission gets its engagement (the sessions of the contract, in the coaching plan's
 * order) and its success indicators.
 */
export async function acceptMissionContract(
  prisma: Db,
  actor: Actor,
  input: { contractId: string },
  now: Date = new Date(),
): Promise<{ started: boolean }> {
  const started = await prisma.$transaction(async (tx) => {
    const target = await tx.missionContract.findUnique({
      where: { id: input.contractId },
      select: { missionId: true },
    });
    if (!target) throw new DomainError("notFound");
    const { mission, party } = await missionForActor(tx, actor, target.missionId);
    const check = checkAction(mission.status, "acceptContract", party);
    if (!check.ok) throw new DomainError(check.error);
    const contract = await tx.missionContract.findUniqueOrThrow({
      where: { id: input.contractId },
      select: { id: true, status: true, version: true, acceptances: { select: { party: true } }, proposal: true },
    });
    if (contract.status !== "open") throw new DomainError("contractNotOpen");
    if (contract.acceptances.some((a) => a.party === party)) throw new DomainError("contractAlreadyAccepted");
    await tx.missionContractAcceptance.create({
      data: { contractId: contract.id, userId: actor.id, party, acceptedAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.contract.accept",
      targetType: "Mission",
      targetId: mission.id,
      data: { version: contract.version, party },
    });
    if (!contractAccepted([...contract.acceptances, { party }])) return false;

    const move = checkEvent(mission.status, "acceptContract", party);
    if (!move.ok) throw new DomainError(move.error);
    const profile = await lockProfile(tx, { id: mission.coachProfileId });
    await lockUser(tx, mission.coacheeId);
    if (!profile || profile.status !== "approved") throw new DomainError("coachNotApproved");
    if (!hasFreePlace(profile, await countActiveEngagements(tx, profile.id))) throw new DomainError("missionCoachFull");
    const engaged = await tx.engagement.count({
      where: { seekerId: mission.coacheeId, programmeId: mission.programmeId, status: "active" },
    });
    if (engaged > 0) throw new DomainError("clientAlreadyEngaged");

    const p = contract.proposal;
    const engagement = await tx.engagement.create({
      data: {
        programmeId: mission.programmeId,
        profileId: mission.coachProfileId,
        seekerId: mission.coacheeId,
        startedAt: now,
        sessions: {
          create: missionSessions(p, now, mission.coachProfile.user.timeZone).map((s) => ({
            ...s,
            status: "planned" as const,
          })),
        },
      },
      select: { id: true },
    });
    await tx.missionIndicator.createMany({
      data: p.indicators.map((description, i) => ({
        missionId: mission.id,
        position: i + 1,
        description,
        language: p.language,
      })),
    });
    await tx.missionContract.update({ where: { id: contract.id }, data: { status: "accepted" } });
    await moveMission(tx, mission.id, mission.status, move.value, { engagementId: engagement.id }, now);
    await audit(tx, {
      actorId: null,
      action: "mission.start",
      targetType: "Mission",
      targetId: mission.id,
      data: { engagementId: engagement.id, sessions: p.sessionCount },
    });
    await notifyParties(tx, mission, ALL_PARTIES, "contractAccepted", { values: { version: contract.version } });
    return true;
  }, TX_OPTIONS);
  void kickOutbox();
  return { started };
}
