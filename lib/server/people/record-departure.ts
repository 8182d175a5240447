import "server-only";
import type { Db } from "../../db/client";
import { UNANSWERED_CHOICE_STATUSES } from "../../domain/match-request";
import {
  adminsToldOf,
  DEPARTURE_END_REASON,
  DEPARTURE_REASON_CODE,
  EMPTY_DEPARTURE_SUMMARY,
  missionEndsOnDeparture,
  releasedOnDeparture,
  type DepartureChannel,
  type DepartureSummary,
} from "../../domain/people-departure";
import { MISSION_STATUSES, type MissionStatus } from "../../domain/mission-lifecycle";
import { adminDepartureEmail, partnerLeftEmail, type SharedWork } from "../../email/departure-emails";
import { queueEmail } from "../../email/outbox";
import { appUrl, engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockCohort, lockEngagement, lockMission, lockProfile, lockUser } from "../db/locks";
import { TX_OPTIONS, type Tx } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { declineNote, moveOn } from "../requests/routing";
import { markWithdrawn, offerNextSeats } from "../enrolment/offer-next-seat";
import { cancelEngagementSessions } from "../sessions/cancel-engagement-sessions";
import { missionPartiesSelect, missionUrl, partyOf, personOf } from "../missions/mission-access";

export type DepartureInput = { personId: string; via: DepartureChannel; actorId: string | null };

const PROFILE_KINDS = ["coach", "mentor", "networking"] as const;
const NON_FINAL_MISSION = MISSION_STATUSES.filter(missionEndsOnDeparture) as MissionStatus[];

/**
 * Someone left the organisation (SCIM active:false, a full-list HR import, an admin): they can no
 * longer sign in (leftAt and disabledAt set, sessions deleted); their open requests are withdrawn
 * and requests waiting on them move on; their cohort places are released (a freed seat is offered
 * to the waiting list); their active engagements and missions end with the reason "left the
 * organisation", which frees the coach's place; the people they worked with and the programme
 * admins are told. Nothing else is deleted. A second call changes nothing (alreadyLeft: true).
 *
 * Runs in its own transaction, or inside the caller's when given a transaction client (an HR
 * import or a SCIM request applying several changes at once); the e-mails are queued in it either
 * way, and a caller passing its own transaction kicks the outbox after its commit.
 */
export async function recordDeparture(
  prisma: Db | Tx,
  input: DepartureInput,
  now: Date = new Date(),
): Promise<{ alreadyLeft: boolean }> {
  // A transaction client lacks $connect (Prisma hides it there); its $transaction would nest.
  if ("$connect" in prisma) {
    const result = await prisma.$transaction((tx) => departInside(tx, input, now), TX_OPTIONS);
    if (!result.alreadyLeft) void kickOutbox();
    return result;
  }
  return departInside(prisma as Tx, input, now);
}

