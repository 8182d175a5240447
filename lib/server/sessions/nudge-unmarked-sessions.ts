import "server-only";
import type { Db } from "../../db/client";
import { nudgeDue, nudgeWindow } from "../../domain/session-reminders";
import { queueEmail } from "../../email/outbox";
import { sessionNudgeEmail } from "../../email/reminder-emails";
import { engagementPageUrl } from "../app-url";
import { audit } from "../audit";
import { kickOutbox } from "../outbox-worker";
import { participantsOf, sessionForReminder } from "./reminder-participants";

/**
 * The background job (lib/server/jobs.ts): once the time of an agreed session is over and
 * nobody marked it completed or missed, both participants get one e-mail asking them to (again
 * only if it was moved to a new time since). Claimed like the reminders (conditional update on
 * nudgedAt and startsAt as read, in the e-mails' transaction): once, even with several tickers.
 */
export async function nudgeUnmarkedSessions(prisma: Db, now: Date = new Date()): Promise<{ nudged: number }> {
  const { from, until } = nudgeWindow(now);
  const candidates = await prisma.engagementSession.findMany({
    where: { status: "scheduled", startsAt: { gte: from, lte: until }, engagement: { status: "active" } },
    orderBy: { startsAt: "asc" },
    select: { id: true, status: true, startsAt: true, durationMinutes: true, nudgedAt: true },
  });
  let nudged = 0;
  for (const candidate of candidates.filter((c) => nudgeDue(c, now))) {
    const sent = await prisma.$transaction(async (tx) => {
      const { count } = await tx.engagementSession.updateMany({
        where: {
          id: candidate.id,
          status: "scheduled",
          nudgedAt: candidate.nudgedAt,
          startsAt: candidate.startsAt,
          engagement: { status: "active" },
        },
        data: { nudgedAt: now },
      });
      if (count !== 1) return false;
      const session = await tx.engagementSession.findUniqueOrThrow({
        where: { id: candidate.id },
        select: sessionForReminder,
      });
      for (const p of participantsOf(session))
        await queueEmail(
          tx,
          sessionNudgeEmail(p.recipient, {
            session: { position: session.position, stepKey: session.stepKey, startsAt: session.startsAt! },
            otherName: p.otherName,
            url: engagementPageUrl(session.engagement.id),
          }),
        );
      await audit(tx, {
        actorId: null,
        action: "session.nudge",
        targetType: "EngagementSession",
        targetId: candidate.id,
      });
      return true;
    });
    if (sent) nudged++;
  }
  if (nudged > 0) void kickOutbox();
  return { nudged };
}
