import "server-only";
import type { Db } from "../../db/client";
import { canGiveClosingEvaluation, sessionsToEvaluate } from "../../domain/feedback";
import type { EvaluationDue } from "../../domain/next-steps";
import { sessionTitle } from "../../email/reminder-emails";
import type { Locale } from "../../i18n/config";

/**
 * The evaluations one person still owes, for the home page: completed sessions of their active or
 * completed engagements that they have not evaluated, and the closing evaluation of a completed
 * engagement. Only the person's own answers are looked at.
 */
export async function loadEvaluationsDue(prisma: Db, viewerId: string, locale: Locale): Promise<EvaluationDue[]> {
  const rows = await prisma.engagement.findMany({
    where: {
      status: { in: ["active", "completed"] },
      OR: [{ seekerId: viewerId }, { profile: { userId: viewerId } }],
    },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      status: true,
      seekerId: true,
      programme: { select: { type: true } },
      seeker: { select: { name: true, email: true } },
      profile: { select: { user: { select: { name: true, email: true } } } },
      sessions: {
        where: { status: "completed" },
        select: {
          id: true,
          position: true,
          status: true,
          stepKey: true,
          feedback: { where: { authorId: viewerId }, select: { id: true } },
        },
      },
      closingEvaluations: { where: { authorId: viewerId }, select: { id: true } },
    },
  });
  const title = (stepKey: string) => sessionTitle(stepKey, locale);
  const due: EvaluationDue[] = [];
  for (const e of rows) {
    const evaluated = new Set(e.sessions.filter((s) => s.feedback.length > 0).map((s) => s.id));
    const sessions = sessionsToEvaluate(e.sessions, evaluated).map((s) => ({
      position: s.position,
      title: title(s.stepKey),
    }));
    const closing = canGiveClosingEvaluation(e.status) && e.closingEvaluations.length === 0;
    if (!sessions.length && !closing) continue;
    const side = e.seekerId === viewerId ? "client" : "coach";
    const other = side === "client" ? e.profile.user : e.seeker;
    due.push({
      engagementId: e.id,
      side,
      programmeType: e.programme.type,
      otherName: other.name ?? other.email,
      sessions,
      closing,
    });
  }
  return due;
}
