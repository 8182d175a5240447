import "server-only";
import type { Db } from "../../db/client";
import { PENDING_AGE_BOUNDS_DAYS } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import { seekerJoin, utcTimestamp, type DashboardScope } from "./dashboard-scope";

export type PendingRequests = { total: number; oldestDays: number | null; byAge: number[] };

/**
 * Requests still waiting for a coach's answer (status open) in the cohort, by age in days at
 * `now`, in the buckets of PENDING_AGE_BOUNDS_DAYS (width_bucket, as bucketOf defines them).
 */
export async function countPendingRequests(prisma: Db, scope: DashboardScope, now: Date): Promise<PendingRequests> {
  const rows = await prisma.$queryRaw<{ bucket: number; n: number; oldest: number }[]>(Prisma.sql`
    select width_bucket(age, ${[...PENDING_AGE_BOUNDS_DAYS]}::float8[])::int as bucket, count(*)::int as n, max(age)::float8 as oldest
      from (
        select extract(epoch from ${utcTimestamp(now)} - r."createdAt") / 86400 as age
          from "MatchRequest" r
          ${seekerJoin(`r."seekerId"`, scope)}
         where r."cohortId" = ${scope.cohortId} and r.status = 'open'
      ) pending
     group by 1`);
  const byAge = Array.from(
    { length: PENDING_AGE_BOUNDS_DAYS.length + 1 },
    (_, i) => rows.find((r) => r.bucket === i)?.n ?? 0,
  );
  return {
    total: byAge.reduce((a, b) => a + b, 0),
    oldestDays: rows.length ? Math.max(...rows.map((r) => r.oldest)) : null,
    byAge,
  };
}
