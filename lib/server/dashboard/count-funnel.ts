import "server-only";
import type { Db } from "../../db/client";
import type { Funnel } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { clientJoin, type DashboardScope } from "./dashboard-scope";

/**
 * The funnel enrolled → requested → matched → completed, as lib/domain/cohort-figures.ts
 * defines it (funnelCounts): the selected clients (or mentees) holding a seat, then those of them
 * with a request in the cohort, an engagement in the cohort, a completed one. One query.
 */
export async function countFunnel(prisma: Db, scope: DashboardScope): Promise<Funnel> {
  const [row] = await prisma.$queryRaw<Funnel[]>(Prisma.sql`
    with seated as (
      select ce."userId" from "CohortEnrolment" ce
      ${clientJoin(`ce."userId"`, scope)}
       where ce."cohortId" = ${scope.cohortId} and ce.status = 'enrolled' and ce.role in ('client', 'mentee')
    ), asked as (
      select distinct r."clientId" from "CoachRequest" r where r."cohortId" = ${scope.cohortId}
    ), engaged as (
      select e."clientId", bool_or(e.status = 'completed') as completed
        from "Engagement" e where e."cohortId" = ${scope.cohortId} group by e."clientId"
    )
    select count(*)::int as enrolled,
           count(*) filter (where a."clientId" is not null or g."clientId" is not null)::int as requested,
           count(g."clientId")::int as matched,
           count(*) filter (where g.completed)::int as completed
      from seated s
      left join asked a on a."clientId" = s."userId"
      left join engaged g on g."clientId" = s."userId"`);
  return row;
}
