import "server-only";
import type { Db } from "../../db/client";
import { rate, supervisionMonths, type SupervisionMonth } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { clientJoin, type DashboardScope } from "./dashboard-scope";

export type SupervisionFigures = { months: SupervisionMonth[]; due: number; attended: number; rate: number | null };

/**
 * Supervision attendance of the cohort's coaches, month by month (lib/domain/cohort-figures.ts
 * supervisionAttendance defines it): coach-months due from each coach's first engagement of the
 * cohort, and those with an attended supervision session recorded (SupervisionRecord). One query.
 */
export async function measureSupervisionAttendance(
  prisma: Db,
  scope: DashboardScope,
  cohort: { startsOn: Date; endsOn: Date },
  now: Date,
): Promise<SupervisionFigures> {
  const months = supervisionMonths(cohort, now);
  if (months.length === 0) return { months: [], due: 0, attended: 0, rate: null };
  const from = `${months[0]}-01`;
  const to = `${months.at(-1)}-01`;
  const rows = await prisma.$queryRaw<SupervisionMonth[]>(Prisma.sql`
    with coaches as (
      select e."coachProfileId" as id, date_trunc('month', min(e."startedAt")) as since
        from "Engagement" e
        ${clientJoin(`e."clientId"`, scope)}
       where e."cohortId" = ${scope.cohortId}
       group by e."coachProfileId"
    ), months as (
      select generate_series(${from}::timestamp, ${to}::timestamp, interval '1 month') as m
    ), attended as (
      select distinct r."coachProfileId" as id, date_trunc('month', r."heldOn") as m
        from "SupervisionRecord" r
        join coaches c on c.id = r."coachProfileId"
       where r.attended and r."heldOn" >= ${from}::date and r."heldOn" < ${to}::date + interval '1 month'
    )
    select to_char(months.m, 'YYYY-MM') as month, count(c.id)::int as due, count(a.id)::int as attended
      from months
      left join coaches c on c.since <= months.m
      left join attended a on a.id = c.id and a.m = months.m
     group by months.m
     order by months.m`);
  const due = rows.reduce((n, r) => n + r.due, 0);
  const attended = rows.reduce((n, r) => n + r.attended, 0);
  return { months: rows, due, attended, rate: rate(attended, due) };
}
