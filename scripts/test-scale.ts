// Two instances of Binôme on one PostgreSQL database, behind a round-robin load balancer, with
// object storage and a mail server: what an organisation runs in production, proved in Chromium.
//
//   npm run test:scale                  build (or reuse) the app, start everything, run tests/scale/*.spec.ts
//   npm run test:scale -- <spec files>  only those specs
//   npm run test:scale -- --reuse-build serve the build in E2E_DIST_DIR as it is (no source check)
//   npm run test:scale -- --serve       start everything and leave it running (for the benchmark):
//                                       prints the load balancer's URL, both instances' pids and log
//                                       files, and the database's URL; Ctrl-C stops. The instances
//                                       inherit the environment (e.g. BINOME_COUNT_QUERIES=1,
//                                       BINOME_MEMORY_SAMPLE_MS=1000 for the benchmark's figures)
//
// What it starts, in order:
//   1. a throw-away database on the PostgreSQL server of TEST_DATABASE_URL (default
//      postgresql://postgres@127.0.0.1:5432/postgres): migrations and the demo data, applied once;
//   2. s3rver (an S3-compatible server, tests/support/s3-server.ts) and an SMTP sink
//      (tests/support/smtp-sink.ts, one JSON line per message received);
//   3. instance "a" through scripts/serve.ts (as `npm start`; it builds into E2E_DIST_DIR, default
//      .next-e2e, only when the sources changed — the build `npm test` made is reused), then
//      instance "b", `next start` on that same build, loaded as the launcher loads it; both with
//      STORAGE=s3, the same NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, SMTP_URL to the
//      sink, TRUST_PROXY=1, NEXTAUTH_URL = the load balancer; each runs its own outbox worker and
//      job ticker, and writes its logs to <tmp>/instance-<name>.log;
//   4. the load balancer (tests/support/round-robin-proxy.ts).
// Then the specs (tests/scale/playwright.config.ts), then scripts/backup-restore-check.ts on the
// database the specs filled. Everything is stopped and the database dropped at the end.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { createPrismaClient } from "../lib/db/client";
import { freePort } from "../lib/db/embedded";
import { applyPendingMigrations } from "../lib/db/migrations";
import { seedDatabase } from "../prisma/seed/seed";
import { CHROMIUM_PATH } from "../tests/support/chromium";
import { startRoundRobinProxy, type RoundRobinProxy } from "../tests/support/round-robin-proxy";
import { startObjectStorage, type TestObjectStorage } from "../tests/support/s3-server";
import { startSmtpSink, type SmtpSink } from "../tests/support/smtp-sink";

const { values: args, positionals: specs } = parseArgs({
  options: { serve: { type: "boolean", default: false }, "reuse-build": { type: "boolean", default: false } },
  allowPositionals: true,
});

const serverUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const distDir = process.env.E2E_DIST_DIR || ".next-e2e";
const tmp = mkdtempSync(path.join(os.tmpdir(), "binome-scale-"));
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

type Instance = { name: string; port: number; url: string; logFile: string; process: ChildProcess };
const instances: Instance[] = [];
let storage: TestObjectStorage | undefined;
let sink: SmtpSink | undefined;
let proxy: RoundRobinProxy | undefined;
let databaseName: string | undefined;

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
/** What scripts/serve.ts loads into `next start`: end with the parent; request log and graceful shutdown. */
const PRELOADS = ["scripts/exit-with-parent.cjs", "scripts/server-lifecycle.cjs"].map((f) => path.resolve(f));

/**
 * Starts one instance, its output to its log file: through the launcher (scripts/serve.ts, as
 * `npm start` does: it builds first when the sources changed), or `next start` on that build
 * directly, loaded as the launcher loads it — so that the second instance never rebuilds the
 * folder the first one serves (the sources may change meanwhile on a developer's machine).
 */
