import "server-only";
import type { Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

export type TimeToMatch = { matched: number; medianDays: number | null; p90Days: number | null };

/**
 * Time to match (lib/domain/cohort-figures.ts timeToMatchDays): for the cohort's engagements that
 * began from a request, the days from the request to the engagement's start; median and 90th
 * percentile by percentile_cont, in the database. The waits are ordered as intervals (cheaper to
 * sort than their number of seconds); only the two results are turned into days.
 */
export async function measureTimeToMatch(prisma: Db, scope: DashboardScope): Promise<TimeToMatch> {
  const [row] = await prisma.$queryRaw<TimeToMatch[]>(Prisma.sql`
    select count(*)::int as matched,
           (extract(epoch from percentile_cont(0.5) within group (order by e."startedAt" - r."createdAt")) / 86400)::float8 as "medianDays",
           (extract(epoch from percentile_cont(0.9) within group (order by e."startedAt" - r."createdAt")) / 86400)::float8 as "p90Days"
      from "Engagement" e
      join "MatchRequest" r on r.id = e."requestId"
      ${seekerJoin(`e."seekerId"`, scope)}
     where e."cohortId" = ${scope.cohortId}`);
  return row;
}
