// A throw-away, migrated database for one integration test file:
// - TEST_DATABASE_URL=postgresql://…/any → a new database created on that server, dropped after;
// - otherwise → an in-memory PGlite.
// Both start as a copy of the template the integration tests' global setup migrated once
// (tests/support/migrated-template.ts); without it (another runner), the migrations are applied here.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runOnServer, withDatabaseName } from "../../lib/db/admin";
import { createPrismaClient, type Db } from "../../lib/db/client";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { applyPendingMigrations } from "../../lib/db/migrations";
import type { MigratedTemplate } from "./migrated-template";

/** The migrated template of the global setup, when this runs under it. */
async function migratedTemplate(): Promise<MigratedTemplate | undefined> {
  try {
    const { inject } = await import("vitest");
    return inject("migratedTemplate");
  } catch {
    return undefined;
  }
}

export type TestDatabase = { url: string; prisma: Db; kind: "postgresql" | "pglite"; drop: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  const template = await migratedTemplate();
  if (server) {
    const name = `binome_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
    if (template?.kind === "postgresql")
      await runOnServer(server, `create database "${name}" template "${template.name}"`);
    else await runOnServer(server, `create database "${name}"`);
    const url = withDatabaseName(server, name);
    if (template?.kind !== "postgresql") await applyPendingMigrations(url);
    const prisma = createPrismaClient(url);
    return {
      url,
      prisma,
      kind: "postgresql",
      drop: async () => {
        await prisma.$disconnect();
        await runOnServer(server, `drop database if exists "${name}" with (force)`);
      },
    };
  }
  const db =
    template?.kind === "pglite"
      ? await startEmbeddedDatabase({ dataDir: "memory://", loadDataDir: new Blob([readFileSync(template.file)]) })
      : await startEmbeddedDatabase({ dataDir: "memory://" });
  if (template?.kind !== "pglite") await applyPendingMigrations(db.url);
  const prisma = createPrismaClient(db.url);
  return {
    url: db.url,
    prisma,
    kind: "pglite",
    drop: async () => {
      await prisma.$disconnect();
      await db.stop();
    },
  };
}

/**
 * A test database that the app's own modules use too: the `db()` singleton, the outbox and the
 * links in e-mails read DATABASE_URL, OUTBOX_DIR and NEXTAUTH_URL when first used, so import
 * those modules (dynamically) after this.
 */
export type AppTestDatabase = TestDatabase & { outboxDir: string };

export async function createAppTestDatabase(appUrl = "https://binome.example.org"): Promise<AppTestDatabase> {
  const db = await createTestDatabase();
  const outboxDir = mkdtempSync(path.join(os.tmpdir(), "binome-outbox-"));
  process.env.DATABASE_URL = db.url;
  process.env.OUTBOX_DIR = outboxDir;
  process.env.NEXTAUTH_URL = appUrl;
  return {
    ...db,
    outboxDir,
    drop: async () => {
      await db.drop();
      rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}
