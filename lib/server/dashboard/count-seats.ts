import "server-only";
import type { Db } from "../../db/client";
import { seatFigures, type SeatFigures } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, type DashboardScope } from "./dashboard-scope";

/**
 * Seats used and the waiting list: the cohort's places by status (enrolled and offered hold a
 * seat, as the enrolment verbs count them), for the selected people; the seats are the cohort's.
 */
export async function countSeats(prisma: Db, scope: DashboardScope, seats: number): Promise<SeatFigures> {
  const rows = await prisma.$queryRaw<{ status: string; n: number }[]>(Prisma.sql`
    select ce.status::text as status, count(*)::int as n
      from "CohortEnrolment" ce
      ${seekerJoin(`ce."userId"`, scope)}
     where ce."cohortId" = ${scope.cohortId}
     group by ce.status`);
  return seatFigures(seats, Object.fromEntries(rows.map((r) => [r.status, r.n])));
}
