import "server-only";
// What every mission verb shares inside its transaction: the mission's row lock, who the caller
// is in the mission (or "not found" for anyone else), and the e-mails to its parties.
import { isFinal, type MissionParty, type MissionStatus } from "../../domain/mission-lifecycle";
import type { Actor } from "../../domain/roles";
import type { MissionEmailEvent } from "../../email/email-kinds";
import { missionEmail, type MissionEmailValues } from "../../email/mission-emails";
import { queueEmail } from "../../email/outbox";
import type { Prisma } from "../../generated/prisma/client";
import { appUrl } from "../app-url";
import { lockMission } from "../db/locks";
import type { Tx } from "../db/transaction";
import { DomainError } from "../errors";
import { recipient, recipientSelect } from "../recipients";

export const missionUrl = (id: string) => appUrl(`/missions/${id}`);

const person = { select: { id: true, ...recipientSelect } } as const;
export const missionPartiesSelect = {
  id: true,
  status: true,
  programmeId: true,
  engagementId: true,
  sponsorId: true,
  hrId: true,
  coacheeId: true,
  coachProfileId: true,
  sponsor: person,
  hr: person,
  coachee: person,
  coachProfile: { select: { userId: true, user: person } },
} satisfies Prisma.MissionSelect;
export type MissionParties = Prisma.MissionGetPayload<{ select: typeof missionPartiesSelect }>;

/** The caller's place in a mission, or null when they take no part in it. */
export function partyOf(
  m: { sponsorId: string; hrId: string | null; coacheeId: string; coachProfile: { userId: string } },
  userId: string,
): MissionParty | null {
  if (m.coacheeId === userId) return "coachee";
  if (m.coachProfile.userId === userId) return "coach";
  if (m.sponsorId === userId) return "sponsor";
  if (m.hrId === userId) return "hr";
  return null;
}

/**
 * Locks the mission and loads it for the caller. Anyone who is not one of its parties learns
 * nothing: the mission is "not found".
 */
export async function missionForActor(
  tx: Tx,
  actor: Actor,
  missionId: string,
): Promise<{ mission: MissionParties; party: MissionParty }> {
  await lockMission(tx, missionId);
  const mission = await tx.mission.findUnique({ where: { id: missionId }, select: missionPartiesSelect });
  const party = mission && partyOf(mission, actor.id);
  if (!mission || !party) throw new DomainError("notFound");
  return { mission, party };
}

export function personOf(m: MissionParties, party: MissionParty) {
  switch (party) {
    case "coachee":
      return m.coachee;
    case "sponsor":
      return m.sponsor;
    case "hr":
      return m.hr;
    case "coach":
      return m.coachProfile.user;
  }
}

export function namesOf(m: MissionParties, actorId?: string): MissionEmailValues {
  const all = [m.coachee, m.sponsor, m.hr, m.coachProfile.user];
  return {
    coachee: m.coachee.name,
    sponsor: m.sponsor.name,
    coach: m.coachProfile.user.name,
    actor: actorId ? (all.find((p) => p?.id === actorId)?.name ?? null) : null,
  };
}

/** Queues one e-mail per listed party (HR only when there is one), skipping the person who acted. */
export async function notifyParties(
  tx: Tx,
  m: MissionParties,
  parties: readonly MissionParty[],
  event: MissionEmailEvent,
  options: { actorId?: string; values?: Partial<MissionEmailValues> } = {},
): Promise<void> {
  const values = { ...namesOf(m, options.actorId), ...options.values };
  for (const party of parties) {
    const p = personOf(m, party);
    if (!p || p.id === options.actorId) continue;
    await queueEmail(tx, missionEmail(recipient(p), event, values, missionUrl(m.id)));
  }
}

export const ALL_PARTIES: readonly MissionParty[] = ["coachee", "sponsor", "hr", "coach"];

/** Sets a new status only if the mission still has the one read (the row is locked anyway). */
export async function moveMission(
  tx: Tx,
  missionId: string,
  from: MissionStatus,
  to: MissionStatus,
  data: Prisma.MissionUncheckedUpdateManyInput = {},
  now = new Date(),
): Promise<void> {
  const final = isFinal(to);
  const { count } = await tx.mission.updateMany({
    where: { id: missionId, status: from },
    data: { ...data, status: to, ...(final ? { closedAt: now } : {}) },
  });
  if (count !== 1) throw new DomainError("missionStepNotAllowed");
}
