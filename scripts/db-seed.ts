// npm run db:seed: writes the demo data (prisma/seed) to DATABASE_URL, or to the embedded
// database. Idempotent: running it again only restores seed rows that were changed.
import { createPrismaClient } from "../lib/db/client";
import { DatabaseSettingError, openDatabase } from "../lib/db/connection";
import { seedDatabase } from "../prisma/seed/seed";

const started = performance.now();
let db;
let prisma;
try {
  db = await openDatabase();
  prisma = createPrismaClient(db.url);
  const { created, updated } = await seedDatabase(prisma);
  const where = db.embedded ? "the embedded database" : "the PostgreSQL server in DATABASE_URL";
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${table} ${n}`)
      .join(", ");
  const parts = [list(created) && `created ${list(created)}`, list(updated) && `updated ${list(updated)}`].filter(
    Boolean,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Seeded ${where}: ${parts.length ? parts.join("; ") : "already up to date"} (${seconds} s).`);
} catch (error) {
  if (error instanceof DatabaseSettingError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma?.$disconnect();
  await db?.close();
}
