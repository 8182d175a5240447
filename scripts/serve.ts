// Starts Binôme: the database (embedded PGlite unless DATABASE_URL names a server), pending
// migrations, the demo data (with --demo), a production build when the sources changed, then
// `next start`. Used by `npm run demo`, `npm start` and the end-to-end tests.
// SIGTERM or SIGINT (Ctrl-C) stops it gracefully: `next start` drains (scripts/server-lifecycle.cjs:
// no new connections, requests in flight finish within SHUTDOWN_GRACE_SECONDS, workers stop, the
// database pool closes), then the embedded database closes, and the launcher exits 0.
//
//   tsx scripts/serve.ts [--demo] [--port 3000] [--data-dir data] [--db-port N] [--dev]
//   tsx scripts/serve.ts --build-only   (the production build when the sources changed, then exit:
//   the end-to-end suites build once, then start their servers side by side on that build)
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { checkDatabaseUrl, DatabaseSettingError } from "../lib/db/connection";
import { DataFolderInUseError, MAINTENANCE_EVERY_MS, startEmbeddedDatabase } from "../lib/db/embedded";
import { applyPendingMigrations, MigrationFailedError } from "../lib/db/migrations";
import { parseEnv, SettingsError } from "../lib/env";
import { logWarn } from "../lib/log";
import { seedDatabase } from "../prisma/seed/seed";
import { clock, runStartedAt, step } from "./launch-steps.mjs";

const { values: args } = parseArgs({
  options: {
    demo: { type: "boolean", default: false },
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "data-dir": { type: "string" },
    "db-port": { type: "string" },
    "build-only": { type: "boolean", default: false },
  },
});

/** When the npm script began (the packages step records it), for the progress lines. */
const startedAt = runStartedAt();
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const EXIT_WITH_PARENT = path.resolve("scripts/exit-with-parent.cjs");
const SERVER_LIFECYCLE = path.resolve("scripts/server-lifecycle.cjs");
const SOURCES = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

function sourceHash(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(p);
      hash.update(readFileSync(p));
    }
  };
  SOURCES.forEach(walk);
  return hash.digest("hex");
}

/**
 * The memory bound of `next start` (docs/decisions/0008-server-memory-bound.md): V8's old generation
 * capped at SERVER_HEAP_MB (0: V8's own limit); and glibc's malloc kept to two arenas (MALLOC_ARENA_MAX
 * below, unless set), which stops the memory outside the heap from growing with its threads.
 */
const memoryFlags = (heapMb: number) => (heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : []);

/**
 * The settings `next start` runs with, as the build resolved them (`<build folder>/required-server-files.json`,
 * passed the way Next's own standalone server passes them), so that the server does not load
 * next.config.ts again: transpiling it loads SWC's native compiler, and next-intl's build plugin
 * loads @swc/core and a file watcher, about 50 MB of the server's resident memory that no request
 * uses. And `preloadEntriesOnStart` off: a route's code is loaded at its first request instead of
 * every route's at start (about 25 MB less for a server whose visitors use a few pages; the first
 * request of each route takes the loading time). Without that file (never built), Next loads
 * next.config.ts itself.
 */
function builtSettings(distDir: string): Record<string, string> {
  try {
    const { config } = JSON.parse(readFileSync(path.join(distDir, "required-server-files.json"), "utf8"));
    config.experimental = { ...config.experimental, preloadEntriesOnStart: false };
    return { __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(config) };
  } catch {
    return {};
  }
}

/** Starts a Node process that ends with the launcher, in its own process group. */
function startChild(args: string[], env: NodeJS.ProcessEnv, preload: string[] = []): ChildProcess {
  const requires = [EXIT_WITH_PARENT, ...preload].flatMap((file) => ["--require", file]);
  const child = spawn(process.execPath, [...requires, ...args], {
    stdio: "inherit",
    env,
    detached: true,
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

async function buildIfChanged(env: NodeJS.ProcessEnv) {
  const distDir = process.env.BINOME_DIST_DIR ?? ".next";
  const stamp = path.join(distDir, "binome-source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
    console.log(`[${clock(Date.now() - startedAt)}] Build: up to date (the sources did not change).`);
    return;
  }
  const done = step(
    "Build: compiling the app for production (the first run, or the sources changed; 1 to 3 minutes on two cores)…",
    startedAt,
  );
  const build = startChild([NEXT_BIN, "build"], env);
  const status = await new Promise<number | null>((resolve) => build.on("exit", resolve));
  if (status !== 0) throw new Error("next build failed (see above).");
  writeFileSync(stamp, hash);
  done("built");
}

const children = new Set<ChildProcess>();
let stopDatabase = async () => {};
let maintainDatabase: (() => Promise<number>) | null = null;
/** How long `next start` may drain after SIGTERM (lib/env.ts); set once the settings are read. */
let graceSeconds = 25;
/** Beyond the grace period, the time a draining Next gets to close its pool before it is killed. */
const KILL_MARGIN_MS = 10_000;

function signalAll(signal: NodeJS.Signals) {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Stops every process the launcher started (their whole groups) and waits for them to end — a
 * draining Next finishes its requests first — then closes the embedded database, then exits:
 * with `code` when it is not 0, else 0 when every process ended by itself with 0. A process still
 * there after the grace period and a margin is killed, so that nothing outlives the launcher.
 */
let stopping: Promise<never> | null = null;
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    const ended = [...children].map(
      (child) =>
        new Promise<number>((resolve) =>
          child.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal === "SIGKILL" ? 1 : 0))),
        ),
    );
    signalAll("SIGTERM");
    const kill = setTimeout(() => signalAll("SIGKILL"), graceSeconds * 1000 + KILL_MARGIN_MS);
    const codes = await Promise.all(ended);
    clearTimeout(kill);
    await stopDatabase().catch(() => {});
    process.exit(code !== 0 ? code : codes.every((c) => c === 0) ? 0 : 1);
  })();
  return stopping;
}

