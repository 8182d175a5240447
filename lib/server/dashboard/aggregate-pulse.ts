import "server-only";
import type { Db } from "../../db/client";
import { pulseFigures, type PulseFigures } from "../../domain/relationship-pulse";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

/**
 * The cohort's relationship pulse (lib/domain/relationship-pulse.ts), for the selected clients'
 * engagements: how many answered each score on each side, from which the domain shows aggregates
 * only over five answers. Comments are never read here: they are their authors' alone, and a
 * count of them would tell admins nothing they could act on while narrowing who wrote.
 */
export async function aggregatePulse(prisma: Db, scope: DashboardScope): Promise<PulseFigures> {
  const rows = await prisma.$queryRaw<{ role: string; score: number; answers: number }[]>(Prisma.sql`
    select p.role, p.score, count(*)::int as answers
      from "RelationshipPulse" p
      join "Engagement" e on e.id = p."engagementId"
      ${seekerJoin(`e."seekerId"`, scope)}
     where e."cohortId" = ${scope.cohortId}
     group by p.role, p.score`);
  return pulseFigures(rows.flatMap((r) => Array.from({ length: r.answers }, () => ({ role: r.role, score: r.score }))));
}
