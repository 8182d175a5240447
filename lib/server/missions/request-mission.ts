import "server-only";
import type { Db } from "../../db/client";
import { hasFreePlace } from "../../domain/match-request";
import { FINAL_STATUSES, MILESTONE_KINDS } from "../../domain/mission-lifecycle";
import { MAX_MISSION_TEXT } from "../../domain/mission-terms";
import { can, type Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { audit } from "../audit";
import { lockProfile, lockUser } from "../db/locks";
import { TX_OPTIONS, type Tx } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { missionPartiesSelect, notifyParties, type MissionParties } from "./mission-access";
import { writerLanguage } from "./writer-language";

export type RequestMissionVerbInput = {
  coacheeId: string;
  coachProfileId: string;
  hrId: string | null;
  organisationRequest: string;
  /** The language the request is written in; the sponsor's preferred language when not said. */
  language?: Locale;
};

/** The tripartite coaching programme missions belong to. */
export async function tripartiteProgrammeId(prisma: Pick<Db, "programme">): Promise<string | null> {
  const p = await prisma.programme.findFirst({
    where: { type: "tripartite_coaching", archivedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return p?.id ?? null;
}

/**
 * Creates a requested mission inside the caller's transaction, after every check of a sponsor's
 * request: the coachee may be coached and has no mission under way, the HR participant may take
 * part, the coach is approved, open, has a free place and is none of the others. Locks the coach's
 * profile, then the coachee's row. Used by a sponsor's request and by taking up a coachee's own.
 */
export async function createMission(
  tx: Tx,
  actor: Actor,
  input: RequestMissionVerbInput,
  now: Date,
): Promise<MissionParties> {
  if (!can(actor.roles, "request:mission")) throw new DomainError("forbidden");
  const organisationRequest = input.organisationRequest.trim();
  if (!organisationRequest) throw new FieldDomainError("organisationRequestRequired", "organisationRequest");
  if (organisationRequest.length > MAX_MISSION_TEXT) throw new FieldDomainError("textTooLong", "organisationRequest");

  const programmeId = await tripartiteProgrammeId(tx);
  if (!programmeId) throw new DomainError("missionProgrammeMissing");

  // Coach profile first, then the coachee's row: the same order as accepting a coach request.
  const profile = await lockProfile(tx, { id: input.coachProfileId });
  if (input.coacheeId === actor.id) throw new FieldDomainError("coacheeInvalid", "coacheeId");
  const coachee = await tx.user.findUnique({
    where: { id: input.coacheeId },
    select: { id: true, disabledAt: true, roles: { select: { role: true } } },
  });
  if (!coachee || coachee.disabledAt || !coachee.roles.some((r) => r.role === "client"))
    throw new FieldDomainError("coacheeInvalid", "coacheeId");
  await lockUser(tx, coachee.id);
  const open = await tx.mission.count({ where: { coacheeId: coachee.id, status: { notIn: [...FINAL_STATUSES] } } });
  if (open > 0) throw new FieldDomainError("missionAlreadyOpen", "coacheeId");
  const engaged = await tx.engagement.count({ where: { seekerId: coachee.id, programmeId, status: "active" } });
  if (engaged > 0) throw new FieldDomainError("missionAlreadyOpen", "coacheeId");

  let hrId: string | null = null;
  if (input.hrId) {
    const hr = await tx.user.findUnique({
      where: { id: input.hrId },
      select: { id: true, disabledAt: true, roles: { select: { role: true } } },
    });
    const eligible = hr && !hr.disabledAt && hr.roles.some((r) => r.role === "hr_reviewer" || r.role === "sponsor");
    if (!eligible || hr.id === actor.id || hr.id === coachee.id) throw new FieldDomainError("hrInvalid", "hrId");
    hrId = hr.id;
  }

  if (!profile || profile.status !== "approved") throw new FieldDomainError("coachNotApproved", "coachProfileId");
  const coachUser = await tx.user.findUniqueOrThrow({ where: { id: profile.userId }, select: { disabledAt: true } });
  if (coachUser.disabledAt) throw new FieldDomainError("coachNotApproved", "coachProfileId");
  if ([actor.id, coachee.id, hrId].includes(profile.userId))
    throw new FieldDomainError("missionCoachConflict", "coachProfileId");
  if (profile.availability !== "open") throw new FieldDomainError("coachPaused", "coachProfileId");
  if (!hasFreePlace(profile, await countActiveEngagements(tx, profile.id)))
    throw new FieldDomainError("coachFull", "coachProfileId");

  const mission = await tx.mission.create({
    data: {
      programmeId,
      sponsorId: actor.id,
      hrId,
      coacheeId: coachee.id,
      coachProfileId: profile.id,
      organisationRequest,
      organisationRequestLanguage: await writerLanguage(tx, actor.id, input.language),
      createdAt: now,
      milestones: { create: MILESTONE_KINDS.map((kind) => ({ kind })) },
    },
    select: missionPartiesSelect,
  });
  await audit(tx, {
    actorId: actor.id,
    action: "mission.request",
    targetType: "Mission",
    targetId: mission.id,
    data: { coacheeId: coachee.id, coachProfileId: profile.id, hrId },
  });
  return mission;
}

/**
 * A sponsor (the manager) asks for tripartite coaching for a member of their team with a coach,
 * optionally with a person from HR, and writes the organisation's request. The coachee then
 * writes their own request; the coach checks that both agree (or refuses the mission).
 */
export async function requestMission(
  prisma: Db,
  actor: Actor,
  input: RequestMissionVerbInput,
  now: Date = new Date(),
): Promise<{ missionId: string }> {
  if (!can(actor.roles, "request:mission")) throw new DomainError("forbidden");
  const missionId = await prisma.$transaction(async (tx) => {
    const mission = await createMission(tx, actor, input, now);
    await notifyParties(tx, mission, ["coachee"], "requested", { actorId: actor.id });
    await notifyParties(tx, mission, ["coach"], "requestedCoach", { actorId: actor.id });
    await notifyParties(tx, mission, ["hr"], "requestedHr", { actorId: actor.id });
    return mission.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { missionId };
}
