import "server-only";
import type { Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

export type EarlyEnding = {
  endedAt: Date | null;
  endedBy: "client" | "coach" | "other";
  sessionsHeld: number;
  reason: string | null;
};

/**
 * The cohort's engagements ended early, most recent first, with who ended them, after how many
 * sessions held, and the reason given. No names: the dashboard is about the cohort, and the
 * reason is what the programme team needs (names are on the programme administration page).
 * Engagements ended after the introduction as not a fit are not early endings (measure-fit-rate.ts).
 */
export async function listEarlyEndings(prisma: Db, scope: DashboardScope, take: number): Promise<EarlyEnding[]> {
  return prisma.$queryRaw<EarlyEnding[]>(Prisma.sql`
    select e."endedAt",
           case when e."endedById" = e."seekerId" then 'client' when e."endedById" = cp."userId" then 'coach' else 'other' end as "endedBy",
           (select count(*)::int from "EngagementSession" s where s."engagementId" = e.id and s.status = 'completed') as "sessionsHeld",
           e."endReason" as reason
      from "Engagement" e
      ${seekerJoin(`e."seekerId"`, scope)}
      join "MatchingProfile" cp on cp.id = e."profileId"
     where e."cohortId" = ${scope.cohortId} and e.status = 'ended' and not e."endedAsNotAFit"
     order by e."endedAt" desc nulls last, e.id
     limit ${take}`);
}
