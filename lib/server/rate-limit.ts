import "server-only";
import type { Db } from "../db/client";

/**
 * Counts one hit on `key` in a fixed window; true while the count stays within `limit`.
 * One atomic statement, so concurrent requests cannot slip past the limit.
 */
export async function allowHit(prisma: Db, key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    insert into "RateLimitBucket" ("key", "windowStart", "count") values (${key}, now(), 1)
    on conflict ("key") do update set
      "count" = case when "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     then 1 else "RateLimitBucket"."count" + 1 end,
      "windowStart" = case when "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     then now() else "RateLimitBucket"."windowStart" end
    returning "count"`;
  return Number(rows[0]?.count ?? 0) <= limit;
}

/**
 * A growing cool-down between two things done for one key (e-mailing a sign-in link): the first
 * is allowed at once, then after `firstSeconds`, twice that, and so on up to `maxSeconds`; after
 * `resetSeconds` without any, it starts over. True when the thing may be done now (and counts
 * it). One atomic statement: of concurrent calls, one at most is allowed. The row keeps the last
 * time (windowStart) and how many in a row (count).
 */
export async function allowAfterCoolDown(
  prisma: Db,
  key: string,
  coolDown: { firstSeconds: number; maxSeconds: number; resetSeconds: number },
): Promise<boolean> {
  const { firstSeconds, maxSeconds, resetSeconds } = coolDown;
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    insert into "RateLimitBucket" ("key", "windowStart", "count") values (${key}, now(), 1)
    on conflict ("key") do update set
      "count" = case when "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${resetSeconds})
                     then 1 else "RateLimitBucket"."count" + 1 end,
      "windowStart" = now()
    where "RateLimitBucket"."windowStart" <= now() - make_interval(secs => least(
            ${firstSeconds}::float8 * power(2, greatest("RateLimitBucket"."count", 1) - 1), ${maxSeconds}::float8))
    returning "count"`;
  return rows.length > 0;
}

/** Forgets the counts of `key` (e.g. the person signed in: their next link goes out at once). */
export async function forgetHits(prisma: Db, key: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}

/** Counts nobody needs any more: none of the windows and cool-downs lasts a day. */
export async function deleteOldRateLimits(prisma: Db, now = new Date()): Promise<number> {
  const { count } = await prisma.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
  });
  return count;
}
