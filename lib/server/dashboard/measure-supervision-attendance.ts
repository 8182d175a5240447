import "server-only";
import type { Db } from "../../db/client";
import type { DashboardScope } from "./dashboard-scope";
import { measureCoachFigures, type SupervisionFigures } from "./measure-coach-figures";

export type { SupervisionFigures } from "./measure-coach-figures";

/**
 * Supervision attendance of the cohort's coaches, month by month (measure-coach-figures.ts; the
 * dashboard's loader reads it together with coach utilisation, in one pass).
 */
export async function measureSupervisionAttendance(
  prisma: Db,
  scope: DashboardScope,
  cohort: { startsOn: Date; endsOn: Date },
  now: Date,
): Promise<SupervisionFigures> {
  return (await measureCoachFigures(prisma, scope, cohort, now)).supervision;
}
