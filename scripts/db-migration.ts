// npm run db:migration -- <name>: writes the next migration from changes to prisma/schema.prisma.
import { diffSchemaAgainstMigrations, migrationFolderName, writeMigration } from "../lib/db/migrations";

const name = process.argv.slice(2).join(" ");
try {
  const folder = migrationFolderName(name);
  const sql = await diffSchemaAgainstMigrations();
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    console.log(`Wrote ${writeMigration(folder, sql)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
