import "server-only";
import type { Db } from "../../db/client";
import { isOverdue, reminderDue } from "../../domain/match-request";
import { queueEmail } from "../../email/outbox";
import { coachReminderEmail } from "../../email/request-emails";
import { engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { moveOn } from "./routing";

/**
 * The background job (lib/server/jobs.ts): reminds coaches one working day before their answer
 * is due, and lapses overdue choices, moving each client on to their next choice. Safe to run
 * from several processes at once: every change is conditional on the state it read.
 */
export async function advanceMatchRequests(
  prisma: Db,
  now: Date = new Date(),
): Promise<{ reminded: number; lapsed: number }> {
  let reminded = 0;
  let lapsed = 0;
  const pending = await prisma.matchRequestChoice.findMany({
    // A choice paused on a question (lib/domain/request-questions.ts) neither lapses nor is reminded.
    where: { status: "pending", pausedAt: null, request: { status: "open" } },
    select: {
      id: true,
      status: true,
      dueAt: true,
      remindedAt: true,
      request: { select: { seekerId: true, seeker: { select: { name: true } } } },
      profile: { select: { user: { select: recipientSelect } } },
    },
  });

  for (const choice of pending.filter((c) => reminderDue(c, now))) {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.matchRequestChoice.updateMany({
        where: { id: choice.id, status: "pending", pausedAt: null, remindedAt: null },
        data: { remindedAt: now },
      });
      if (count !== 1) return;
      await queueEmail(
        tx,
        coachReminderEmail(recipient(choice.profile.user), {
          clientName: choice.request.seeker.name,
          dueAt: choice.dueAt!,
          url: engagementsUrl(),
        }),
      );
      await audit(tx, {
        actorId: null,
        action: "request.choice.remind",
        targetType: "MatchRequestChoice",
        targetId: choice.id,
      });
      reminded++;
    });
  }

  for (const choice of pending.filter((c) => isOverdue(c, now))) {
    await prisma.$transaction(async (tx) => {
      await lockUser(tx, choice.request.seekerId);
      const { count } = await tx.matchRequestChoice.updateMany({
        where: { id: choice.id, status: "pending", pausedAt: null, dueAt: { lte: now }, request: { status: "open" } },
        data: { status: "lapsed", answeredAt: now },
      });
      if (count !== 1) return;
      const row = await tx.matchRequestChoice.findUniqueOrThrow({
        where: { id: choice.id },
        select: { requestId: true },
      });
      await audit(tx, {
        actorId: null,
        action: "request.choice.lapse",
        targetType: "MatchRequestChoice",
        targetId: choice.id,
        data: { requestId: row.requestId },
      });
      await moveOn(tx, row.requestId, now, { coachName: choice.profile.user.name, why: "lapsed" });
      lapsed++;
    });
  }
  if (reminded + lapsed > 0) void kickOutbox();
  return { reminded, lapsed };
}
