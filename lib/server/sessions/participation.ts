import "server-only";
// What every session verb shares: only the two people of an engagement (its client and the user
// of its coach profile) may see or change its sessions — anyone else is told the session does not
// exist. Changes that touch times run under the coach profile's row lock, so one coach's sessions
// change one at a time (the overlap rule holds under races).
import type { SessionFacts } from "../../calendar/session-ics";
import type { AuditAction } from "../../domain/audit-actions";
import { effectiveMeetingLink } from "../../domain/meeting-link";
import { can, type Actor } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { engagementPageUrl } from "../app-url";
import { lockProfile } from "../db/locks";
import type { Tx } from "../db/transaction";
import { DomainError } from "../errors";

const person = { select: { id: true, email: true, name: true, preferredLanguage: true, timeZone: true } } as const;
export const engagementSelect = {
  id: true,
  status: true,
  profileId: true,
  seekerId: true,
  startedAt: true,
  meetingUrl: true,
  programme: { select: { type: true, nameEn: true, nameFr: true, sessionPlan: true } },
  seeker: person,
  profile: { select: { userId: true, user: person } },
} satisfies Prisma.EngagementSelect;
export type ParticipantEngagement = Prisma.EngagementGetPayload<{ select: typeof engagementSelect }>;
export type PersonRow = ParticipantEngagement["seeker"];

export const sessionSelect = {
  id: true,
  engagementId: true,
  position: true,
  stepKey: true,
  status: true,
  suggestedAt: true,
  durationMinutes: true,
  startsAt: true,
  timeZone: true,
  mode: true,
  location: true,
  proposedById: true,
  proposedAt: true,
  icsSequence: true,
  completedAt: true,
  cancelledAt: true,
} satisfies Prisma.EngagementSessionSelect;
export type SessionRow = Prisma.EngagementSessionGetPayload<{ select: typeof sessionSelect }>;

export type Participation = {
  engagement: ParticipantEngagement;
  role: "coach" | "client";
  me: PersonRow;
  other: PersonRow;
};

/** The viewer's part in an engagement, or null when they are not one of its two people. */
export function participationOf(engagement: ParticipantEngagement, userId: string): Participation | null {
  if (engagement.seekerId === userId)
    return { engagement, role: "client", me: engagement.seeker, other: engagement.profile.user };
  if (engagement.profile.userId === userId)
    return { engagement, role: "coach", me: engagement.profile.user, other: engagement.seeker };
  return null;
}

function assertMayView(actor: Actor): void {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
}

/** The engagement, for one of its two people; anyone else gets "sessionNotFound". */
export async function loadParticipation(tx: Tx, actor: Actor, engagementId: string): Promise<Participation> {
  assertMayView(actor);
  const engagement = await tx.engagement.findUnique({ where: { id: engagementId }, select: engagementSelect });
  const part = engagement && participationOf(engagement, actor.id);
  if (!part) throw new DomainError("sessionNotFound");
  return part;
}

/** A session and its engagement, for one of the engagement's two people (no lock). */
export async function loadSessionForParticipant(
  tx: Tx,
  actor: Actor,
  sessionId: string,
): Promise<Participation & { session: SessionRow }> {
  assertMayView(actor);
  const session = await tx.engagementSession.findUnique({
    where: { id: sessionId },
    select: { ...sessionSelect, engagement: { select: engagementSelect } },
  });
  const part = session && participationOf(session.engagement, actor.id);
  if (!session || !part) throw new DomainError("sessionNotFound");
  const { engagement: _, ...row } = session;
  return { ...part, session: row };
}

/**
 * For a change to a session of an active engagement: checks the caller, locks the coach profile,
 * then re-reads the session under the lock.
 */
export async function lockSessionForChange(
  tx: Tx,
  actor: Actor,
  sessionId: string,
): Promise<Participation & { session: SessionRow }> {
  const first = await loadSessionForParticipant(tx, actor, sessionId);
  await lockProfile(tx, { id: first.engagement.profileId });
  const locked = await loadSessionForParticipant(tx, actor, sessionId);
  if (locked.engagement.status !== "active") throw new DomainError("engagementNotActive");
  return locked;
}

/** The same for a change to several sessions of one engagement. */
export async function lockEngagementForChange(tx: Tx, actor: Actor, engagementId: string): Promise<Participation> {
  const first = await loadParticipation(tx, actor, engagementId);
  await lockProfile(tx, { id: first.engagement.profileId });
  const locked = await loadParticipation(tx, actor, engagementId);
  if (locked.engagement.status !== "active") throw new DomainError("engagementNotActive");
  return locked;
}

/** What the invitation of an agreed session says (the time given, or the session's own). */
export function sessionFacts(
  engagement: ParticipantEngagement,
  s: Pick<SessionRow, "id" | "stepKey" | "position" | "durationMinutes" | "icsSequence">,
  time: { startsAt: Date; timeZone: string; mode: "in_person" | "video" | "phone"; location: string | null },
  sequence: number = s.icsSequence,
): SessionFacts {
  const coach = engagement.profile.user;
  return {
    sessionId: s.id,
    stepKey: s.stepKey,
    position: s.position,
    durationMinutes: s.durationMinutes,
    ...time,
    meetingUrl: effectiveMeetingLink(engagement.meetingUrl, time),
    sequence,
    coach: { name: coach.name, email: coach.email },
    client: { name: engagement.seeker.name, email: engagement.seeker.email },
    pageUrl: engagementPageUrl(engagement.id),
  };
}

export type AgreedTime = {
  startsAt: Date;
  timeZone: string;
  mode: "in_person" | "video" | "phone";
  location: string | null;
};

/** The audit action whose row records a time both people agreed (written by acceptSessionTime, with the time in its data). */
export const AGREED_TIME_ACTION = "session.accept" satisfies AuditAction;

/** The time last agreed for a session (recorded when it was accepted), if any. */
export async function lastAgreedTime(tx: Pick<Tx, "auditLog">, sessionId: string): Promise<AgreedTime | null> {
  const row = await tx.auditLog.findFirst({
    where: { targetType: "EngagementSession", targetId: sessionId, action: AGREED_TIME_ACTION },
    orderBy: { at: "desc" },
    select: { data: true },
  });
  return agreedTimeOf(row?.data);
}

export function agreedTimeOf(data: unknown): AgreedTime | null {
  const d = data as
    { startsAt?: string; timeZone?: string; mode?: AgreedTime["mode"]; location?: string | null } | null | undefined;
  if (!d?.startsAt || !d.timeZone || !d.mode) return null;
  return { startsAt: new Date(d.startsAt), timeZone: d.timeZone, mode: d.mode, location: d.location ?? null };
}
