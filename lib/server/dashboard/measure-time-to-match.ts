import "server-only";
import type { Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";
import { readAlone } from "./read-alone";

export type TimeToMatch = { matched: number; medianDays: number | null; p90Days: number | null };

/**
 * Time to match (lib/domain/cohort-figures.ts timeToMatchDays): for the cohort's engagements that
 * began from a request, the days from the request to the engagement's start; median and 90th
 * percentile by percentile_cont, in the database. The waits are sorted as numbers of seconds
 * (date_part gives a double, to the microsecond, which sorts by value in half the memory of an
 * interval), with the memory the waits need not to spill to disk: 32 MB holds about two million
 * sessions' (readAlone). The engagements are read in the order of their requests from the index
 * Engagement (cohortId, requestId, startedAt, seekerId), and merged with the requests read in the
 * same order from MatchRequest (id, createdAt): neither table's rows are read, nor every request
 * hashed.
 */
export async function measureTimeToMatch(prisma: Db, scope: DashboardScope): Promise<TimeToMatch> {
  const [row] = await readAlone<TimeToMatch>(
    prisma,
    Prisma.sql`
    select count(*)::int as matched,
           (percentile_cont(0.5) within group (order by date_part('epoch', e."startedAt" - r."createdAt")) / 86400)::float8 as "medianDays",
           (percentile_cont(0.9) within group (order by date_part('epoch', e."startedAt" - r."createdAt")) / 86400)::float8 as "p90Days"
      from "Engagement" e
      join "MatchRequest" r on r.id = e."requestId"
      ${seekerJoin(`e."seekerId"`, scope)}
     where e."cohortId" = ${scope.cohortId}`,
    { workMem: "32MB", mergeJoins: true },
  );
  return row;
}
