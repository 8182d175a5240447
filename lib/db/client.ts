// The Prisma client always talks through the pg driver adapter: to a PostgreSQL server,
// or to the embedded PGlite served on 127.0.0.1 (lib/db/embedded.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(url: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
