import "server-only";
import type { Db } from "../../db/client";
import { rate, supervisionMonths, type SupervisionMonth } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

export type SupervisionFigures = { months: SupervisionMonth[]; due: number; attended: number; rate: number | null };

/**
 * Supervision attendance of the cohort's coaches, month by month (lib/domain/cohort-figures.ts
 * supervisionAttendance defines it): coach-months due from each coach's first engagement of the
 * cohort, and those with an attended supervision session recorded (SupervisionRecord). One query,
 * counted in the database: the coaches by the month they became due, and per month the coaches
 * due who attended; a month's coaches due are then the running total of the first (a dozen
 * numbers at most), rather than every coach joined to every month.
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
  const rows = await prisma.$queryRaw<{ kind: "since" | "attended"; month: string; n: number }[]>(Prisma.sql`
    with coaches as materialized (
      select e."profileId" as id, date_trunc('month', min(e."startedAt")) as since
        from "Engagement" e
        ${seekerJoin(`e."seekerId"`, scope)}
       where e."cohortId" = ${scope.cohortId}
       group by e."profileId"
    )
    select 'since' as kind, to_char(since, 'YYYY-MM') as month, count(*)::int as n
      from coaches
     group by since
    union all
    select 'attended', to_char(m, 'YYYY-MM'), count(distinct id)::int
      from (
        select c.id, date_trunc('month', r."heldOn"::timestamp) as m, c.since
          from "SupervisionRecord" r
          join coaches c on c.id = r."coachProfileId"
         where r.attended and r."heldOn" >= ${from}::date and r."heldOn" < ${to}::date + interval '1 month'
      ) a
     where m >= since
     group by m`);
  const attendedIn = new Map(rows.filter((r) => r.kind === "attended").map((r) => [r.month, r.n]));
  const since = rows.filter((r) => r.kind === "since");
  const figures = months.map((month) => ({
    month,
    due: since.reduce((n, r) => (r.month <= month ? n + r.n : n), 0),
    attended: attendedIn.get(month) ?? 0,
  }));
  const due = figures.reduce((n, r) => n + r.due, 0);
  const attended = figures.reduce((n, r) => n + r.attended, 0);
  return { months: figures, due, attended, rate: rate(attended, due) };
}
