import "server-only";
import type { Db } from "../../db/client";
import {
  coachLoad,
  COACH_LOADS,
  rate,
  supervisionMonths,
  utilisation,
  type CoachLoad,
  type SupervisionMonth,
} from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";
import { readAlone } from "./read-alone";

export type CoachUtilisation = {
  coaches: number;
  activeClients: number;
  capacity: number;
  /** Active clients / capacity (lib/domain/cohort-figures.ts utilisation). */
  utilisation: number | null;
  /** Coaches with every place taken, some, or none by the cohort's active clients. */
  byLoad: Record<CoachLoad, number>;
};

export type SupervisionFigures = { months: SupervisionMonth[]; due: number; attended: number; rate: number | null };

type Row =
  | { kind: "load"; month: null; active: number; capacity: number; n: number }
  | { kind: "since" | "attended"; month: string; active: null; capacity: null; n: number };

/**
 * The figures of the coaches who have at least one engagement with a selected client of the
 * cohort, from one pass over the cohort's engagements per coach (read from the index
 * Engagement (cohortId, profileId, status, startedAt, seekerId) alone, without a parallel worker):
 *
 * - utilisation: per coach, their active engagements in the cohort and their capacity, counted in
 *   the database by (active, capacity); the ratio and the loads are computed from those groups;
 * - supervision attendance, month by month (lib/domain/cohort-figures.ts supervisionAttendance
 *   defines it): coach-months due from each coach's first engagement of the cohort, and those
 *   with an attended supervision session recorded (SupervisionRecord). The coaches are counted by
 *   the month they became due, and per month the coaches due who attended; a month's coaches due
 *   are then the running total of the first (a dozen numbers at most), rather than every coach
 *   joined to every month.
 */
export async function measureCoachFigures(
  prisma: Db,
  scope: DashboardScope,
  cohort: { startsOn: Date; endsOn: Date },
  now: Date,
): Promise<{ coaches: CoachUtilisation; supervision: SupervisionFigures }> {
  const months = supervisionMonths(cohort, now);
  const supervisionParts =
    months.length === 0
      ? Prisma.empty
      : Prisma.sql`
    union all
    select 'since', to_char(since, 'YYYY-MM'), null, null, count(*)::int
      from coaches
     group by since
    union all
    select 'attended', to_char(m, 'YYYY-MM'), null, null, count(distinct id)::int
      from (
        select c.id, date_trunc('month', r."heldOn"::timestamp) as m, c.since
          from "SupervisionRecord" r
          join coaches c on c.id = r."coachProfileId"
         where r.attended and r."heldOn" >= ${`${months[0]}-01`}::date
           and r."heldOn" < ${`${months.at(-1)}-01`}::date + interval '1 month'
      ) a
     where m >= since
     group by m`;
  const rows = await readAlone<Row>(
    prisma,
    Prisma.sql`
    with coaches as materialized (
      select e."profileId" as id, count(*) filter (where e.status = 'active')::int as active,
             date_trunc('month', min(e."startedAt")) as since
        from "Engagement" e
        ${seekerJoin(`e."seekerId"`, scope)}
       where e."cohortId" = ${scope.cohortId}
       group by e."profileId"
    )
    select 'load' as kind, null::text as month, c.active, cp.capacity, count(*)::int as n
      from coaches c
      join "MatchingProfile" cp on cp.id = c.id
     group by c.active, cp.capacity
    ${supervisionParts}`,
  );
  return {
    coaches: utilisationOf(rows.filter((r) => r.kind === "load")),
    supervision: supervisionOf(
      months,
      rows.filter((r) => r.kind !== "load"),
    ),
  };
}

function utilisationOf(groups: { active: number; capacity: number; n: number }[]): CoachUtilisation {
  const byLoad = Object.fromEntries(COACH_LOADS.map((l) => [l, 0])) as Record<CoachLoad, number>;
  for (const g of groups) byLoad[coachLoad(g.active, g.capacity)] += g.n;
  const expanded = groups.map((g) => ({ active: g.active * g.n, capacity: g.capacity * g.n }));
  return {
    coaches: groups.reduce((n, g) => n + g.n, 0),
    activeClients: expanded.reduce((n, g) => n + g.active, 0),
    capacity: expanded.reduce((n, g) => n + g.capacity, 0),
    utilisation: utilisation(expanded),
    byLoad,
  };
}

function supervisionOf(
  months: string[],
  rows: { kind: string; month: string | null; n: number }[],
): SupervisionFigures {
  if (months.length === 0) return { months: [], due: 0, attended: 0, rate: null };
  const attendedIn = new Map(rows.filter((r) => r.kind === "attended").map((r) => [r.month, r.n]));
  const since = rows.filter((r) => r.kind === "since");
  const figures = months.map((month) => ({
    month,
    due: since.reduce((n, r) => (r.month! <= month ? n + r.n : n), 0),
    attended: attendedIn.get(month) ?? 0,
  }));
  const due = figures.reduce((n, r) => n + r.due, 0);
  const attended = figures.reduce((n, r) => n + r.attended, 0);
  return { months: figures, due, attended, rate: rate(attended, due) };
}
