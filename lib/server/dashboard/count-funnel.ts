import "server-only";
import type { Db } from "../../db/client";
import type { Funnel } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

/**
 * The funnel enrolled → requested → matched → completed, as lib/domain/cohort-figures.ts
 * defines it (funnelCounts): the selected clients (or mentees) holding a seat, then those of them
 * with a request in the cohort, an engagement in the cohort, a completed one. One query: each
 * seat joined to its holder's engagements of the cohort (grouped per client); the cohort's
 * requests are looked up only for the seats without an engagement (a hashed lookup), since an
 * engagement already counts as a request.
 */
export async function countFunnel(prisma: Db, scope: DashboardScope): Promise<Funnel> {
  const [row] = await prisma.$queryRaw<Funnel[]>(Prisma.sql`
    select count(*)::int as enrolled,
           count(*) filter (where g."seekerId" is not null
                               or ce."userId" in (select r."seekerId" from "MatchRequest" r where r."cohortId" = ${scope.cohortId}))::int as requested,
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
     where ce."cohortId" = ${scope.cohortId} and ce.status = 'enrolled' and ce.role in ('client', 'mentee')`);
  return row;
}
