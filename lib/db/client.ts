// The Prisma client always talks through the pg driver adapter: to a PostgreSQL server,
// or to the embedded PGlite served on 127.0.0.1 (lib/db/embedded.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { isDatabaseUnavailable } from "./errors";
import { markDatabaseReachable, markDatabaseUnreachable } from "./health";

export type Db = PrismaClient;

/** A connection that does not come within this time counts as a database that cannot be reached. */
export const CONNECT_TIMEOUT_MS = 10_000;

export function createPrismaClient(url: string, options: { max?: number; watchHealth?: boolean } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter: options.watchHealth ? watchedAdapter(adapter, url) : adapter });
}

/** Whether a fresh connection to `url` answers a query now. */
async function databaseAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => {}); // a connection lost while probing is the probe's answer
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } finally {
    await client.end().catch(() => {});
  }
}

const WATCHED = new Set<PropertyKey>(["queryRaw", "executeRaw", "executeScript", "startTransaction", "commit"]);

/**
 * The app's adapter reports every query's outcome to the process's health flag (lib/db/health.ts):
 * a connection error sets it (and starts the probe that clears it), an answer clears it.
 */
function watchedAdapter(factory: SqlDriverAdapterFactory, url: string): SqlDriverAdapterFactory {
  const onFailure = (error: unknown) => {
    if (!isDatabaseUnavailable(error)) return;
    const reason = error instanceof Error ? (error.message.split("\n").filter(Boolean).at(-1) ?? error.name) : "";
    markDatabaseUnreachable(reason, () => databaseAnswers(url));
  };
  const watch = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object);
        if (typeof value !== "function") return value;
        if (!WATCHED.has(property)) return value.bind(object);
        return async (...args: unknown[]) => {
          try {
            const result = await value.apply(object, args);
            markDatabaseReachable();
            return property === "startTransaction" ? watch(result as object) : result;
          } catch (error) {
            onFailure(error);
            throw error;
          }
        };
      },
    });
  return watch({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => watch<SqlDriverAdapter>(await factory.connect()),
  } as SqlDriverAdapterFactory);
}
