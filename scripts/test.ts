// The whole test suite, as the README's test command runs it:
//   1. unit tests;
//   2. integration tests on an in-memory PGlite, then on the PostgreSQL server in
//      TEST_DATABASE_URL (each test file creates and drops its own database there);
//   3. end-to-end tests in Chromium against the built app on the embedded database, then the specs
//      in ON_POSTGRESQL_TOO (below) on a throw-away database of that PostgreSQL server. On a
//      machine with four cores or more, the app is built once and two lanes run side by side, each
//      with its own server, database and browser: the end-to-end tests on PGlite; and the
//      integration tests on PostgreSQL, then the end-to-end tests on PostgreSQL; the accessibility
//      sweep reads half of the personas in each lane, and the second lane's output is printed after
//      the first's. On
//      two cores the lanes would only share them (measured: no faster), so the suites run one after
//      the other, the integration tests on PostgreSQL beside the end-to-end tests on PGlite.
// Ends with the failed tests, each with its first error line (the end of a long log names them), and
// one line: "N passed, N failed".
//   tsx scripts/test.ts [--only unit,integration,e2e] [--reverse] [e2e spec files…]
// E2E_DIST_DIR names the build folder of the end-to-end server (default .next-e2e), so that two
// runs on one machine do not build into the same folder.
// --reverse runs the end-to-end spec files (those named, or all) one after another, last first,
// each with its own server start but all on one database: a spec that leaned on what an earlier
// one did or left would fail.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { freePort } from "../lib/db/embedded";
import { CHROMIUM_PATH } from "../tests/support/chromium";

type Env = Record<string, string | undefined>;
const { values, positionals: specs } = parseArgs({
  options: { only: { type: "string" }, reverse: { type: "boolean" } },
  allowPositionals: true,
});
/** `--only unit,integration` runs those suites; no --only runs them all. */
const only = values.only ? new Set(values.only.split(",")) : null;
const runs = (suite: "unit" | "integration" | "e2e") => !only || only.has(suite);
const serverUrl = process.env.TEST_DATABASE_URL;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
/** Each failed test's suite, file, title and first error line, printed again at the very end. */
const failedTests: string[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), "binome-test-"));
const distDir = process.env.E2E_DIST_DIR || ".next-e2e";

function run(label: string, command: string, args: string[], env: Env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Like run, without blocking: the output goes to the terminal, or is appended to `log`. */
function runBeside(label: string, command: string, args: string[], env: Env, log?: string): Promise<number> {
  const header = `\n=== ${label} ===\n`;
  let out: number | "inherit" = "inherit";
  if (log) {
    out = openSync(log, "a");
    writeSync(out, header);
  } else process.stdout.write(header);
  const child = spawn(command, args, { stdio: ["ignore", out, out], env: { ...process.env, ...env } });
  if (typeof out === "number") closeSync(out);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

function countVitest(label: string, file: string, status: number) {
  if (!existsSync(file)) {
    totals.failed++;
    failures.push(`${label}: no report (exit ${status})`);
    return;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (r.numFailedTests > 0 || status !== 0) failures.push(`${label}: ${r.numFailedTests} failed (exit ${status})`);
  for (const file of r.testResults ?? [])
    for (const test of file.assertionResults ?? [])
      if (test.status === "failed")
        failedTests.push(
          `${label}: ${path.relative(process.cwd(), file.name)} › ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`,
        );
}

/** The first lines of an error message, without colour codes: enough to tell one failure from another. */
function firstLine(message: unknown): string {
  const text = typeof message === "string" ? message.replace(/\u001b\[[0-9;]*m/g, "") : "";
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length ? lines.slice(0, 2).join(" ").slice(0, 300) : "(no message)";
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { status: string; results: { error?: { message?: string } }[] }[];
  }[];
};

/** The titles of a Playwright report's failed or flaky tests, with each one's first error line. */
function failedPlaywrightTests(label: string, suites: PlaywrightSuite[]) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === "unexpected" || test.status === "flaky") {
          const error = test.results.map((r) => r.error?.message).find(Boolean);
          failedTests.push(`${label}: ${spec.file}:${spec.line} › ${spec.title}\n    ${firstLine(error)}`);
        }
    failedPlaywrightTests(label, suite.suites ?? []);
  }
}

