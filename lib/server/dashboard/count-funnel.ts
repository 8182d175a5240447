import "server-only";
import type { Db } from "../../db/client";
import type { Funnel } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";
import { readAlone } from "./read-alone";

/**
 * The funnel enrolled → requested → matched → completed, as lib/domain/cohort-figures.ts
 * defines it (funnelCounts): the selected clients (or mentees) holding a seat, then those of them
 * with a request in the cohort, an engagement in the cohort, a completed one. One query: each
 * seat joined to its holder's engagements of the cohort (grouped per client) and to whether they
 * sent a request in the cohort (an engagement already counts as one). The seats, engagements and
 * requests are each read from an index in the order of their person (CohortEnrolment
 * (cohortId, status, userId, role), Engagement (cohortId, seekerId, status), MatchRequest
 * (cohortId, seekerId)), so at a million sessions the three are merged as they stream rather than
 * hashed in memory, without a parallel worker (readAlone).
 */
export async function countFunnel(prisma: Db, scope: DashboardScope): Promise<Funnel> {
  const [row] = await readAlone<Funnel>(
    prisma,
    Prisma.sql`
    select count(*)::int as enrolled,
           count(*) filter (where g."seekerId" is not null or r."seekerId" is not null)::int as requested,
           count(g."seekerId")::int as matched,
           count(*) filter (where g.completed)::int as completed
      from "CohortEnrolment" ce
      ${seekerJoin(`ce."userId"`, scope)}
      left join (
        select e."seekerId", bool_or(e.status = 'completed') as completed
          from "Engagement" e
         where e."cohortId" = ${scope.cohortId}
         group by e."seekerId"
      ) g on g."seekerId" = ce."userId"
      left join (
        select distinct r."seekerId"
          from "MatchRequest" r
         where r."cohortId" = ${scope.cohortId}
      ) r on r."seekerId" = ce."userId"
     where ce."cohortId" = ${scope.cohortId} and ce.status = 'enrolled' and ce.role in ('client', 'mentee')`,
  );
  return row;
}
