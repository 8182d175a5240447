import "server-only";
import type { Db } from "../../db/client";
import type { MonthCount } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { clientJoin, type DashboardScope } from "./dashboard-scope";

/**
 * Sessions held versus planned per month (UTC), as sessionsByMonth in
 * lib/domain/cohort-figures.ts defines them: a session's month is that of its agreed time, else
 * of its suggested date; cancelled sessions and those left undone in an engagement ended early
 * are not planned. Grouped in the database (date_trunc).
 */
export async function countSessionsByMonth(prisma: Db, scope: DashboardScope): Promise<MonthCount[]> {
  return prisma.$queryRaw<MonthCount[]>(Prisma.sql`
    select to_char(date_trunc('month', coalesce(s."startsAt", s."suggestedAt")), 'YYYY-MM') as month,
           count(*)::int as planned,
           count(*) filter (where s.status = 'completed')::int as held,
           count(*) filter (where s.status = 'missed')::int as missed
      from "Engagement" e
      ${clientJoin(`e."clientId"`, scope)}
      join "EngagementSession" s on s."engagementId" = e.id
     where e."cohortId" = ${scope.cohortId}
       and s.status <> 'cancelled'
       and not (e.status = 'ended' and s.status in ('planned', 'proposed', 'scheduled'))
     group by date_trunc('month', coalesce(s."startsAt", s."suggestedAt"))
     order by 1`);
}
