import "server-only";
import type { Db } from "../../db/client";
import { coachLoad, COACH_LOADS, utilisation, type CoachLoad } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

export type CoachUtilisation = {
  coaches: number;
  activeClients: number;
  capacity: number;
  /** Active clients / capacity (lib/domain/cohort-figures.ts utilisation). */
  utilisation: number | null;
  /** Coaches with every place taken, some, or none by the cohort's active clients. */
  byLoad: Record<CoachLoad, number>;
};

/**
 * Coach utilisation over the coaches who have at least one engagement with a selected client of
 * the cohort: per coach, their active engagements in the cohort and their capacity, grouped in
 * the database by (active, capacity); the ratio and the loads are computed from those groups.
 */
export async function measureCoachUtilisation(prisma: Db, scope: DashboardScope): Promise<CoachUtilisation> {
  const groups = await prisma.$queryRaw<{ active: number; capacity: number; coaches: number }[]>(Prisma.sql`
    select active, capacity, count(*)::int as coaches
      from (
        select e."profileId", cp.capacity, count(*) filter (where e.status = 'active')::int as active
          from "Engagement" e
          ${seekerJoin(`e."seekerId"`, scope)}
          join "MatchingProfile" cp on cp.id = e."profileId"
         where e."cohortId" = ${scope.cohortId}
         group by e."profileId", cp.capacity
      ) per_coach
     group by active, capacity`);
  const byLoad = Object.fromEntries(COACH_LOADS.map((l) => [l, 0])) as Record<CoachLoad, number>;
  for (const g of groups) byLoad[coachLoad(g.active, g.capacity)] += g.coaches;
  const expanded = groups.map((g) => ({ active: g.active * g.coaches, capacity: g.capacity * g.coaches }));
  return {
    coaches: groups.reduce((n, g) => n + g.coaches, 0),
    activeClients: expanded.reduce((n, g) => n + g.active, 0),
    capacity: expanded.reduce((n, g) => n + g.capacity, 0),
    utilisation: utilisation(expanded),
    byLoad,
  };
}
