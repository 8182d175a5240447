// Global setup of the integration tests: the migrations are applied once, to a template, and each
// test file's database starts as a copy of it (tests/support/database.ts) instead of applying them
// all again — on PGlite, a fresh database costs about 4 s to create and 2–3 s to migrate, a copy
// about 1 s. Each file still gets its own database, migrated exactly as the migrations say.
// - TEST_DATABASE_URL set: a template database on that server, copied with CREATE DATABASE … TEMPLATE,
//   dropped at the end;
// - otherwise: a migrated in-memory PGlite's data folder, dumped to a temporary file.
// tests/integration/migrations.test.ts still applies the migrations one by one on empty databases.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runOnServer, withDatabaseName } from "../../lib/db/admin";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { applyPendingMigrations } from "../../lib/db/migrations";

export type MigratedTemplate = { kind: "pglite"; file: string } | { kind: "postgresql"; name: string };

declare module "vitest" {
  export interface ProvidedContext {
    migratedTemplate: MigratedTemplate;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `binome_template_${Date.now()}_${randomBytes(4).toString("hex")}`;
    await runOnServer(server, `create database "${name}"`);
    await applyPendingMigrations(withDatabaseName(server, name));
    project.provide("migratedTemplate", { kind: "postgresql", name });
    return async () => {
      await runOnServer(server, `drop database if exists "${name}" with (force)`);
    };
  }
  const db = await startEmbeddedDatabase({ dataDir: "memory://" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "binome-template-"));
  try {
    await applyPendingMigrations(db.url);
    const file = path.join(dir, "migrated.tar");
    writeFileSync(file, Buffer.from(await (await db.dump()).arrayBuffer()));
    project.provide("migratedTemplate", { kind: "pglite", file });
  } finally {
    await db.stop();
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
