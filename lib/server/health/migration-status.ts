import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../db/client";

/**
 * The migration folders this build ships: the folders of prisma/migrations that hold a
 * migration.sql, by name (the rule of lib/db/migrations.ts's readMigrations, which the launcher
 * applies with; that module loads Prisma's schema engine and PGlite, too heavy for a route).
 */
export function migrationFolders(): string[] {
  // Read where the app runs (the launcher's folder); nothing here is bundled or traced.
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * The migrations this build ships that the database has not applied (finished and not rolled
 * back in _prisma_migrations, as lib/db/migrations.ts counts them). A database ahead of the build
 * (an older instance during a rolling upgrade, after the new release migrated) is not pending:
 * migrations add before they remove, so the older code keeps working until it is replaced.
 */
export async function pendingMigrations(prisma: Db, shipped = migrationFolders()): Promise<string[]> {
  const [table] = await prisma.$queryRaw<{ present: boolean }[]>`
    select to_regclass('public._prisma_migrations') is not null as present`;
  if (!table?.present) return shipped;
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null`;
  const applied = new Set(rows.map((row) => row.migration_name));
  return shipped.filter((name) => !applied.has(name));
}
