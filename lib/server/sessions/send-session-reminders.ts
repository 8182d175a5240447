import "server-only";
import type { Db } from "../../db/client";
import { effectiveMeetingLink } from "../../domain/meeting-link";
import { reminderDue, reminderWindow } from "../../domain/session-reminders";
import { queueEmail } from "../../email/outbox";
import { sessionReminderEmail } from "../../email/reminder-emails";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { kickOutbox } from "../outbox-worker";
import { participantsOf, sessionForReminder } from "./reminder-participants";

/**
 * The background job (lib/server/jobs.ts): an e-mail to both participants of every agreed
 * session starting within 24 hours, once for each agreed time (a session moved after its reminder
 * gets one for its new time). Each session is claimed by a conditional update (reminderSentAt and
 * startsAt as read, still scheduled) in the transaction that queues its e-mails, so two tickers
 * running at once send each reminder once: the second waits for the first's row lock, then finds
 * reminderSentAt changed and claims nothing.
 */
export async function sendSessionReminders(prisma: Db, now: Date = new Date()): Promise<{ reminded: number }> {
  const { after, until } = reminderWindow(now);
  const candidates = await prisma.engagementSession.findMany({
    where: { status: "scheduled", startsAt: { gt: after, lte: until }, engagement: { status: "active" } },
    orderBy: { startsAt: "asc" },
    select: { id: true, status: true, startsAt: true, durationMinutes: true, reminderSentAt: true },
  });
  let reminded = 0;
  for (const candidate of candidates.filter((c) => reminderDue(c, now))) {
    const sent = await prisma.$transaction(async (tx) => {
      const { count } = await tx.engagementSession.updateMany({
        where: {
          id: candidate.id,
          status: "scheduled",
          reminderSentAt: candidate.reminderSentAt,
          startsAt: candidate.startsAt,
          engagement: { status: "active" },
        },
        data: { reminderSentAt: now },
      });
      if (count !== 1) return false;
      const session = await tx.engagementSession.findUniqueOrThrow({
        where: { id: candidate.id },
        select: sessionForReminder,
      });
      for (const p of participantsOf(session))
        await queueEmail(
          tx,
          sessionReminderEmail(p.recipient, {
            session: {
              position: session.position,
              stepKey: session.stepKey,
              startsAt: session.startsAt!,
              durationMinutes: session.durationMinutes,
              location: session.location,
              meetingUrl: effectiveMeetingLink(session.engagement.meetingUrl, session),
            },
            otherName: p.otherName,
            evaluationMissing: p.evaluationMissing,
            url: engagementPageUrl(session.engagement.id),
          }),
        );
      await audit(tx, {
        actorId: null,
        action: "session.remind",
        targetType: "EngagementSession",
        targetId: candidate.id,
      });
      return true;
    });
    if (sent) reminded++;
  }
  if (reminded > 0) void kickOutbox();
  return { reminded };
}
