import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyPendingMigrations,
  diffSchemaAgainstMigrations,
  MigrationFailedError,
  readMigrations,
  writeMigration,
} from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "../support/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

async function tables(): Promise<string[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const r = await client.query(
      `select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    return r.rows.map((x: { table_name: string }) => x.table_name);
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("records the applied history in Prisma's _prisma_migrations table", async () => {
    const rows = await db.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      select migration_name, finished_at from _prisma_migrations order by migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    expect(await applyPendingMigrations(db.url)).toEqual([]);
  });

  it("finds the schema and the migrations in step (no migration left to write)", async () => {
    const sql = await diffSchemaAgainstMigrations();
    expect(sql.replace(/--.*$/gm, "").trim()).toBe("");
  });

  it("refuses a failing migration whole: names it, says why, and leaves no half state", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "binome-mig-"));
    try {
      writeMigration("20990101000000_add_notes", `CREATE TABLE "Note" ("id" TEXT PRIMARY KEY);`, dir);
      writeMigration(
        "20990102000000_broken",
        `ALTER TABLE "Note" ADD COLUMN "body" TEXT;\nALTER TABLE "Nope" ADD COLUMN "x" INT;`,
        dir,
      );
      const migrations = [...readMigrations(), ...readMigrations(dir)];
      const before = await tables();
      const error = await applyPendingMigrations(db.url, migrations).catch((e) => e);
      expect(error).toBeInstanceOf(MigrationFailedError);
      expect(error.migration).toBe("20990102000000_broken");
      expect(error.message).toMatch(/relation "Nope" does not exist/);
      expect(await tables()).toEqual(before);
      const recorded = await db.prisma.$queryRaw<{ n: bigint }[]>`
        select count(*) as n from _prisma_migrations where migration_name like '2099%'`;
      expect(Number(recorded[0].n)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
