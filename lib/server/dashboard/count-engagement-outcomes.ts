import "server-only";
import type { Db } from "../../db/client";
import type { EngagementOutcomes } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";
import { readAlone } from "./read-alone";

export type Outcomes = EngagementOutcomes & { endedByClient: number; endedByCoach: number; endedByOther: number };

/**
 * The cohort's engagements (of the selected clients) by status, and who ended those ended early
 * (client, coach, or someone else: the programme team). An engagement ended after the introduction
 * as not a fit (lib/domain/fit-check.ts) is no early ending: it is counted by measure-fit-rate.ts.
 * The statuses are counted from an index of the cohort's engagements alone; only those ended early
 * (a few in a hundred) are read with their coach, to tell who ended them. No parallel worker
 * (readAlone).
 */
export async function countEngagementOutcomes(prisma: Db, scope: DashboardScope): Promise<Outcomes> {
  const [row] = await readAlone<Outcomes>(
    prisma,
    Prisma.sql`
    select s.active, s.completed, x.ended, x."endedByClient", x."endedByCoach", x."endedByOther"
      from (
        select count(*) filter (where e.status = 'active')::int as active,
               count(*) filter (where e.status = 'completed')::int as completed
          from "Engagement" e
          ${seekerJoin(`e."seekerId"`, scope)}
         where e."cohortId" = ${scope.cohortId}
      ) s,
      (
        select count(*)::int as ended,
               count(*) filter (where e."endedById" = e."seekerId")::int as "endedByClient",
               count(*) filter (where e."endedById" = cp."userId")::int as "endedByCoach",
               count(*) filter (where e."endedById" is distinct from e."seekerId" and e."endedById" is distinct from cp."userId")::int as "endedByOther"
          from "Engagement" e
          ${seekerJoin(`e."seekerId"`, scope)}
          join "MatchingProfile" cp on cp.id = e."profileId"
         where e."cohortId" = ${scope.cohortId} and e.status = 'ended' and not e."endedAsNotAFit"
      ) x`,
  );
  return row;
}
