import "server-only";
import type { Db } from "../../db/client";
import { dayKeyOf, type MonthCount } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

/**
 * Sessions held versus planned per month (UTC), as sessionsByMonth in
 * lib/domain/cohort-figures.ts defines them: a session's month is that of its agreed time, else
 * of its suggested date; cancelled sessions and those left undone in an engagement ended early
 * are not planned. With them, per month, the sessions due by now and those still to hold after
 * the cohort's last day. Grouped in the database in one pass over the sessions: by day first (a
 * cast, cheaper per session than working out its month), then the few hundred days by month.
 */
export async function countSessionsByMonth(
  prisma: Db,
  scope: DashboardScope,
  now: Date = new Date(),
): Promise<MonthCount[]> {
  const today = dayKeyOf(now);
  return prisma.$queryRaw<MonthCount[]>(Prisma.sql`
    select to_char(date_trunc('month', day::timestamp), 'YYYY-MM') as month,
           sum(planned)::int as planned, sum(held)::int as held, sum(missed)::int as missed,
           sum(case when day < ${today}::date then planned else held + missed end)::int as due,
           sum(case when day > (select c."endsOn" from "Cohort" c where c.id = ${scope.cohortId})
                    then planned - held - missed else 0 end)::int as "pastEnd"
      from (
        select coalesce(s."startsAt", s."suggestedAt")::date as day,
               count(*) as planned,
               count(*) filter (where s.status = 'completed') as held,
               count(*) filter (where s.status = 'missed') as missed
          from "Engagement" e
          ${seekerJoin(`e."seekerId"`, scope)}
          join "EngagementSession" s on s."engagementId" = e.id
         where e."cohortId" = ${scope.cohortId}
           and s.status <> 'cancelled'
           and not (e.status = 'ended' and s.status in ('planned', 'proposed', 'scheduled'))
         group by 1
      ) days
     group by date_trunc('month', day::timestamp)
     order by 1`);
}
