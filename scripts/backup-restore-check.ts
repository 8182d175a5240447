// Backups that are known to restore: dumps a database with pg_dump (custom format, -Fc, as
// docs/operations.md schedules it), restores the dump into a fresh database with pg_restore, and
// checks that the copy is the original: the same tables, the same rows in each (count and checksum
// of the contents), and the app's migrations table (_prisma_migrations) intact — every migration of
// prisma/migrations recorded as finished, none rolled back.
//
//   npm run backup:check                      a throw-away database (migrated, demo data) on the
//                                             server of TEST_DATABASE_URL (default 127.0.0.1:5432)
//   DATABASE_URL=postgresql://… npm run backup:check    that database (left as it is)
//
// Needs pg_dump and pg_restore (Debian: postgresql-client) of the server's major version or newer.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { createPrismaClient } from "../lib/db/client";
import { applyPendingMigrations, readMigrations } from "../lib/db/migrations";
import { seedDatabase } from "../prisma/seed/seed";

type TableFacts = { rows: number; checksum: string };

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table of the public schema: its row count and a checksum of its rows (in a stable order). */
async function describe(url: string): Promise<Map<string, TableFacts>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const facts = new Map<string, TableFacts>();
    for (const { name } of tables.rows) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      const { rows } = await client.query<{ rows: number; checksum: string | null }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as checksum
         from public.${quoted} t`,
      );
      facts.set(name, { rows: rows[0].rows, checksum: rows[0].checksum ?? "" });
    }
    return facts;
  });
}

/** What the restored database's _prisma_migrations says, checked against prisma/migrations. */
async function migrationProblems(url: string): Promise<string[]> {
  const applied = await withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string; finished: boolean; rolledBack: boolean }>(
      `select migration_name as name, finished_at is not null as finished, rolled_back_at is not null as "rolledBack"
       from _prisma_migrations order by migration_name`,
    );
    return rows;
  });
  const problems: string[] = [];
  for (const m of readMigrations()) {
    const row = applied.find((a) => a.name === m.name);
    if (!row) problems.push(`migration ${m.name} is not recorded`);
    else if (!row.finished || row.rolledBack) problems.push(`migration ${m.name} is not recorded as applied`);
  }
  return problems;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.error) throw new Error(`${command}: ${result.error.message} (install postgresql-client)`);
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status}).`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const serverUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const tag = randomBytes(4).toString("hex");
  /** Databases to drop at the end: [a URL on their server, name]. */
  const drops: [string, string][] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "binome-backup-"));
  let sourceUrl = process.env.DATABASE_URL;
  try {
    if (!sourceUrl) {
      const name = `binome_backup_source_${tag}`;
      await runOnServer(serverUrl, `create database "${name}"`);
      drops.push([serverUrl, name]);
      sourceUrl = withDatabaseName(serverUrl, name);
      await applyPendingMigrations(sourceUrl);
      const prisma = createPrismaClient(sourceUrl, { max: 2 });
      await seedDatabase(prisma);
      await prisma.$disconnect();
    }

    // The backup, as the nightly job takes it.
    const dump = path.join(dir, "binome.dump");
    run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${dump}`, `--dbname=${sourceUrl}`]);
    // Nothing may write meanwhile (stop the app first), or the comparison would see its changes.
    const before = await describe(sourceUrl);

    // The restore, into a new empty database.
    const restoredName = `binome_backup_restored_${tag}`;
    await runOnServer(sourceUrl, `create database "${restoredName}"`);
    drops.push([sourceUrl, restoredName]);
    const restoredUrl = withDatabaseName(sourceUrl, restoredName);
    run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${restoredUrl}`, dump]);
    const after = await describe(restoredUrl);

    const problems: string[] = [];
    for (const [table, facts] of before) {
      const copy = after.get(table);
      if (!copy) problems.push(`table ${table} is missing`);
      else if (copy.rows !== facts.rows) problems.push(`table ${table}: ${copy.rows} rows instead of ${facts.rows}`);
      else if (copy.checksum !== facts.checksum) problems.push(`table ${table}: the rows differ`);
    }
    for (const table of after.keys()) if (!before.has(table)) problems.push(`table ${table} was not in the original`);
    problems.push(...(await migrationProblems(restoredUrl)));

    const rows = [...before.values()].reduce((n, f) => n + f.rows, 0);
    const size = Math.round(statSync(dump).size / 1024);
    if (problems.length) throw new Error(`The restored copy differs:\n- ${problems.join("\n- ")}`);
    console.log(
      `Backup and restore check passed: ${before.size} tables, ${rows} rows, the migrations table intact; ` +
        `dump ${size} KB; ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    for (const [url, name] of drops.reverse())
      await runOnServer(withDatabaseName(url, "postgres"), `drop database if exists "${name}" with (force)`).catch(
        () => {},
      );
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
