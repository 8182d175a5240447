import "server-only";
import type { Db } from "../../db/client";
import {
  canRequestIntermediateMeeting,
  INTERMEDIATE_ATTENDEES,
  MAX_INTERMEDIATE_REASON,
} from "../../domain/mission-framing";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionForActor, notifyParties } from "./mission-access";
import { writerLanguage } from "./writer-language";

/**
 * Besides the mid-point review, any party — the sponsor, HR, the coachee or the coach — asks for an
 * intermediate tripartite meeting, saying why. The other parties are told, each in their language;
 * the coach then schedules it and marks it held. One waits to be held at a time.
 */
export async function requestIntermediateMeeting(
  prisma: Db,
  actor: Actor,
  input: { missionId: string; reason: string; language?: Locale },
  now: Date = new Date(),
): Promise<{ meetingId: string }> {
  const reason = input.reason.trim();
  if (!reason) throw new FieldDomainError("intermediateReasonRequired", "reason");
  if (reason.length > MAX_INTERMEDIATE_REASON) throw new FieldDomainError("textTooLong", "reason");
  const meetingId = await prisma.$transaction(async (tx) => {
    const { mission, party } = await missionForActor(tx, actor, input.missionId);
    const open = await tx.missionIntermediateMeeting.count({
      where: { missionId: mission.id, status: { not: "held" } },
    });
    const check = canRequestIntermediateMeeting(mission.status, party, open);
    if (!check.ok) throw new DomainError(check.error);
    const meeting = await tx.missionIntermediateMeeting.create({
      data: {
        missionId: mission.id,
        requestedById: actor.id,
        requestedByParty: party,
        reason,
        reasonLanguage: await writerLanguage(tx, actor.id, input.language),
        createdAt: now,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.intermediate.request",
      targetType: "Mission",
      targetId: mission.id,
      data: { meetingId: meeting.id, party },
    });
    await notifyParties(tx, mission, INTERMEDIATE_ATTENDEES, "intermediateRequested", { actorId: actor.id });
    return meeting.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { meetingId };
}