function startInstance(name: string, port: number, env: Record<string, string>, how: "launcher" | "next"): Instance {
  const logFile = path.join(tmp, `instance-${name}.log`);
  const log = createWriteStream(logFile);
  // `node --import tsx` (not npx): the pid is the launcher's own, so that SIGTERM reaches it.
  const command =
    how === "launcher"
      ? ["--import", "tsx", "scripts/serve.ts", "--port", String(port)]
      : [
          ...PRELOADS.filter((f) => existsSync(f)).flatMap((f) => ["--require", f]),
          NEXT_BIN,
          "start",
          "-p",
          String(port),
          "-H",
          "127.0.0.1",
        ];
  const child = spawn(process.execPath, command, {
    env: { ...process.env, ...env, ...(how === "next" ? { NEXT_MANUAL_SIG_HANDLE: "1" } : {}) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const instance = { name, port, url: `http://127.0.0.1:${port}`, logFile, process: child };
  instances.push(instance);
  return instance;
}

/** Waits until the instance answers 200 on /api/health/ready (the build may come first: minutes). */
async function waitUntilReady(instance: Instance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) break;
    try {
      const res = await fetch(`${instance.url}/api/health/ready`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const tail = readFileSync(instance.logFile, "utf8").split("\n").slice(-40).join("\n");
  throw new Error(`Instance ${instance.name} did not become ready. Its last lines:\n${tail}`);
}

/** SIGTERM to each instance still running, then waits for it to end (SIGKILL after 30 s). */
async function stopInstances(): Promise<void> {
  await Promise.all(
    instances.map(async (i) => {
      if (i.process.exitCode !== null || i.process.signalCode !== null) return;
      const ended = new Promise<void>((resolve) => i.process.once("exit", () => resolve()));
      i.process.kill("SIGTERM");
      const timer = setTimeout(() => i.process.kill("SIGKILL"), 30_000);
      await ended;
      clearTimeout(timer);
    }),
  );
}

let cleaningUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    await proxy?.stop().catch(() => {});
    await stopInstances().catch(() => {});
    await storage?.stop().catch(() => {});
    await sink?.stop().catch(() => {});
    if (databaseName)
      await runOnServer(serverUrl, `drop database if exists "${databaseName}" with (force)`).catch((error) =>
        console.error(`Could not drop ${databaseName}:`, error),
      );
    rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaningUp;
}

async function main(): Promise<number> {
  if (args["reuse-build"] && !existsSync(path.join(distDir, "BUILD_ID")))
    throw new Error(`--reuse-build: there is no build in ${distDir}.`);
  if (!args.serve && !existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium is needed: install it (apt-get install chromium) or set CHROMIUM_PATH.`);

  // 1. The database: migrations and demo data, once.
  databaseName = `binome_scale_${randomBytes(4).toString("hex")}`;
  await runOnServer(serverUrl, `create database "${databaseName}"`);
  const databaseUrl = withDatabaseName(serverUrl, databaseName);
  await applyPendingMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  await seedDatabase(prisma);
  await prisma.$disconnect();
  console.log(`Database ${databaseName}: migrated and seeded (${seconds()}).`);

  // 2. Object storage and the mail server.
  storage = await startObjectStorage();
  const smtpLog = path.join(tmp, "smtp.jsonl");
  sink = await startSmtpSink(smtpLog);

  // 3. Two instances with the same settings, each on its own port; the load balancer's URL is the app's.
  const proxyPort = await freePort();
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const shared: Record<string, string> = {
    ...storage.settings,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: proxyUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SMTP_URL: sink.url,
    TRUST_PROXY: "1",
    // The timed jobs every 10 s instead of every minute: the deadlines spec waits for two passes.
    JOBS_INTERVAL_SECONDS: "10",
    DEMO_MODE: "",
    BINOME_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    UPLOADS_DIR: "",
    OUTBOX_DIR: "",
  };
  for (const name of ["a", "b"]) {
    const port = await freePort();
    const dataDir = path.join(tmp, `data-${name}`);
    mkdirSync(dataDir);
    // The first one through the launcher, which builds when the sources changed; the second on that build.
    const how = name === "a" && !args["reuse-build"] ? "launcher" : "next";
    const instance = startInstance(name, port, { ...shared, DATA_DIR: dataDir, INSTANCE_ID: name }, how);
    await waitUntilReady(instance, how === "launcher" ? 900_000 : 120_000);
    console.log(`Instance ${name}: ${instance.url}, pid ${instance.process.pid} (${seconds()}).`);
  }

  // 4. The load balancer.
  const proxyLog = path.join(tmp, "proxy.jsonl");
  proxy = await startRoundRobinProxy({
    port: proxyPort,
    logFile: proxyLog,
    backends: instances.map((i) => ({ name: i.name, host: "127.0.0.1", port: i.port })),
  });
  const [a, b] = instances;

  if (args.serve) {
    console.log(`\nBinôme, two instances behind a round-robin load balancer (STORAGE=s3, PostgreSQL ${databaseName}):`);
    console.log(`BENCH_URL=${proxy.url}`);
    console.log(`BENCH_PIDS=${a.process.pid},${b.process.pid}`);
    console.log(`BENCH_DATABASE_URL=${databaseUrl}`);
    console.log(`BENCH_LOGS=${a.logFile},${b.logFile}`);
    console.log(`  instance a: ${a.url} (pid ${a.process.pid}, log ${a.logFile})`);
    console.log(`  instance b: ${b.url} (pid ${b.process.pid}, log ${b.logFile})`);
    console.log(`  mail received: ${smtpLog}\nCtrl-C (or SIGTERM) stops everything and drops the database.`);
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    return 0;
  }

  // The specs, in Chromium, against the load balancer.
  const report = path.join(tmp, "scale.json");
  // Not spawnSync: the load balancer, the mail sink and object storage run in this process.
  const specsRun = spawn("npx", ["playwright", "test", "-c", "tests/scale/playwright.config.ts", ...specs], {
    stdio: "inherit",
    env: {
      ...process.env,
      SCALE_PROXY_URL: proxy.url,
      SCALE_INSTANCES: JSON.stringify(
        instances.map((i) => ({ name: i.name, url: i.url, pid: i.process.pid, logFile: i.logFile })),
      ),
      SCALE_SMTP_LOG: smtpLog,
      JOBS_INTERVAL_SECONDS: shared.JOBS_INTERVAL_SECONDS,
      SCALE_PROXY_LOG: proxyLog,
      SCALE_JSON: report,
      E2E_DATABASE_URL: databaseUrl,
      E2E_OUTPUT_DIR: process.env.E2E_OUTPUT_DIR ?? "test-results-scale",
    },
  });
  let status = await new Promise<number>((resolve) => specsRun.on("exit", (code) => resolve(code ?? 1)));
  if (existsSync(report)) {
    const s = JSON.parse(readFileSync(report, "utf8")).stats;
    console.log(`\nTwo instances: ${s.expected} passed, ${s.unexpected + s.flaky} failed, ${s.skipped} skipped.`);
    console.log(`Requests each instance was sent by the load balancer: ${JSON.stringify(proxy.served())}.`);
    if (s.expected === 0) status = 1;
  } else status = 1;

  // Backups: the database the specs filled, dumped and restored into a fresh one (the app stopped
  // first, so that nothing writes between the dump and the comparison).
  await proxy.stop();
  proxy = undefined;
  await stopInstances();
  console.log(`\n=== backup and restore check (${seconds()}) ===`);
  const backup = spawnSync(process.execPath, ["--import", "tsx", "scripts/backup-restore-check.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (backup.status !== 0) status = 1;
  return status;
}

process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanUp().then(() => process.exit(143)));
main()
  .then(async (status) => {
    await cleanUp();
    console.log(`Took ${seconds()}.`);
    process.exit(status);
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanUp();
    process.exit(1);
  });
