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
