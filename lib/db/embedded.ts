// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a data folder,
// served over the PostgreSQL wire protocol on 127.0.0.1 so that the app, the scripts
// and the tests all talk to it the way they talk to a PostgreSQL server.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; dataDir: string; stop: () => Promise<void> };

export function defaultDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? "data", "pglite");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One process at a time may open a PGlite data folder: a lock file says which. */
function takeLock(dataDir: string): () => void {
  const lock = path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && processIsAlive(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${pid} (is the app running?). ` +
          `Stop it first, or set DATA_DIR to use another folder.`,
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

/** `dataDir: "memory://"` gives a throw-away in-memory database (tests). */
export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(path.dirname(dataDir), { recursive: true });
  const releaseLock = inMemory ? () => {} : takeLock(dataDir);
  try {
    // pg_trgm: the directory's trigram search index (migration directory_search).
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
    const port = options.port ?? (await freePort());
    const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
    await server.start();
    let stopped = false;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      dataDir,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
