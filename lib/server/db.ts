import "server-only";
import { createPrismaClient, type Db } from "../db/client";
import { env } from "../env";

// One client per server process (kept across hot reloads in development). It reports connection
// failures to the process's health flag (lib/db/health.ts), which proxy.ts reads.
const globalForPrisma = globalThis as unknown as { binomePrisma?: Db };

export function db(): Db {
  if (!globalForPrisma.binomePrisma) {
    const url = env().DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set: start the app with `npm run demo` or `npm start` (see README).");
    globalForPrisma.binomePrisma = createPrismaClient(url, { watchHealth: true });
  }
  return globalForPrisma.binomePrisma;
}

/**
 * Closes the process's connection pool (the instance is shutting down: scripts/server-lifecycle.cjs
 * calls it once no request is in flight). A later db() would open a new one.
 */
export async function closeDb(): Promise<void> {
  const client = globalForPrisma.binomePrisma;
  globalForPrisma.binomePrisma = undefined;
  await client?.$disconnect();
}