function vitestCommand(label: string, project: string, env: Env) {
  const file = path.join(tmp, `${label.replace(/\W+/g, "-")}.json`);
  const polyfills = `--require ${path.resolve("scripts/node20-polyfills.cjs")}`;
  const nodeOptions = [process.env.NODE_OPTIONS, polyfills].filter(Boolean).join(" ");
  return {
    file,
    args: ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    env: { ...env, NODE_OPTIONS: nodeOptions },
  };
}

function vitest(label: string, project: string, env: Env = {}) {
  const command = vitestCommand(label, project, env);
  countVitest(label, command.file, run(label, "npx", command.args, command.env));
}

/**
 * Starts a vitest run beside what follows (its output in a file, not to mix with the end-to-end
 * tests' lines): `exited` resolves when it ends; `report` then prints its output and counts it.
 */
function vitestBeside(label: string, project: string, env: Env = {}) {
  const command = vitestCommand(label, project, env);
  const log = path.join(tmp, `${label.replace(/\W+/g, "-")}.log`);
  writeFileSync(log, "");
  const exited = runBeside(label, "npx", command.args, command.env, log);
  console.log(`\n(${label}: running beside the end-to-end tests on PGlite; its output follows theirs.)`);
  return {
    exited,
    report: async () => {
      const status = await exited;
      process.stdout.write(readFileSync(log));
      countVitest(label, command.file, status);
    },
  };
}

function countPlaywright(label: string, file: string, status: number) {
  if (!existsSync(file)) {
    totals.failed++;
    failures.push(`${label}: no report (exit ${status})`);
    return;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  const s = report.stats;
  failedPlaywrightTests(label, report.suites ?? []);
  totals.passed += s.expected;
  totals.failed += s.unexpected + s.flaky;
  totals.skipped += s.skipped;
  if (s.unexpected + s.flaky > 0 || status !== 0)
    failures.push(`${label}: ${s.unexpected + s.flaky} failed (exit ${status})`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's chromium for the end-to-end tests…");
    const ok = run("apt-get install chromium", "sh", [
      "-c",
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
    ]);
    if (ok === 0 && existsSync(CHROMIUM_PATH)) return;
  }
  throw new Error(
    `Chromium is needed for the end-to-end tests: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

/**
 * The end-to-end tests on one database. `sweepShard` ("k/n") gives this run a share of the
 * accessibility sweep's personas (the lanes share it); `log` takes the output instead of the terminal.
 */
async function e2e(
  label: string,
  database: "pglite" | "postgresql",
  options: { sweepShard?: string; log?: string } = {},
) {
  const port = await freePort();
  const oidcPort = await freePort();
  const file = path.join(tmp, `${label.replace(/\W+/g, "-")}.json`);
  let env: Env;
  let cleanup = async () => {};
  if (database === "pglite") {
    const dbPort = await freePort();
    env = {
      E2E_SERVER_ARGS: `--data-dir ${path.join(tmp, `data-${port}`)} --db-port ${dbPort}`,
      E2E_DATABASE_URL: `postgresql://postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable`,
      DATABASE_URL: "",
    };
  } else {
    const name = `binome_e2e_${randomBytes(4).toString("hex")}`;
    await runOnServer(serverUrl!, `create database "${name}"`);
    const url = withDatabaseName(serverUrl!, name);
    // Uploads and the outbox still go to a throw-away folder, never to the repo's ./data.
    env = { E2E_SERVER_ARGS: `--data-dir ${path.join(tmp, `data-${port}`)}`, E2E_DATABASE_URL: url, DATABASE_URL: url };
    cleanup = () => runOnServer(serverUrl!, `drop database if exists "${name}" with (force)`);
  }
  try {
    if (database === "postgresql" && !specs.length)
      console.log(`\n(The other specs ran on the embedded database only: see ON_POSTGRESQL_TOO in scripts/test.ts.)`);
    for (const [i, batch] of specBatches(database, Boolean(options.sweepShard)).entries()) {
      const batchLabel = values.reverse ? `${label}, ${batch[0]}` : label;
      const report = file.replace(/\.json$/, `-${i}.json`);
      const status = await runBeside(
        batchLabel,
        "npx",
        ["playwright", "test", ...batch],
        {
          ...env,
          E2E_PORT: String(port),
          // The test OpenID provider's port (tests/support/oidc-provider.ts): free, like the app's.
          E2E_OIDC_PORT: String(oidcPort),
          E2E_JSON: report,
          // Each run its own folder of traces (Playwright empties it when it starts).
          E2E_OUTPUT_DIR: `${process.env.E2E_OUTPUT_DIR || "test-results"}-${database}`,
          E2E_SWEEP_SHARD: options.sweepShard ?? process.env.E2E_SWEEP_SHARD ?? "",
          SMTP_URL: "",
          BINOME_DIST_DIR: distDir,
        },
        options.log,
      );
      countPlaywright(batchLabel, report, status);
    }
  } finally {
    await cleanup();
  }
}

