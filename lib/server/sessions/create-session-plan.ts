import "server-only";
import type { Db } from "../../db/client";
import { sessionPlan } from "../../domain/session-plans";
import { planSessions } from "../../domain/session-schedule";
import { audit } from "../audit";
import type { Tx } from "../db/transaction";

/**
 * Gives an engagement its session plan: one session per step of its programme's template, with the
 * dates the template suggests, computed in the coach's time zone from the day the engagement
 * started. Runs inside the caller's transaction (the engagement is created in it); does nothing
 * when the engagement already has its sessions, so it is safe to call twice or concurrently.
 */
export async function createSessionPlan(tx: Tx, engagementId: string, actorId: string | null = null): Promise<number> {
  const engagement = await tx.engagement.findUniqueOrThrow({
    where: { id: engagementId },
    select: {
      startedAt: true,
      programme: { select: { sessionPlan: true } },
      profile: { select: { user: { select: { timeZone: true } } } },
      _count: { select: { sessions: true } },
    },
  });
  if (engagement._count.sessions > 0) return 0;
  const template = sessionPlan(engagement.programme.sessionPlan);
  const planned = planSessions(template, engagement.startedAt, engagement.profile.user.timeZone);
  const { count } = await tx.engagementSession.createMany({
    data: planned.map((s) => ({ engagementId, ...s, status: "planned" as const })),
    skipDuplicates: true,
  });
  if (count > 0) {
    await audit(tx, {
      actorId,
      action: "session.plan",
      targetType: "Engagement",
      targetId: engagementId,
      data: { plan: template.key, sessions: count },
    });
  }
  return count;
}

/**
 * An engagement that started before session plans existed (or was created outside the app's flow)
 * gets its plan when one of its people first opens it.
 */
export async function ensureSessionPlan(prisma: Db, engagementId: string): Promise<void> {
  await prisma.$transaction((tx) => createSessionPlan(tx, engagementId));
}
