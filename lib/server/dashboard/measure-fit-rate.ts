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
  const [row] = await prisma.$queryRaw<{ fits: number; notAFit: number }[]>(Prisma.sql`
    select count(*) filter (where e."endedAsNotAFit")::int as "notAFit",
           count(*) filter (where not e."endedAsNotAFit" and (
             select count(*) from "EngagementFitAnswer" a
              where a."engagementId" = e.id and a.fits and a."userId" in (e."seekerId", cp."userId")) = 2)::int as fits
      from "Engagement" e
      ${seekerJoin(`e."seekerId"`, scope)}
      join "MatchingProfile" cp on cp.id = e."profileId"
     where e."cohortId" = ${scope.cohortId}`);
  return { ...row, rate: fitRate(row) };
}