/**
 * The specs that run on the PostgreSQL server as well as on the embedded database: those whose
 * outcome depends on the database beyond what the integration tests prove on both — the seeded story
 * read through every home (the seed and the pages' loaders on the server), sign-in links and the
 * sign-in flood (sessions, tokens and rate-limit buckets under load), races through the browser, a
 * database restart, and hostile requests (each database refuses malformed input with errors of its
 * own). Every other spec drives verbs whose answers on both databases the integration tests check
 * (each verb file's tests run on PGlite and on PostgreSQL), so its second browser pass would repeat
 * the same clicks for minutes on a two-core machine; it runs once, on the embedded database.
 */
const SWEEP = "tests/e2e/accessibility.spec.ts";
const ON_POSTGRESQL_TOO = new Set([
  "tests/e2e/bad-input.spec.ts",
  "tests/e2e/concurrency.spec.ts",
  "tests/e2e/database-outage.spec.ts",
  "tests/e2e/demo-story.spec.ts",
  "tests/e2e/magic-link.spec.ts",
  "tests/e2e/sign-in-flood.spec.ts",
]);

/**
 * The Playwright runs of one end-to-end suite: one for all specs, or one per spec file, last first.
 * When the sweep is shared between the lanes, the PostgreSQL one runs it too (its French half).
 */
function specBatches(database: "pglite" | "postgresql", sweepShared: boolean): string[][] {
  const everySpec = readdirSync("tests/e2e")
    .filter((f) => f.endsWith(".spec.ts"))
    .sort()
    .map((f) => `tests/e2e/${f}`);
  const files = specs.length
    ? specs
    : database === "postgresql"
      ? everySpec.filter((f) => ON_POSTGRESQL_TOO.has(f) || (sweepShared && f === SWEEP))
      : everySpec;
  if (!values.reverse) return [files];
  return [...files].reverse().map((f) => [f]);
}

async function main() {
  const started = Date.now();
  console.log(`Node.js ${process.version}`);
  if (runs("unit")) vitest("unit", "unit");
  let integrationOnServer: ReturnType<typeof vitestBeside> | null = null;
  if (runs("integration")) {
    vitest("integration on PGlite", "integration", { TEST_DATABASE_URL: "" });
    const onServer = ["integration on PostgreSQL", "integration", { TEST_DATABASE_URL: serverUrl }] as const;
    if (!serverUrl) console.log("\n(TEST_DATABASE_URL is not set: integration tests ran on PGlite only.)");
    else if (runs("e2e")) integrationOnServer = vitestBeside(...onServer);
    else vitest(...onServer);
  }
  if (runs("e2e")) {
    ensureChromium();
    if (serverUrl && !specs.length && !values.reverse && os.availableParallelism() >= 4) {
      // Two lanes side by side on one build: see the top of this file.
      if (
        run("build", "npx", ["tsx", "scripts/serve.ts", "--demo", "--build-only"], { BINOME_DIST_DIR: distDir }) !== 0
      )
        throw new Error("The build for the end-to-end tests failed (see above).");
      const log = path.join(tmp, "e2e-postgresql.log");
      writeFileSync(log, "");
      console.log("\n(end-to-end on PostgreSQL: running beside the PGlite lane; its output follows.)");
      const secondLane = (async () => {
        await integrationOnServer?.exited;
        await e2e("end-to-end on PostgreSQL", "postgresql", { sweepShard: "2/2", log });
      })();
      await e2e("end-to-end on PGlite", "pglite", { sweepShard: "1/2" });
      await secondLane;
      await integrationOnServer?.report();
      process.stdout.write(readFileSync(log));
    } else {
      await e2e("end-to-end on PGlite", "pglite");
      await integrationOnServer?.report();
      if (serverUrl) await e2e("end-to-end on PostgreSQL", "postgresql");
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  // Printed last, so that the end of a long log names what failed.
  if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((t) => `  ${t}`).join("\n")}`);
  console.log(
    `\nTook ${Math.round((Date.now() - started) / 1000)} s.${failures.length ? `\nFailed: ${failures.join("; ")}` : ""}`,
  );
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || failures.length > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
