import "server-only";
import type { Db } from "../../db/client";
import { fitRate } from "../../domain/fit-check";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

export type FitFigures = { fits: number; notAFit: number; rate: number | null };

/**
 * The cohort's fit check (lib/domain/fit-check.ts), for the selected clients: the pairs whose
 * answers decided — both said the pairing fits, or it ended as not a fit — and the share that fit.
 * Pairs still waiting for an answer are not counted. One aggregate query; no names, no comments.
 */
export async function measureFitRate(prisma: Db, scope: DashboardScope): Promise<FitFigures> {
  // Fits are counted from the answers (two per decided pair at most) rather than by looking up the
  // answers of every engagement one by one.
  const [row] = await prisma.$queryRaw<{ fits: number; notAFit: number }[]>(Prisma.sql`
    select (select count(*)::int
              from "Engagement" e
              ${seekerJoin(`e."seekerId"`, scope)}
             where e."cohortId" = ${scope.cohortId} and e."endedAsNotAFit") as "notAFit",
           (select count(*)::int from (
              select a."engagementId"
                from "EngagementFitAnswer" a
                join "Engagement" e on e.id = a."engagementId"
                ${seekerJoin(`e."seekerId"`, scope)}
                join "MatchingProfile" cp on cp.id = e."profileId"
               where e."cohortId" = ${scope.cohortId} and not e."endedAsNotAFit"
                 and a.fits and a."userId" in (e."seekerId", cp."userId")
               group by a."engagementId"
              having count(*) = 2) both_fit) as fits`);
  return { ...row, rate: fitRate(row) };
}
