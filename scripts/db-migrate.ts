// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import { DatabaseSettingError, openDatabase } from "../lib/db/connection";
import { applyPendingMigrations, MigrationFailedError } from "../lib/db/migrations";

let db;
try {
  db = await openDatabase();
  const applied = await applyPendingMigrations(db.url);
  const where = db.embedded ? "the embedded database" : "the PostgreSQL server in DATABASE_URL";
  console.log(applied.length ? `Applied to ${where}: ${applied.join(", ")}` : `No pending migrations on ${where}.`);
} catch (error) {
  if (error instanceof MigrationFailedError || error instanceof DatabaseSettingError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
} finally {
  await db?.close();
}
