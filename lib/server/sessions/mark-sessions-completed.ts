import "server-only";
import type { Db } from "../../db/client";
import { heldAtProblem } from "../../domain/availability";
import type { Actor } from "../../domain/roles";
import { decideComplete, planComplete } from "../../domain/session-lifecycle";
import { conversationCompletedEmail } from "../../email/networking-emails";
import { queueEmail } from "../../email/outbox";
import { engagementCompletedEmail, sessionsCompletedEmail } from "../../email/session-emails";
import { isKnownTimeZone, localTimeToInstant } from "../../domain/session-schedule";
import { localized } from "../../i18n/localized";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { assertStepNotBlocked } from "./continuation-gate";
import { lockEngagementForChange } from "./participation";

/**
 * Either person marks one or several sessions of their engagement as held — also sessions booked in
 * Outlook or Teams, which never had a time in Binôme. A session whose time has not started yet
 * cannot be marked; if one of the chosen sessions cannot, none is. The other person is asked for
 * their one-minute evaluation. When the plan is complete (planComplete: every required session
 * completed, every optional one completed or cancelled), the engagement is completed and both
 * people are told. So a networking conversation stays open after its first meeting until the
 * second is held or one of the pair decides it is not useful (decideSecondMeeting).
 * A session held earlier than planned is marked on its own with the real time (`heldAtLocal` in
 * `timeZone`): that time becomes its time, so no reminder, nudge or calendar file follows for the
 * planned one (they are for scheduled sessions only).
 */
export async function markSessionsCompleted(
  prisma: Db,
  actor: Actor,
  input: { engagementId: string; sessionIds: string[]; heldAtLocal?: string; timeZone?: string },
  now: Date = new Date(),
): Promise<{ engagementId: string; engagementCompleted: boolean }> {
  const ids = [...new Set(input.sessionIds)];
  if (ids.length === 0) throw new DomainError("sessionSelectionRequired");
  let heldAt: Date | null = null;
  if (input.heldAtLocal !== undefined) {
    if (ids.length !== 1) throw new DomainError("sessionSelectionRequired");
    const zone = input.timeZone?.trim() ?? "";
    heldAt = isKnownTimeZone(zone) ? localTimeToInstant(input.heldAtLocal.trim(), zone) : null;
    if (!heldAt) throw new FieldDomainError("sessionTimeInvalid", "heldAtLocal");
  }
  const engagementCompleted = await prisma.$transaction(async (tx) => {
    const { engagement, me, other } = await lockEngagementForChange(tx, actor, input.engagementId);
    const chosen = await tx.engagementSession.findMany({
      where: { id: { in: ids }, engagementId: engagement.id },
      orderBy: { position: "asc" },
      select: { id: true, position: true, stepKey: true, status: true, startsAt: true },
    });
    if (chosen.length !== ids.length) throw new DomainError("sessionNotFound");
    if (heldAt) {
      const previous = await tx.engagementSession.findFirst({
        where: {
          engagementId: engagement.id,
          position: { lt: chosen[0].position },
          status: "completed",
          startsAt: { not: null },
        },
        orderBy: { startsAt: "desc" },
        select: { startsAt: true },
      });
      const problem = heldAtProblem(heldAt, {
        now,
        engagementStartedAt: engagement.startedAt,
        previousHeldAt: previous?.startsAt ?? null,
      });
      if (problem) throw new FieldDomainError(problem, "heldAtLocal");
    }
    for (const s of chosen) {
      const decision = decideComplete(s, now, heldAt !== null);
      if (!decision.ok) throw new DomainError(decision.error);
      // Mentoring sessions 7–9 wait until both said they want to go on after the review.
      await assertStepNotBlocked(tx, engagement, s);
    }
    await tx.engagementSession.updateMany({
      where: { id: { in: ids } },
      data: {
        status: "completed",
        completedAt: now,
        completedById: actor.id,
        // Held earlier: the real time replaces the planned one.
        ...(heldAt ? { startsAt: heldAt, timeZone: input.timeZone!.trim() } : {}),
      },
    });
    for (const s of chosen) {
      await audit(tx, {
        actorId: actor.id,
        action: "session.complete",
        targetType: "EngagementSession",
        targetId: s.id,
        data: {
          engagementId: engagement.id,
          from: s.status,
          ...(heldAt ? { heldAt: heldAt.toISOString(), plannedFor: s.startsAt?.toISOString() ?? null } : {}),
        },
      });
    }

    const plan = await tx.engagementSession.findMany({
      where: { engagementId: engagement.id },
      select: { stepKey: true, status: true },
    });
    const url = engagementPageUrl(engagement.id);
    if (planComplete(plan)) {
      await tx.engagement.update({
        where: { id: engagement.id },
        data: { status: "completed", completedAt: now, endedAt: now },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "engagement.complete",
        targetType: "Engagement",
        targetId: engagement.id,
      });
      for (const [to, otherPerson] of [
        [me, other],
        [other, me],
      ] as const) {
        const r = recipient(to);
        // A networking conversation has no closing evaluation: a short thank-you instead.
        await queueEmail(
          tx,
          engagement.programme.type === "networking"
            ? conversationCompletedEmail(r, { name: otherPerson.name, url })
            : engagementCompletedEmail(r, {
                otherName: otherPerson.name,
                programme: localized(engagement.programme, "name", r.locale),
                url,
              }),
        );
      }
      return true;
    }
    await queueEmail(tx, sessionsCompletedEmail(recipient(other), { name: me.name, sessions: chosen, url }));
    return false;
  }, TX_OPTIONS);
  void kickOutbox();
  return { engagementId: input.engagementId, engagementCompleted };
}