async function departInside(tx: Tx, input: DepartureInput, now: Date): Promise<{ alreadyLeft: boolean }> {
  const personId = input.personId;
  // Lock order (lib/server/db/locks.ts): the person's own profiles, then their User row.
  for (const kind of PROFILE_KINDS) await lockProfile(tx, { userId: personId, kind });
  await lockUser(tx, personId);
  const person = await tx.user.findUnique({
    where: { id: personId },
    select: { id: true, name: true, email: true, leftAt: true, disabledAt: true },
  });
  if (!person) throw new DomainError("notFound");
  if (person.leftAt) return { alreadyLeft: true };

  const summary: DepartureSummary = { ...EMPTY_DEPARTURE_SUMMARY };
  const actorId = input.actorId;
  // Who "cancelled" the sessions of an ended engagement: the admin, or the person who left.
  const sessionActor = actorId ?? personId;
  // One e-mail per person told, whatever the number of things they shared with the leaver.
  const told = new Map<string, { person: Recipientable; shared: SharedWork; url: string }>();
  const tell = (p: Recipientable | null, shared: SharedWork, url = engagementsUrl()) => {
    if (p && p.id !== personId && !told.has(p.id)) told.set(p.id, { person: p, shared, url });
  };

  await tx.user.update({ where: { id: personId }, data: { leftAt: now, disabledAt: person.disabledAt ?? now } });
  summary.sessionsEnded = (await tx.session.deleteMany({ where: { userId: personId } })).count;

  // Their own open requests are withdrawn; whoever was asked is told.
  const ownRequests = await tx.matchRequest.findMany({
    where: { seekerId: personId, status: "open" },
    select: {
      id: true,
      programme: { select: { nameEn: true, nameFr: true } },
      choices: { where: { status: "pending" }, select: { profile: { select: { user: { select: personSelect } } } } },
    },
  });
  for (const r of ownRequests) {
    await tx.matchRequest.update({ where: { id: r.id }, data: { status: "withdrawn", closedAt: now } });
    await tx.matchRequestChoice.updateMany({
      where: { requestId: r.id, status: { in: [...UNANSWERED_CHOICE_STATUSES] } },
      data: { status: "skipped" },
    });
    await audit(tx, {
      actorId,
      action: "request.withdraw",
      targetType: "MatchRequest",
      targetId: r.id,
      data: { reason: DEPARTURE_REASON_CODE },
    });
    for (const c of r.choices) tell(c.profile.user, { kind: "request", programme: r.programme });
    summary.requestsWithdrawn++;
  }

  // Requests addressed to them: not asked yet, they never will be; asked, the seeker moves on.
  const choices = await tx.matchRequestChoice.findMany({
    where: {
      profile: { userId: personId },
      status: { in: [...UNANSWERED_CHOICE_STATUSES] },
      request: { status: "open" },
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      status: true,
      requestId: true,
      request: { select: { seekerId: true, seeker: { select: { preferredLanguage: true } } } },
    },
  });
  for (const c of choices) {
    await lockUser(tx, c.request.seekerId);
    await tx.matchRequestChoice.update({
      where: { id: c.id },
      data: {
        status: "declined",
        answeredAt: now,
        declineReason: declineNote(c.request.seeker.preferredLanguage, "unavailable"),
      },
    });
    await audit(tx, {
      actorId,
      action: "request.choice.unavailable",
      targetType: "MatchRequestChoice",
      targetId: c.id,
      data: { requestId: c.requestId, reason: DEPARTURE_REASON_CODE },
    });
    summary.choicesDeclined++;
  }
  for (const requestId of new Set(choices.filter((c) => c.status === "pending").map((c) => c.requestId))) {
    await moveOn(tx, requestId, now, { coachName: person.name, why: "declined", reason: DEPARTURE_END_REASON });
  }

  // Cohort places held or waited for are released; a freed seat goes to the next on the waiting list.
  const enrolments = await tx.cohortEnrolment.findMany({
    where: { userId: personId, cohort: { status: { not: "closed" } } },
    orderBy: { cohortId: "asc" },
    select: { id: true, cohortId: true, status: true },
  });
  for (const e of enrolments.filter((e) => releasedOnDeparture(e.status))) {
    await lockCohort(tx, e.cohortId);
    await markWithdrawn(tx, e, now, actorId, "enrolment.withdraw");
    summary.placesReleased++;
    summary.seatsOffered += (await offerNextSeats(tx, e.cohortId, now, actorId)).length;
  }

  // Missions they take part in (as coachee, coach, sponsor or HR) stop; their engagement ends with them.
  const missions = await tx.mission.findMany({
    where: {
      status: { in: NON_FINAL_MISSION },
      OR: [
        { coacheeId: personId },
        { sponsorId: personId },
        { hrId: personId },
        { coachProfile: { userId: personId } },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const missionEngagements = new Set<string>();
  for (const { id } of missions) {
    await lockMission(tx, id);
    const m = await tx.mission.findUniqueOrThrow({
      where: { id },
      select: { ...missionPartiesSelect, programme: { select: { nameEn: true, nameFr: true } } },
    });
    if (!missionEndsOnDeparture(m.status) || !partyOf(m, personId)) continue;
    await tx.mission.update({
      where: { id },
      data: { status: "stopped", stoppedAt: now, stopReason: DEPARTURE_END_REASON, closedAt: now },
    });
    await tx.missionContract.updateMany({ where: { missionId: id, status: "open" }, data: { status: "superseded" } });
    await audit(tx, {
      actorId,
      action: "mission.stop",
      targetType: "Mission",
      targetId: id,
      data: { from: m.status, reason: DEPARTURE_REASON_CODE, leaverId: personId },
    });
    if (m.engagementId) {
      missionEngagements.add(m.engagementId);
      if (await endEngagement(tx, m.engagementId, actorId, sessionActor, now)) summary.engagementsEnded++;
    }
    for (const party of ["coachee", "sponsor", "hr", "coach"] as const) {
      const p = personOf(m, party);
      if (p) tell(p, { kind: "mission", programme: m.programme }, missionUrl(id));
    }
    summary.missionsStopped++;
  }

  // Their other active engagements end (as coach, mentor or colleague, or as the one helped):
  // the coach's place frees at once.
  const engagements = await tx.engagement.findMany({
    where: { status: "active", OR: [{ seekerId: personId }, { profile: { userId: personId } }] },
    orderBy: { id: "asc" },
    select: {
      id: true,
      programme: { select: { nameEn: true, nameFr: true } },
      seeker: { select: personSelect },
      profile: { select: { user: { select: personSelect } } },
    },
  });
  for (const e of engagements) {
    if (missionEngagements.has(e.id)) continue;
    if (!(await endEngagement(tx, e.id, actorId, sessionActor, now))) continue;
    summary.engagementsEnded++;
    const other = e.seeker.id === personId ? e.profile.user : e.seeker;
    tell(other, { kind: "engagement", programme: e.programme });
  }

  for (const { person: p, shared, url } of told.values()) {
    await queueEmail(tx, partnerLeftEmail(recipient(p), { leaverName: person.name, shared, url }));
  }
  if (adminsToldOf(summary)) {
    const admins = await tx.user.findMany({
      where: { disabledAt: null, id: { not: personId }, roles: { some: { role: "programme_admin" } } },
      orderBy: { id: "asc" },
      select: recipientSelect,
    });
    for (const admin of admins) {
      await queueEmail(
        tx,
        adminDepartureEmail(recipient(admin), {
          leaver: person,
          via: input.via,
          summary,
          url: appUrl(`/admin/people/${personId}`),
        }),
      );
    }
  }
  await audit(tx, {
    actorId,
    action: "person.leave",
    targetType: "User",
    targetId: personId,
    data: { via: input.via, ...summary, wasDisabled: Boolean(person.disabledAt) },
  });
  return { alreadyLeft: false };
}

const personSelect = { id: true, ...recipientSelect } as const;
type Recipientable = { id: string } & Parameters<typeof recipient>[0];

/** Ends one active engagement for the departure (false when it was no longer active), cancelling its sessions to come. */
async function endEngagement(
  tx: Tx,
  engagementId: string,
  actorId: string | null,
  sessionActor: string,
  now: Date,
): Promise<boolean> {
  await lockEngagement(tx, engagementId);
  const { count } = await tx.engagement.updateMany({
    where: { id: engagementId, status: "active" },
    data: { status: "ended", endedAt: now, endReason: DEPARTURE_END_REASON, endedById: actorId },
  });
  if (count !== 1) return false;
  await audit(tx, {
    actorId,
    action: "engagement.end",
    targetType: "Engagement",
    targetId: engagementId,
    data: { reason: DEPARTURE_REASON_CODE },
  });
  await cancelEngagementSessions(tx, engagementId, sessionActor, now);
  return true;
}
