// Which database a script or the app talks to:
// - DATABASE_URL=postgresql://… → that PostgreSQL server;
// - otherwise → the embedded PGlite database in DATA_DIR (default ./data).
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded";

export type DatabaseHandle = { url: string; embedded: boolean; close: () => Promise<void> };

export class DatabaseSettingError extends Error {}

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(not a URL)";
  }
}

/** Checks that DATABASE_URL names a reachable PostgreSQL server; the message names the variable. */
export async function checkDatabaseUrl(url: string, variable = "DATABASE_URL"): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new DatabaseSettingError(
      `${variable} must be a PostgreSQL URL such as postgresql://user:password@host:5432/binome (got "${url.slice(0, 40)}"). ` +
        `Leave it unset to use the embedded database.`,
    );
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseSettingError(
      `Cannot reach the PostgreSQL server named by ${variable} (${describeUrl(url)}): ${reason}. ` +
        `Check the server is running and the URL is right, or leave ${variable} unset to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    await checkDatabaseUrl(url);
    return { url, embedded: false, close: async () => {} };
  }
  const db = await startEmbeddedDatabase();
  return { url: db.url, embedded: true, close: db.stop };
}
