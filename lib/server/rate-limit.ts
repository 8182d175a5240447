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