async function main() {
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));
  // The launcher too ends with whatever started it (npm, tsx): it then stops as on SIGTERM.
  createRequire(import.meta.url)(EXIT_WITH_PARENT);
  if (args.demo) process.env.DEMO_MODE ??= "1";
  if (args["data-dir"]) process.env.DATA_DIR = args["data-dir"];
  process.env.NEXTAUTH_URL ??= `http://localhost:${args.port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // `next start` runs in production: check the settings as production will see them.
  const settings = parseEnv({ ...process.env, NODE_ENV: args.dev ? "development" : "production" });
  graceSeconds = settings.SHUTDOWN_GRACE_SECONDS;
  if (!args.dev && !settings.DEMO_MODE && !process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)
    logWarn("settings.warning", {
      setting: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
      message:
        "unset: Next makes a new key at every build; with several instances, set the same value on each (see .env.example)",
    });

  if (args["build-only"]) {
    await buildIfChanged(process.env);
    process.exit(0);
  }

  let url = settings.DATABASE_URL;
  if (url) {
    const done = step("Database: connecting to the PostgreSQL server in DATABASE_URL…", startedAt);
    await checkDatabaseUrl(url);
    done("connected");
  } else {
    const done = step("Database: opening the embedded PGlite (created on the first run)…", startedAt);
    const embedded = await startEmbeddedDatabase({
      port: args["db-port"] ? Number(args["db-port"]) : undefined,
      maintenanceEveryMs: MAINTENANCE_EVERY_MS,
    });
    url = embedded.url;
    stopDatabase = embedded.stop;
    maintainDatabase = embedded.maintain;
    done(`open (${embedded.dataDir})`);
  }

  const migrating = step("Migrations: bringing the database's tables up to date…", startedAt);
  const applied = await applyPendingMigrations(url);
  const names = applied.length > 3 ? `${applied[0]} … ${applied[applied.length - 1]}` : applied.join(", ");
  migrating(applied.length ? `${applied.length} applied (${names})` : "none to apply, checked");

  if (settings.DEMO_MODE) {
    const seeding = step("Demo data: writing the demo's programmes, people and story (only what differs)…", startedAt);
    const prisma = createPrismaClient(url, { max: 2 });
    await seedDatabase(prisma);
    await prisma.$disconnect();
    seeding("ready");
  }
  if (maintainDatabase) {
    // PGlite has no autovacuum: the launcher vacuums and analyses it now, then every hour.
    const upkeep = step("Database upkeep: vacuum and planner statistics (then every hour)…", startedAt);
    await maintainDatabase();
    upkeep("done");
  }

  const env = { ...process.env, DATABASE_URL: url };
  if (!args.dev) await buildIfChanged(env);
  // Next runs in its own process group, so that stopping the launcher stops every process it
  // started (next start/dev may fork) and leaves nothing holding the port; and it ends by itself
  // if the launcher is killed in a way it cannot catch (scripts/exit-with-parent.cjs).
  // `next start` gets the request log and the graceful shutdown (scripts/server-lifecycle.cjs),
  // which handles SIGTERM and SIGINT in place of Next (NEXT_MANUAL_SIG_HANDLE).
  const next = args.dev
    ? startChild([NEXT_BIN, "dev", "-p", args.port, "-H", "127.0.0.1"], env)
    : startChild(
        [...memoryFlags(settings.SERVER_HEAP_MB), NEXT_BIN, "start", "-p", args.port, "-H", "127.0.0.1"],
        {
          ...env,
          ...builtSettings(process.env.BINOME_DIST_DIR ?? ".next"),
          NEXT_MANUAL_SIG_HANDLE: "1",
          MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || "2",
        },
        [SERVER_LIFECYCLE],
      );
  console.log(
    `[${clock(Date.now() - startedAt)}] Server: starting.\n\nBinôme: ${process.env.NEXTAUTH_URL}${settings.DEMO_MODE ? "  (demo: one-click sign-in on /signin)" : ""}\n`,
  );
  next.on("exit", (code) => void stopAll(code ?? 0));
}

main().catch(async (error) => {
  const known =
    error instanceof SettingsError ||
    error instanceof DatabaseSettingError ||
    error instanceof MigrationFailedError ||
    error instanceof DataFolderInUseError;
  console.error(known ? `\n${error.message}\n` : error);
  await stopAll(1);
});
