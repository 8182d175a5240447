// A process that opens the embedded database in a data folder at a given instant, says whether it
// could ("opened" or "in use"), holds it for a moment, then closes it. Two of them started together
// race for one data folder (tests/integration/embedded-database.test.ts).
//   tsx tests/support/open-embedded-database.ts <data-dir> <epoch-ms to start at> <hold-ms>
import { DataFolderInUseError, startEmbeddedDatabase } from "../../lib/db/embedded";

const [dataDir, startAt, hold] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
try {
  const db = await startEmbeddedDatabase({ dataDir });
  console.log("opened");
  await new Promise((resolve) => setTimeout(resolve, Number(hold)));
  await db.stop();
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.log("in use");
}
