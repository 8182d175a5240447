import "server-only";
import type { Db } from "../../db/client";
import { CREDENTIAL_DECISION_WINDOW_DAYS, CREDENTIAL_WAIT_BOUNDS_DAYS } from "../../domain/cohort-figures";
import { Prisma } from "../../generated/prisma/client";
import type { DashboardFilter } from "../../validation/programmes";
import { placeConditions, utcTimestamp } from "./dashboard-scope";

export type CredentialQueueFigures = {
  /** Registrations submitted and waiting for HR's review now. */
  waiting: number;
  medianWaitDays: number | null;
  oldestWaitDays: number | null;
  /** Waiting registrations by days waited (CREDENTIAL_WAIT_BOUNDS_DAYS). */
  byWait: number[];
  /** Sent back to the coach for changes: waiting on the coach, not on HR. */
  changesRequested: number;
  /** HR decisions (approved, changes requested, rejected) of the last CREDENTIAL_DECISION_WINDOW_DAYS days. */
  decisions: number;
  medianDecisionDays: number | null;
};

/**
 * The credential queue's figures, for HR reviewers and programme admins: how many coach
 * registrations wait, for how long, and how long HR took to decide lately. About coaches, not a
 * cohort: the entity and duty-station filters select the coaches here. Waits are counted from the
 * (latest) submission to `now`, decisions from submission to review.
 */
export async function measureCredentialQueue(
  prisma: Db,
  filter: DashboardFilter,
  now: Date,
): Promise<CredentialQueueFigures> {
  const conditions = placeConditions("u", filter);
  const join = conditions.length
    ? Prisma.sql`join "User" u on u.id = cp."userId" and ${Prisma.join(conditions, " and ")}`
    : Prisma.empty;
  const at = utcTimestamp(now);
  const [[summary], buckets] = await Promise.all([
    prisma.$queryRaw<Omit<CredentialQueueFigures, "byWait">[]>(Prisma.sql`
      select count(*) filter (where cp.status = 'submitted')::int as waiting,
             (percentile_cont(0.5) within group (order by extract(epoch from ${at} - cp."submittedAt"))
                filter (where cp.status = 'submitted') / 86400)::float8 as "medianWaitDays",
             (max(extract(epoch from ${at} - cp."submittedAt")) filter (where cp.status = 'submitted') / 86400)::float8 as "oldestWaitDays",
             count(*) filter (where cp.status = 'changes_requested')::int as "changesRequested",
             count(*) filter (where d.decided)::int as decisions,
             (percentile_cont(0.5) within group (order by extract(epoch from cp."reviewedAt" - cp."submittedAt"))
                filter (where d.decided) / 86400)::float8 as "medianDecisionDays"
        from "MatchingProfile" cp
        ${join}
        cross join lateral (
          select cp.status in ('approved', 'changes_requested', 'rejected')
             and cp."reviewedAt" >= ${at} - make_interval(days => ${CREDENTIAL_DECISION_WINDOW_DAYS}::int)
             and cp."submittedAt" is not null and cp."reviewedAt" >= cp."submittedAt" as decided
        ) d
       where cp.status in ('submitted', 'changes_requested', 'approved', 'rejected')`),
    prisma.$queryRaw<{ bucket: number; n: number }[]>(Prisma.sql`
      select width_bucket(extract(epoch from ${at} - cp."submittedAt") / 86400, ${[...CREDENTIAL_WAIT_BOUNDS_DAYS]}::float8[])::int as bucket,
             count(*)::int as n
        from "MatchingProfile" cp
        ${join}
       where cp.status = 'submitted' and cp."submittedAt" is not null
       group by 1`),
  ]);
  return {
    ...summary,
    byWait: Array.from(
      { length: CREDENTIAL_WAIT_BOUNDS_DAYS.length + 1 },
      (_, i) => buckets.find((b) => b.bucket === i)?.n ?? 0,
    ),
  };
}
