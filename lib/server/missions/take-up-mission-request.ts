import "server-only";
import type { Db } from "../../db/client";
import { canTakeUpSponsorship } from "../../domain/mission-framing";
import { can, type Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { notifyParties } from "./mission-access";
import { createMission } from "./request-mission";

/**
 * The sponsor a coachee addressed takes up their request: they write the organisation's request
 * and may name someone from HR; the mission then starts as any sponsor's request does, with the
 * coachee's own request already written (and readable by the sponsor, to whom it was addressed).
 * Anyone else learns nothing of the request; it is taken up once.
 */
export async function takeUpMissionRequest(
  prisma: Db,
  actor: Actor,
  input: { requestId: string; hrId: string | null; organisationRequest: string; language?: Locale },
  now: Date = new Date(),
): Promise<{ missionId: string }> {
  if (!can(actor.roles, "request:mission")) throw new DomainError("forbidden");
  const missionId = await prisma.$transaction(async (tx) => {
    const asked = await tx.missionSponsorshipRequest.findUnique({
      where: { id: input.requestId },
      select: {
        id: true,
        sponsorId: true,
        coacheeId: true,
        coachProfileId: true,
        status: true,
        coacheeRequest: true,
        language: true,
        createdAt: true,
      },
    });
    if (!asked) throw new DomainError("notFound");
    const check = canTakeUpSponsorship(asked, actor.id);
    if (!check.ok) throw new DomainError(check.error);
    const mission = await createMission(
      tx,
      actor,
      {
        coacheeId: asked.coacheeId,
        coachProfileId: asked.coachProfileId,
        hrId: input.hrId,
        organisationRequest: input.organisationRequest,
        language: input.language,
      },
      now,
    );
    const { count } = await tx.missionSponsorshipRequest.updateMany({
      where: { id: asked.id, status: "open" },
      data: { status: "taken_up", missionId: mission.id, takenUpAt: now },
    });
    if (count !== 1) throw new DomainError("sponsorshipAlreadyTakenUp");
    await tx.mission.update({
      where: { id: mission.id },
      data: {
        coacheeRequest: asked.coacheeRequest,
        coacheeRequestLanguage: asked.language,
        coacheeRequestAt: asked.createdAt,
        coacheeRequestShared: true,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.sponsorship.take-up",
      targetType: "Mission",
      targetId: mission.id,
      data: { requestId: asked.id },
    });
    await notifyParties(tx, mission, ["coachee"], "sponsorshipTakenUp", { actorId: actor.id });
    await notifyParties(tx, mission, ["coach"], "requestedCoach", { actorId: actor.id });
    await notifyParties(tx, mission, ["hr"], "requestedHr", { actorId: actor.id });
    return mission.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { missionId };
}
