// Benchmark of /admin/people's search (issue #16): a throw-away database with 40,000 people spread
// over 40 entities and 60 duty stations (a few disabled or gone, some with roles), then listPeople,
// the page's one data call, run again and again (20 runs each, after one warm-up), p50/p95, for:
//   - no filter, page 1 and page 400;
//   - a name search ("nadia": a substring, any case);
//   - a staff index number search (a prefix);
//   - an entity and a status filter together.
// First on an embedded PGlite in a temporary folder, then, when BENCH_DATABASE_URL or
// TEST_DATABASE_URL names a PostgreSQL server, on a new database there (dropped afterwards).
// Only talks to 127.0.0.1. Not a test: nothing fails, it prints figures and the machine's load.
//
//   npx tsx scripts/bench-people-admin.ts [--people 40000] [--runs 20] [--embedded] [--keep]
//   --embedded  PGlite only, even when a server is named
//   --keep      keep the PostgreSQL database afterwards (and print its address), for EXPLAIN ANALYZE
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { createPrismaClient, type Db } from "../lib/db/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyPendingMigrations } from "../lib/db/migrations";
import type { PeopleQuery } from "../lib/domain/people-search";

const { values: args } = parseArgs({
  options: {
    people: { type: "string", default: "40000" },
    runs: { type: "string", default: "20" },
    embedded: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const PEOPLE = Number(args.people);
const RUNS = Number(args.runs);
const BATCH = 2_000;
const ENTITIES = 40;
const DUTY_STATIONS = 60;

// The verbs start with `import "server-only"`, which throws outside React's server condition: that
// one import resolves to an empty module here (a hook registered before the verb's module loads).
const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const { listPeople } = await import("../lib/server/people/list-people");

const FIRSTS = ["Amina", "Élodie", "Carlos", "Chloé", "Bruno", "Fatou", "Hélène", "Jorge", "Keiko", "Léa", "Mohamed", "Nadia", "Olivier", "Priya", "Quentin", "Rosa", "Sébastien", "Tariq", "Ursula", "Valérie", "Wei", "Xavier", "Yasmin", "Zoé"]; // prettier-ignore
const LASTS = ["Diallo", "Mendes", "Martin", "Dubois", "Keller", "Nguyen", "López", "Okafor", "Kim", "Rossi", "Haddad", "Müller", "Ferreira", "Petrov", "Lefèvre", "Kamau", "Sato", "Garcia", "Benali", "Taylor", "Mensah", "Ivanova", "Chen", "Moreau", "Santos", "Ahmed", "Novak", "Bianchi", "Fournier", "Osei", "Park", "Silva", "Traoré"]; // prettier-ignore
const APPOINTMENTS = ["continuing", "fixed_term", "temporary"] as const;
const ROLES = ["client", "coach", "mentor", "hr_reviewer"] as const;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

/** The people, their entities and duty stations, and some roles, in batches. Returns the filters' ids. */
async function populate(prisma: Db) {
  const t = performance.now();
  const code = (prefix: string, i: number) => `${prefix}${String(i).padStart(3, "0")}`;
  await prisma.entity.createMany({
    data: Array.from({ length: ENTITIES }, (_, i) => ({
      id: `bench-e-${i}`,
      code: code("ENT", i),
      nameEn: `Entity ${i}`,
      nameFr: `Entité ${i}`,
    })),
  });
  await prisma.dutyStation.createMany({
    data: Array.from({ length: DUTY_STATIONS }, (_, i) => ({
      id: `bench-d-${i}`,
      code: code("DS", i),
      nameEn: `Station ${i}`,
      nameFr: `Lieu ${i}`,
      timeZone: "Europe/Paris",
    })),
  });
  const leftAt = new Date(Date.now() - 30 * 86_400_000);
  for (let from = 0; from < PEOPLE; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, PEOPLE - from) }, (_, k) => from + k);
    await prisma.user.createMany({
      data: batch.map((i) => {
        const first = FIRSTS[i % FIRSTS.length];
        const last = LASTS[Math.floor(i / FIRSTS.length) % LASTS.length];
        return {
          id: `bench-u-${i}`,
          email: `${first}.${last}.${i}@example.org`.toLowerCase(),
          name: `${first} ${last}`,
          staffIndexNumber: String(100_000 + i * 7),
          appointmentType: APPOINTMENTS[i % APPOINTMENTS.length],
          languages: i % 2 ? ["en", "fr"] : ["en"],
          entityId: `bench-e-${(i * 13) % ENTITIES}`,
          dutyStationId: `bench-d-${(i * 17) % DUTY_STATIONS}`,
          disabledAt: i % 50 === 1 ? leftAt : null,
          leftAt: i % 40 === 3 ? leftAt : null,
        };
      }),
    });
    await prisma.roleGrant.createMany({
      data: batch
        .filter((i) => i % 3 === 0)
        .map((i) => ({ userId: `bench-u-${i}`, role: ROLES[(i / 3) % ROLES.length] })),
    });
  }
  await prisma.$executeRawUnsafe("analyze");
  console.log(`Seeded ${PEOPLE.toLocaleString("en")} people in ${seconds(t)}.`);
}

