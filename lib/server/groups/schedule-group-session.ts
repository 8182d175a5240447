import "server-only";
import type { Db } from "../../db/client";
import { scheduleRefusal } from "../../domain/group-coaching";
import { can, type Actor } from "../../domain/roles";
import { isKnownTimeZone, localTimeToInstant, sessionTimeProblem } from "../../domain/session-schedule";
import { queueEmail } from "../../email/outbox";
import { groupSessionScheduledEmail, type GroupSessionFacts } from "../../email/group-emails";
import { appUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { groupPart } from "./group-access";
import { lockGroup } from "./lock-group";

/** The group's page, for links in e-mails and invitations. */
export const groupPageUrl = (groupId: string) => appUrl(`/groups/${groupId}`);

/**
 * The group's coach sets (or moves) a session's time, given in a time zone. Every current member
 * and the coach are e-mailed the invitation (.ics, TZID of that zone) in their own language; a
 * moved session's invitation has a higher SEQUENCE, so calendars update the same event.
 */
export async function scheduleGroupSession(
  prisma: Db,
  actor: Actor,
  input: { groupId: string; sessionId: string; startsAtLocal: string; timeZone: string },
  now: Date = new Date(),
): Promise<{ startsAt: Date }> {
  if (!can(actor.roles, "manage:coach-profile:own")) throw new DomainError("forbidden");
  if (!isKnownTimeZone(input.timeZone)) throw new FieldDomainError("sessionTimeZoneUnknown", "timeZone");
  const startsAt = localTimeToInstant(input.startsAtLocal, input.timeZone);
  if (!startsAt) throw new FieldDomainError("sessionTimeInvalid", "startsAtLocal");
  const timeProblem = sessionTimeProblem(startsAt, now);
  if (timeProblem) throw new FieldDomainError(timeProblem, "startsAtLocal");
  const result = await prisma.$transaction(async (tx) => {
    const { part } = await groupPart(tx, actor, input.groupId);
    if (part !== "coach") throw new DomainError("notFound");
    const group = (await lockGroup(tx, input.groupId))!;
    const session = await tx.coachingGroupSession.findFirst({
      where: { id: input.sessionId, groupId: group.id },
      select: { id: true, position: true, stepKey: true, status: true, durationMinutes: true, icsSequence: true },
    });
    if (!session) throw new DomainError("notFound");
    const refusal = scheduleRefusal(group.status, session.status);
    if (refusal) throw new DomainError(refusal);
    const update = session.status === "scheduled";
    const sequence = update ? session.icsSequence + 1 : session.icsSequence;
    await tx.coachingGroupSession.update({
      where: { id: session.id },
      data: { status: "scheduled", startsAt, timeZone: input.timeZone, icsSequence: sequence },
    });
    const full = await tx.coachingGroup.findUniqueOrThrow({
      where: { id: group.id },
      select: {
        titleEn: true,
        titleFr: true,
        meetingUrl: true,
        profile: { select: { user: { select: recipientSelect } } },
        members: { where: { leftAt: null }, select: { user: { select: recipientSelect } } },
      },
    });
    const coach = full.profile.user;
    const members = full.members.map((m) => m.user);
    await audit(tx, {
      actorId: actor.id,
      action: "group.session.schedule",
      targetType: "CoachingGroupSession",
      targetId: session.id,
      data: { groupId: group.id, startsAt: startsAt.toISOString(), timeZone: input.timeZone, sequence },
    });
    for (const person of [coach, ...members]) {
      const r = recipient(person);
      const facts: GroupSessionFacts = {
        sessionId: session.id,
        sequence,
        position: session.position,
        stepKey: session.stepKey,
        startsAt,
        durationMinutes: session.durationMinutes,
        timeZone: input.timeZone,
        groupTitle: r.locale === "fr" ? full.titleFr : full.titleEn,
        meetingUrl: full.meetingUrl,
        pageUrl: groupPageUrl(group.id),
        organizer: { name: coach.name, email: coach.email },
        attendees: members.map((m) => ({ name: m.name, email: m.email })),
      };
      await queueEmail(tx, groupSessionScheduledEmail(r, { coachName: coach.name, facts, update, stamp: now }));
    }
    return { startsAt };
  }, TX_OPTIONS);
  void kickOutbox();
  return result;
}
