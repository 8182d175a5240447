// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a data folder,
// served over the PostgreSQL wire protocol on 127.0.0.1 so that the app, the scripts
// and the tests all talk to it the way they talk to a PostgreSQL server. PGlite is one
// session: lib/db/pglite-session-server.ts lends it to one connection at a time, so that
// concurrent connections get the answers PostgreSQL would give them.
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { errorFields, logInfo, logWarn } from "../log";
import { PGliteSessionServer } from "./pglite-session-server";

export type EmbeddedDatabase = {
  url: string;
  dataDir: string;
  /** Vacuums and analyses the database now (see maintainEmbeddedDatabase); resolves to its duration in ms. */
  maintain: () => Promise<number>;
  /** The whole data folder as a tarball (for `loadDataDir`); call it while no connection is in a transaction. */
  dump: () => Promise<Blob>;
  stop: () => Promise<void>;
};

/** How often the launcher vacuums and analyses the embedded database: hourly. */
export const MAINTENANCE_EVERY_MS = 3_600_000;

/**
 * PGlite runs no autovacuum (it is one session, with no background workers): left alone, the
 * planner never learns how many rows the tables hold (a table of 50,000 rows stays "never
 * analysed", and its plans are guessed), and the space of updated and deleted rows is never
 * reclaimed. The process that holds the database therefore runs VACUUM (ANALYZE) itself, through
 * the session server like any connection: it takes its turn, and no transaction is cut into.
 */
export async function maintainEmbeddedDatabase(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query("VACUUM (ANALYZE)");
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

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
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | null {
  try {
    return Number(readFileSync(file, "utf8")) || null;
  } catch {
    return null;
  }
}

export class DataFolderInUseError extends Error {}

/**
 * One process at a time may open a PGlite data folder: a lock file beside it names the process.
 * The lock is created atomically (a hard link of a file that already holds our process id fails
 * if the lock exists), so two processes starting at the same instant cannot both pass. A lock
 * left by a process that no longer runs is moved aside and checked before the lock is taken.
 */
export function takeDataFolderLock(dataDir: string): () => void {
  const lock = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  const mine = `${lock}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, lock);
        return () => {
          if (readPid(lock) === process.pid) rmSync(lock, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readPid(lock);
      if (holder && processIsAlive(holder)) {
        throw new DataFolderInUseError(
          `The embedded database in ${dataDir} is in use by process ${holder} (is the app running?). ` +
            `Stop it first, or set DATA_DIR to use another folder.`,
        );
      }
      // A stale lock: move it aside, and make sure what was moved is the stale one.
      const aside = `${lock}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
      try {
        renameSync(lock, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // another process moved it first
        throw error;
      }
      const moved = readPid(aside);
      if (moved !== holder && moved && processIsAlive(moved)) {
        // Another process took the lock in between: put its lock back, then it holds the folder.
        try {
          linkSync(aside, lock);
        } catch {
          // a third process took it in the meantime; it holds the folder
        }
      }
      rmSync(aside, { force: true });
    }
    throw new DataFolderInUseError(`Could not take the lock of the embedded database in ${dataDir}.`);
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * `dataDir: "memory://"` gives a throw-away in-memory database (tests); `loadDataDir` starts it from
 * a `dump()` of another. With `maintenanceEveryMs`, the database is vacuumed and analysed at that
 * interval (the launcher passes MAINTENANCE_EVERY_MS).
 */
export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number; maintenanceEveryMs?: number; loadDataDir?: Blob } = {},
): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(path.dirname(dataDir), { recursive: true });
  const releaseLock = inMemory ? () => {} : takeDataFolderLock(dataDir);
  try {
    // pg_trgm: the directory's trigram search index (migration directory_search).
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir: options.loadDataDir });
    const server = new PGliteSessionServer({ db });
    const port = await server.start("127.0.0.1", options.port ?? 0);
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    let stopped = false;
    let running: Promise<number> | null = null;
    const maintain = () => (running ??= maintainEmbeddedDatabase(url).finally(() => (running = null)));
    const timer = options.maintenanceEveryMs
      ? setInterval(() => {
          maintain().then(
            (durationMs) => logInfo("db.maintenance", { durationMs: Math.round(durationMs) }),
            (error: unknown) => logWarn("db.maintenance-failed", errorFields(error)),
          );
        }, options.maintenanceEveryMs).unref()
      : null;
    return {
      url,
      dataDir,
      maintain,
      dump: async () => db.dumpDataDir("none"),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        if (timer) clearInterval(timer);
        await running?.catch(() => undefined);
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
