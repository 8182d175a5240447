// Starts Binôme: the database (embedded PGlite unless DATABASE_URL names a server), pending
// migrations, the demo data (with --demo), a production build when the sources changed, then
// `next start`. Used by `npm run demo`, `npm start` and the end-to-end tests.
//
//   tsx scripts/serve.ts [--demo] [--port 3000] [--data-dir data] [--db-port N] [--dev]
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { checkDatabaseUrl, DatabaseSettingError } from "../lib/db/connection";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyPendingMigrations, MigrationFailedError } from "../lib/db/migrations";
import { parseEnv, SettingsError } from "../lib/env";
import { seedDatabase } from "../prisma/seed/seed";

const { values: args } = parseArgs({
  options: {
    demo: { type: "boolean", default: false },
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "data-dir": { type: "string" },
    "db-port": { type: "string" },
  },
});

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
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

function buildIfChanged(env: NodeJS.ProcessEnv) {
  const distDir = process.env.BINOME_DIST_DIR ?? ".next";
  const stamp = path.join(distDir, "binome-source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  console.log("Building the app (first run, or the sources changed)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build failed (see above).");
  writeFileSync(stamp, hash);
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
}

let stopDatabase = async () => {};

async function main() {
  if (args.demo) process.env.DEMO_MODE ??= "1";
  if (args["data-dir"]) process.env.DATA_DIR = args["data-dir"];
  process.env.NEXTAUTH_URL ??= `http://localhost:${args.port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // `next start` runs in production: check the settings as production will see them.
  const settings = parseEnv({ ...process.env, NODE_ENV: args.dev ? "development" : "production" });

  let url = settings.DATABASE_URL;
  if (url) {
    await checkDatabaseUrl(url);
    console.log("Database: the PostgreSQL server in DATABASE_URL.");
  } else {
    const embedded = await startEmbeddedDatabase({ port: args["db-port"] ? Number(args["db-port"]) : undefined });
    url = embedded.url;
    stopDatabase = embedded.stop;
    console.log(`Database: embedded PGlite in ${embedded.dataDir}.`);
  }

  const applied = await applyPendingMigrations(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  if (settings.DEMO_MODE) {
    const prisma = createPrismaClient(url, { max: 2 });
    const started = Date.now();
    await seedDatabase(prisma);
    await prisma.$disconnect();
    console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }

  const env = { ...process.env, DATABASE_URL: url };
  if (!args.dev) buildIfChanged(env);
  // Next runs in its own process group, so that stopping the launcher stops every process it
  // started (next start/dev may fork) and leaves nothing holding the port.
  const next = spawn(process.execPath, [NEXT_BIN, args.dev ? "dev" : "start", "-p", args.port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env,
    detached: true,
  });
  console.log(
    `\nBinôme: ${process.env.NEXTAUTH_URL}${settings.DEMO_MODE ? "  (demo: one-click sign-in on /signin)" : ""}\n`,
  );

  const stop = async () => {
    try {
      if (next.pid) process.kill(-next.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await stopDatabase();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  next.on("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

main().catch(async (error) => {
  const known =
    error instanceof SettingsError || error instanceof DatabaseSettingError || error instanceof MigrationFailedError;
  console.error(known ? `\n${error.message}\n` : error);
  await stopDatabase().catch(() => {});
  process.exit(1);
});
