import "server-only";
import type { Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";

/**
 * One of the dashboard's passes over every engagement or request of a cohort, in a read-only
 * transaction of its own whose settings last only as long as it does:
 * - no parallel workers: the loader already runs its figures side by side on the pool, so workers
 *   would only compete with those queries for the same processors, and each worker would hash
 *   what the other hashes again;
 * - `workMem`, when given: the memory its sort or hash of the cohort's rows needs not to spill to
 *   disk (PostgreSQL's default, 4 MB, holds about 100,000 of them);
 * - `mergeJoins`: no hash join, for a query whose two sides are read in the same order from
 *   indexes alone: the planner prices a hash of every row of one side below merging the two as
 *   they stream, which measures about twice as fast at a million sessions.
 * Nothing else changes: the same query, the same answer, on PostgreSQL and on the embedded
 * database alike (whose session server lends the session to one transaction at a time).
 */
export async function readAlone<T>(
  prisma: Db,
  query: Prisma.Sql,
  { workMem, mergeJoins = false }: { workMem?: string; mergeJoins?: boolean } = {},
) {
  // The read-only mode and the settings in one statement: all the transaction adds to the query
  // is that statement, its begin and its commit.
  const settings = [
    Prisma.sql`set_config('transaction_read_only', 'on', true)`,
    Prisma.sql`set_config('max_parallel_workers_per_gather', '0', true)`,
  ];
  if (workMem) settings.push(Prisma.sql`set_config('work_mem', ${workMem}, true)`);
  if (mergeJoins) settings.push(Prisma.sql`set_config('enable_hashjoin', 'off', true)`);
  const [, rows] = await prisma.$transaction([
    prisma.$queryRaw`select ${Prisma.join(settings)}`,
    prisma.$queryRaw<T[]>(query),
  ]);
  return rows;
}
