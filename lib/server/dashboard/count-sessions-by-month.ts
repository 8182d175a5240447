import "server-only";
import type { Db } from "../../db/client";
import { dayKeyOf, type MonthCount } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { tallyConditions, type DashboardScope } from "./dashboard-scope";

/**
 * Sessions held versus planned per month (UTC), as sessionsByMonth in
 * lib/domain/cohort-figures.ts defines them: a session's month is that of its agreed time, else
 * of its suggested date; cancelled sessions and those left undone in an engagement ended early
 * are not planned. With them, per month, the sessions due by now and those still to hold after
 * the cohort's last day. Summed from the sessions' daily tally (CohortSessionTally, kept by the
 * database's triggers in the transaction of every change, by the same definition): a few rows per
 * day and place, however many sessions.
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
        select t.day, sum(t.planned) as planned, sum(t.held) as held, sum(t.missed) as missed
          from "CohortSessionTally" t
         where ${tallyConditions("t", scope)}
         group by t.day
        having sum(t.planned) <> 0
      ) days
     group by date_trunc('month', day::timestamp)
     order by 1`);
}
