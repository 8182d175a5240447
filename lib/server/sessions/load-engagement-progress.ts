import "server-only";
import type { Db } from "../../db/client";
import { sessionProgress, type SessionStatus } from "../../domain/session-lifecycle";
import { sessionPlan } from "../../domain/session-plans";

export type EngagementProgress = {
  completed: number;
  total: number;
  completedAt: Date | null;
  next: { position: number; stepKey: string; status: SessionStatus; startsAt: Date | null } | null;
};

/**
 * Progress of the caller's engagements for the /engagements list (the ids come from the caller's own
 * list). An engagement whose plan is not made yet counts its template's sessions.
 */
export async function loadEngagementProgress(
  prisma: Db,
  engagementIds: string[],
): Promise<Map<string, EngagementProgress>> {
  if (engagementIds.length === 0) return new Map();
  const [rows, engagements] = await Promise.all([
    prisma.engagementSession.findMany({
      where: { engagementId: { in: engagementIds } },
      orderBy: { position: "asc" },
      select: { engagementId: true, position: true, stepKey: true, status: true, startsAt: true },
    }),
    prisma.engagement.findMany({
      where: { id: { in: engagementIds } },
      select: { id: true, completedAt: true, programme: { select: { sessionPlan: true } } },
    }),
  ]);
  const result = new Map<string, EngagementProgress>();
  for (const e of engagements) {
    const sessions = rows.filter((r) => r.engagementId === e.id);
    if (sessions.length === 0) {
      const steps = sessionPlan(e.programme.sessionPlan).steps;
      result.set(e.id, {
        completed: 0,
        total: steps.filter((s) => !s.optional).length,
        completedAt: e.completedAt,
        next: null,
      });
      continue;
    }
    const next = sessions.find((s) => s.status !== "completed") ?? null;
    result.set(e.id, {
      ...sessionProgress(sessions),
      completedAt: e.completedAt,
      next: next && { position: next.position, stepKey: next.stepKey, status: next.status, startsAt: next.startsAt },
    });
  }
  return result;
}
