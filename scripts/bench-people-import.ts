// Benchmark of the HR import: a throw-away database (an embedded PGlite in a temporary folder, and
// also a new database on BENCH_DATABASE_URL's PostgreSQL server when it is set), a generated CSV
// of 50,000 people (20 entities, 20 duty stations, a supervisor for nine people in ten, taken from
// the file), then the verbs the page uses: preview (read + check + compare, nothing written),
// confirm and apply (all new people), and a second preview of the same file (all unchanged).
// Prints rows, seconds, peak memory (resident set) and the machine's load. Not a test: it prints figures.
//
//   npx tsx scripts/bench-people-import.ts [--rows 50000]
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-people-import.ts
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyPendingMigrations } from "../lib/db/migrations";
import { localFolderStorage } from "../lib/storage/local-folder-storage";

const TARGET_SECONDS = 60;

// The verbs start with `import "server-only"`, which throws outside React's server condition.
const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

function hrFile(rows: number, run: string): File {
  const lines = [
    "email,name,staff_index,entity,duty_station,appointment_type,supervisor_email,languages,gender,active",
  ];
  const types = ["fixed_term", "permanent", "continuing", "temporary", "consultant"];
  const email = (i: number) => `person${i}.${run}@un.org`;
  for (let i = 0; i < rows; i++) {
    const boss = i % 10 === 0 ? "" : email(Math.floor(i / 10) * 10);
    lines.push(
      `${email(i)},"Person ${i}, Bench",IDX${run}${i},E${i % 20},S${i % 20},${types[i % 5]},${boss},en;fr,${i % 2 ? "female" : "male"},yes`,
    );
  }
  return new File([lines.join("\r\n") + "\r\n"], "bench.csv", { type: "text/csv" });
}

/** Samples the resident set size while `work` runs; returns its result and the peak in MB. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

async function benchOn(kind: "pglite" | "postgresql", url: string, rows: number) {
  const prisma = createPrismaClient(url);
  process.env.DATABASE_URL = url;
  const { previewPeopleImport } = await import("../lib/server/people/import-preview");
  const { confirmPeopleImport } = await import("../lib/server/people/import-confirm");
  const { applyPeopleImport } = await import("../lib/server/people/import-apply");
  const uploads = mkdtempSync(path.join(os.tmpdir(), "binome-bench-import-"));
  const storage = localFolderStorage(uploads);
  try {
    for (let i = 0; i < 20; i++) {
      await prisma.entity.create({ data: { code: `E${i}`, nameEn: `Entity ${i}`, nameFr: `Entité ${i}` } });
      await prisma.dutyStation.create({
        data: { code: `S${i}`, nameEn: `Station ${i}`, nameFr: `Lieu ${i}`, timeZone: "Europe/Zurich" },
      });
    }
    const adminUser = await prisma.user.create({
      data: { email: `admin.${randomBytes(3).toString("hex")}@un.org`, roles: { create: { role: "programme_admin" } } },
    });
    const admin = { id: adminUser.id, roles: ["programme_admin" as const] };
    const file = hrFile(rows, randomBytes(3).toString("hex"));

    const preview = await measured(() => previewPeopleImport(prisma, admin, { file }, storage));
    const counts = await prisma.peopleImport.findUniqueOrThrow({ where: { id: preview.value.id } });
    const apply = await measured(async () => {
      await confirmPeopleImport(prisma, admin, { importId: preview.value.id, fullList: false });
      return applyPeopleImport(prisma, preview.value.id, { storage });
    });
    const again = await measured(() => previewPeopleImport(prisma, admin, { file }, storage));
    const second = await prisma.peopleImport.findUniqueOrThrow({ where: { id: again.value.id } });
    const people = await prisma.user.count({ where: { staffIndexNumber: { not: null } } });
    const linked = await prisma.user.count({ where: { supervisorId: { not: null } } });
    return {
      database: kind,
      rows,
      fileMb: Math.round((file.size / 1024 / 1024) * 10) / 10,
      previewSeconds: round(preview.seconds),
      previewCounts: `new ${counts.newCount}, changed ${counts.changedCount}, errors ${counts.errorCount}`,
      applySeconds: round(apply.seconds),
      applyOutcome: apply.value,
      previewPlusApplySeconds: round(preview.seconds + apply.seconds),
      underTarget: preview.seconds + apply.seconds < TARGET_SECONDS,
      reimportPreviewSeconds: round(again.seconds),
      reimportCounts: `unchanged ${second.unchangedCount}, new ${second.newCount}, changed ${second.changedCount}`,
      peopleInDatabase: people,
      withSupervisor: linked,
      peakRssMb: Math.max(preview.peakMb, apply.peakMb, again.peakMb),
    };
  } finally {
    await prisma.$disconnect();
    rmSync(uploads, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main() {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "50000" } } });
  const rows = Number(values.rows);
  const outbox = mkdtempSync(path.join(os.tmpdir(), "binome-bench-outbox-"));
  process.env.OUTBOX_DIR = outbox;
  process.env.NEXTAUTH_URL ??= "http://127.0.0.1:3000";
  const machine = () => ({
    cpus: os.cpus().length,
    load1: round(os.loadavg()[0]),
    load5: round(os.loadavg()[1]),
    freeMemMb: Math.round(os.freemem() / 1024 / 1024),
  });
  console.log(JSON.stringify({ event: "machine.before", node: process.version, ...machine() }));

  const results = [];
  const folder = mkdtempSync(path.join(os.tmpdir(), "binome-bench-pglite-"));
  const embedded = await startEmbeddedDatabase({ dataDir: folder });
  try {
    await applyPendingMigrations(embedded.url);
    results.push(await benchOn("pglite", embedded.url, rows));
  } finally {
    await embedded.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(JSON.stringify(results.at(-1)));

  const server = process.env.BENCH_DATABASE_URL;
  if (server) {
    const name = `binome_bench_import_${Date.now()}`;
    await runOnServer(server, `create database "${name}"`);
    try {
      const url = withDatabaseName(server, name);
      await applyPendingMigrations(url);
      results.push(await benchOn("postgresql", url, rows));
    } finally {
      await runOnServer(server, `drop database if exists "${name}" with (force)`);
    }
    console.log(JSON.stringify(results.at(-1)));
  }
  console.log(JSON.stringify({ event: "machine.after", ...machine() }));
  console.table(results);
  rmSync(outbox, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