const NO_FILTER: PeopleQuery = {
  q: "",
  entityId: null,
  dutyStationId: null,
  appointmentType: null,
  role: null,
  status: null,
  page: 1,
};

const CASES: { label: string; query: PeopleQuery }[] = [
  { label: "no filter, page 1", query: NO_FILTER },
  { label: "no filter, page 400", query: { ...NO_FILTER, page: 400 } },
  { label: 'name search "nadia"', query: { ...NO_FILTER, q: "nadia" } },
  { label: 'staff index search "1400"', query: { ...NO_FILTER, q: "1400" } },
  { label: "entity + status active", query: { ...NO_FILTER, entityId: "bench-e-7", status: "active" } },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function measure(prisma: Db, label: string) {
  const actor = { id: "bench-admin", roles: ["programme_admin"] as const };
  console.log(`\n${label}: listPeople, ${RUNS} runs each (after one warm-up); load average ${loadAverage()}`);
  console.log(
    `${"case".padEnd(32)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"max ms".padStart(9)}${"found".padStart(8)}`,
  );
  for (const c of CASES) {
    const first = await listPeople(prisma, actor, c.query);
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      await listPeople(prisma, actor, c.query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const ms = (n: number) => n.toFixed(1).padStart(9);
    console.log(
      `${c.label.padEnd(32)}${ms(percentile(times, 0.5))}${ms(percentile(times, 0.95))}${ms(times.at(-1)!)}${String(first.total).padStart(8)}`,
    );
  }
  console.log(`Load average afterwards: ${loadAverage()} (${os.cpus().length} cores)`);
}

async function onDatabase(url: string, label: string) {
  let t = performance.now();
  await applyPendingMigrations(url);
  console.log(`\n${label}: migrated in ${seconds(t)}.`);
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    t = performance.now();
    await populate(prisma);
    await measure(prisma, label);
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  console.log(`People administration benchmark: ${PEOPLE.toLocaleString("en")} people; load average ${loadAverage()}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "binome-bench-people-"));
  try {
    const embedded = await startEmbeddedDatabase({ dataDir: path.join(tmp, "pglite") });
    try {
      await onDatabase(embedded.url, "embedded PGlite");
    } finally {
      await embedded.stop();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const server = args.embedded ? undefined : (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL);
  if (!server) return;
  const dbName = `binome_bench_people_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await runOnServer(server, `create database "${dbName}"`);
  const url = withDatabaseName(server, dbName);
  try {
    await onDatabase(url, `PostgreSQL (${new URL(server).host})`);
  } finally {
    if (args.keep) console.log(`Keeping the database ${url}.`);
    else await runOnServer(server, `drop database if exists "${dbName}" with (force)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
