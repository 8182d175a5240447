// Benchmark of the coach directory (`npm run bench`, issue #4): a throw-away database (a new
// database on TEST_DATABASE_URL's server, else an embedded PGlite in a temp folder) with 10,000
// approved coaches and 50,000 staff, the built app on it (scripts/serve.ts, build folder
// .next-bench, or BENCH_DIST_DIR), a signed-in client, then 20 concurrent connections × a fixed number of requests on
//   - /coaches with three filters and a text search, and
//   - /about, a trivial dynamic page on the same server, and
//   - a bare Next.js page, the framework's floor (scripts/bench-floor.ts), on a server of its own,
//   - the markup of both pages served by that bare app, and (on PostgreSQL) the same markup after a
//     CSP proxy, the session check and the page's own statement in plain SQL: how each page's cost
//     splits between the framework, what the page must do, and Binôme's own code,
// printing p50/p95 latency, requests/second, the SQL queries per directory page, the server's peak
// memory and the machine's load. Only talks to 127.0.0.1. Not a test: nothing fails, it prints figures.
//
//   tsx scripts/bench.ts [--requests 400] [--concurrency 20] [--rounds 2] [--port N]
//                        [--path "/coaches?…"] [--embedded] [--keep] [--only directory|dashboard|suggestions]
//                        [--memory-compare]
//   then the cohort dashboard's benchmark (scripts/bench-dashboard.ts, issue #7): a cohort with
//   100,000 sessions, the dashboard's server time p50/p95 (data loader, and the page over HTTP)
//   --rounds    each page's requests in that many slices, the pages taken in turn (A B A B), so
//               that a change of the machine's load weighs on both pages alike
//   --embedded  PGlite even when TEST_DATABASE_URL is set
//   --keep      keep the database afterwards (and say where it is), to look at plans with EXPLAIN
//   --only suggestions  the directory's data and the suggestions' server time only (no build, no app)
//   --memory-compare  then the same directory requests on a server without the memory bound
//               (SERVER_HEAP_MB=0, glibc's malloc arenas), to print the server's peak memory with and without
//
// Other benchmarks reuse the pieces: prepareBenchDatabase() (with their own data and sign-ins),
// startBenchApp(), measurePage() per page or comparePages() for pages side by side, printResults().
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { createPrismaClient, type Db } from "../lib/db/client";
import { DEFAULT_SERVER_HEAP_MB } from "../lib/env";
import { freePort, startEmbeddedDatabase } from "../lib/db/embedded";
import { applyPendingMigrations } from "../lib/db/migrations";
import { benchDashboard, summarise, type Timings } from "./bench-dashboard";
import { register } from "node:module";
import { FLOOR_PATH, markupPath, requiredPath, startFloorApp } from "./bench-floor";
import { parseDirectoryFilters } from "../lib/domain/directory-filters";
import { localFolderStorage } from "../lib/storage/local-folder-storage";
import { seedDatabase } from "../prisma/seed/seed";

export const COACHES = 10_000;
export const STAFF = 50_000;
export const DIRECTORY_PATH = "/coaches?expertise=leadership&language=fr&free=1&q=negociation";
export const TRIVIAL_PATH = "/about";
const PHASE_TIME_LIMIT_MS = 120_000;

const cleanups: (() => Promise<void> | void)[] = [];
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// --- database ---------------------------------------------------------------------------------

/** 50,000 staff members and 10,000 approved coaches on top of the demo seed (fixed text, no input). */
export const DIRECTORY_SEED_SQL = [
  // Spread over the seed's entities, duty stations, networks.
  `with ref as (
     select (select array_agg(id order by code) from "Entity") as ents,
            (select array_agg(id order by code) from "DutyStation") as dss,
            (select array_agg("timeZone" order by code) from "DutyStation") as tzs,
            array['Amina','Élodie','Carlos','Chloé','Bruno','Fatou','Hélène','Jorge','Keiko','Léa','Mohamed','Nadia','Olivier','Priya','Quentin','Rosa','Sébastien','Tariq','Ursula','Valérie','Wei','Xavier','Yasmin','Zoé','Anaïs','Björn','Céline','Dmitri','Esther','François'] as firsts,
            array['Diallo','Mendes','Martin','Dubois','Keller','Nguyen','López','Okafor','Kim','Rossi','Haddad','Müller','Ferreira','Petrov','Lefèvre','Kamau','Sato','Garcia','Benali','Taylor','Mensah','Ivanova','Chen','Moreau','Santos','Ahmed','Novak','Bianchi','Fournier','Osei','Park','Silva','Traoré','Wright','Zhang','Nowak','Dupont','Eriksson','Gómez','Hassan'] as lasts
   )
   insert into "User" (id, email, name, "timeZone", gender, languages, "entityId", "dutyStationId", "appointmentType", "updatedAt")
   select case when g <= ${STAFF} then 'bench-staff-' || g else 'bench-coach-' || (g - ${STAFF}) end,
          'bench' || g || '@bench.example.org',
          firsts[1 + g % 30] || ' ' || lasts[1 + (g / 30) % 40] || ' ' || g,
          tzs[1 + g % cardinality(dss)],
          (array['female','male','non_binary','prefer_not_to_say'])[1 + g % 4]::"Gender",
          case g % 3 when 0 then array['en','fr'] when 1 then array['en'] else array['fr','es'] end,
          ents[1 + g % cardinality(ents)],
          dss[1 + g % cardinality(dss)],
          'permanent'::"AppointmentType",
          now()
     from ref, generate_series(1, ${STAFF + COACHES}) g`,
  `insert into "RoleGrant" (id, "userId", role)
   select 'bench-role-' || u.id, u.id, case when u.id like 'bench-coach-%' then 'coach' else 'client' end::"Role"
     from "User" u where u.id like 'bench-%'`,
  `insert into "MatchingProfile" (id, "userId", status, availability, capacity, "expertiseAreas", "coachingLanguages", "credentialKind",
                               "bioEn", "bioFr", "isFormerStaff", "submittedAt", "reviewedAt", "updatedAt")
   select 'bench-cp-' || g, 'bench-coach-' || g, 'approved', case when g % 10 = 0 then 'paused' else 'open' end::"Availability", 1 + g % 3,
          array[(array['career','leadership','skills','conflict_resolution','pre_retirement','team_relationships'])[1 + g % 6],
                (array['career','leadership','skills','conflict_resolution','pre_retirement','team_relationships'])[1 + (g % 6 + 1 + (g / 6) % 5) % 6]]::"ExpertiseArea"[],
          case g % 4 when 0 then array['en','fr'] when 1 then array['en'] when 2 then array['fr','es'] else array['en','ar'] end,
          (array['icf_acc','icf_pcc','icf_mcc','icf_training'])[1 + g % 4]::"CredentialKind",
          'I have worked for ' || (5 + g % 20) || ' years in ' || (array['humanitarian coordination','peace operations','human resources','finance','conference management','information technology'])[1 + g % 6]
            || ' and coach colleagues who face a new role, a difficult conversation or a career choice. '
            || (array['Negotiation and mediation are at the heart of my practice.','I help managers grow their teams.','I work with people preparing for retirement.','I listen first, then ask the questions that matter.','Career transitions are my speciality.'])[1 + (g / 7) % 5]
            || ' Sessions online or in person.',
          'Je travaille depuis ' || (5 + g % 20) || ' ans dans ' || (array['la coordination humanitaire','les opérations de paix','les ressources humaines','les finances','la gestion des conférences','l''informatique'])[1 + g % 6]
            || ' et j''accompagne des collègues face à un nouveau rôle, une conversation difficile ou un choix de carrière. '
            || (array['La négociation et la médiation sont au cœur de ma pratique.','J''aide les responsables à faire grandir leur équipe.','J''accompagne les personnes qui préparent leur retraite.','J''écoute d''abord, puis je pose les questions qui comptent.','Les transitions de carrière sont ma spécialité.'])[1 + (g / 7) % 5]
            || ' Séances en ligne ou en présentiel.',
          g % 7 = 0, now() - interval '30 days', now() - interval '20 days', now()
     from generate_series(1, ${COACHES}) g`,
  `insert into "_ProfessionalNetworkToUser" ("A", "B")
   select (select array_agg(id order by code) from "ProfessionalNetwork")[1 + g % 8], 'bench-coach-' || g from generate_series(1, ${COACHES}) g`,
  // 12,000 engagements: two in three active, so that many coaches have fewer places left, some none.
  `insert into "Engagement" (id, "programmeId", "profileId", "seekerId", status)
   select 'bench-eng-' || g, (select id from "Programme" order by "createdAt", slug limit 1), 'bench-cp-' || (1 + g % ${COACHES}), 'bench-staff-' || g,
          case when g % 3 = 0 then 'completed' else 'active' end::"EngagementStatus"
     from generate_series(1, 12000) g`,
];

export type BenchDatabase = {
  kind: "postgresql" | "pglite";
  /** e.g. "PostgreSQL (127.0.0.1:5432)" or "embedded PGlite". */
  label: string;
  /** The database on the PostgreSQL server (empty for PGlite: the app's launcher holds its folder). */
  url: string;
  dbName: string;
  /** Session cookies (`next-auth.session-token=…`) by e-mail, for the people signed in. */
  cookies: Record<string, string>;
  appEnv: Record<string, string>;
  serveArgs: string[];
};

export type PrepareOptions = {
  /** A PostgreSQL server URL (a throw-away database is created on it); without, an embedded PGlite. */
  server?: string;
  keep?: boolean;
  /** Loads a benchmark's own data after the demo seed (default: the directory's coaches and staff). */
  populate?: (prisma: Db) => Promise<string>;
  /** People to sign in (database sessions, as next-auth keeps them); default: the demo client. */
  signIn?: string[];
};

/**
 * The directory's data: DIRECTORY_SEED_SQL, then what autovacuum (PostgreSQL) or the launcher's
 * upkeep (PGlite, lib/db/embedded.ts) does to freshly loaded tables soon after: planner statistics
 * and the visibility map that lets an index answer alone (VACUUM ANALYZE).
 */
export async function populateDirectory(prisma: Db): Promise<string> {
  for (const sql of DIRECTORY_SEED_SQL) await prisma.$executeRawUnsafe(sql);
  await prisma.$executeRawUnsafe("vacuum analyze");
  const listed = await prisma.matchingProfile.count({
    where: { kind: "coach", status: "approved", availability: "open", user: { disabledAt: null } },
  });
  return `${STAFF.toLocaleString("en")} staff and ${COACHES.toLocaleString("en")} coaches (${listed.toLocaleString("en")} listed)`;
}

export async function prepareBenchDatabase(options: PrepareOptions = {}): Promise<BenchDatabase> {
  const { server, keep = false, populate = populateDirectory, signIn = ["amina.client@example.org"] } = options;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "binome-bench-"));
  if (keep) console.log(`Keeping the temporary folder ${tmp}.`);
  else cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));

  const load = async (url: string, { seeded = false } = {}) => {
    let t = performance.now();
    const prisma = createPrismaClient(url, { max: 2 });
    try {
      if (!seeded) {
        await applyPendingMigrations(url);
        await seedDatabase(prisma, new Date(), { storage: localFolderStorage(path.join(tmp, "uploads")) });
        console.log(`Migrated and loaded the reference data in ${seconds(t)}.`);
      }
      t = performance.now();
      const what = await populate(prisma);
      console.log(`Seeded ${what} in ${seconds(t)}.`);
      const cookies: Record<string, string> = {};
      for (const email of signIn) {
        const person = await prisma.user.findUniqueOrThrow({ where: { email } });
        const sessionToken = randomBytes(32).toString("hex");
        await prisma.session.create({
          data: { sessionToken, userId: person.id, expires: new Date(Date.now() + 86_400_000) },
        });
        cookies[email] = `next-auth.session-token=${sessionToken}`;
      }
      return cookies;
    } finally {
      await prisma.$disconnect();
    }
  };

  // Instances already running (`npm run test:scale -- --serve` prints these): their database, seeded
  // with the demo data, gets the benchmark's own data; nothing is created or dropped.
  const running = process.env.BENCH_DATABASE_URL;
  if (running && process.env.BENCH_URL) {
    const cookies = await load(running, { seeded: true });
    return {
      kind: "postgresql",
      label: `two instances behind a load balancer, PostgreSQL (${new URL(running).host})`,
      url: running,
      dbName: new URL(running).pathname.slice(1),
      cookies,
      appEnv: {},
      serveArgs: [],
    };
  }
  if (server) {
    const dbName = `binome_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
    await runOnServer(server, `create database "${dbName}"`);
    const url = withDatabaseName(server, dbName);
    if (keep) console.log(`Keeping the database ${url}.`);
    else cleanups.push(() => runOnServer(server, `drop database if exists "${dbName}" with (force)`));
    const cookies = await load(url);
    return {
      kind: "postgresql",
      label: `PostgreSQL (${new URL(server).host})`,
      url,
      dbName,
      cookies,
      appEnv: { DATABASE_URL: url },
      serveArgs: [],
    };
  }
  // The app's launcher opens the same folder afterwards (one process at a time): DATA_DIR/pglite.
  const embedded = await startEmbeddedDatabase({ dataDir: path.join(tmp, "pglite") });
  let cookies: Record<string, string>;
  try {
    cookies = await load(embedded.url);
  } finally {
    await embedded.stop();
  }
  return {
    kind: "pglite",
    label: "embedded PGlite",
    url: "",
    dbName: "",
    cookies,
    appEnv: { DATA_DIR: tmp },
    serveArgs: ["--data-dir", tmp],
  };
}

// --- app --------------------------------------------------------------------------------------

export type BenchApp = {
  base: string;
  pid: number;
  /** Several instances behind a load balancer: each one's launcher. */
  pids?: number[];
  output: string[];
  /** Each instance's own output, when there are several. */
  outputs?: string[][];
  stop: () => Promise<void>;
};

/**
 * Instances already running behind a load balancer (BENCH_URL, BENCH_PIDS and BENCH_LOGS, as
 * `npm run test:scale -- --serve` prints them): measured as they are, never stopped here.
 */
function runningApp(): BenchApp | undefined {
  const base = process.env.BENCH_URL;
  if (!base) return undefined;
  const pids = (process.env.BENCH_PIDS ?? "").split(",").filter(Boolean).map(Number);
  const logs = (process.env.BENCH_LOGS ?? "").split(",").filter(Boolean);
  return {
    base: base.replace(/\/$/, ""),
    pid: pids[0],
    pids,
    stop: async () => {},
    get output() {
      return logs.flatMap((file) => readFileSync(file, "utf8").split("\n").filter(Boolean));
    },
    get outputs() {
      return logs.map((file) => readFileSync(file, "utf8").split("\n").filter(Boolean));
    },
  };
}

/**
 * The built app (scripts/serve.ts, build folder .next-bench) on a bench database, counting its
 * queries unless told not to. Also used by scripts/bench-dashboard.ts.
 */
export async function startBenchApp(
  db: Pick<BenchDatabase, "appEnv" | "serveArgs">,
  options: { port?: number; countQueries?: boolean; log?: (line: string) => void; env?: Record<string, string> } = {},
): Promise<BenchApp> {
  const running = runningApp();
  if (running) {
    (options.log ?? console.log)(`Measuring the instances behind ${running.base} (pids ${running.pids!.join(", ")}).`);
    return running;
  }
  const { countQueries = true, log = console.log } = options;
  const port = options.port ?? (await freePort());
  log(`Starting the app on 127.0.0.1:${port} (builds into .next-bench when the sources changed)…`);
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "--port", String(port), ...db.serveArgs],
    {
      env: {
        ...process.env,
        ...db.appEnv,
        TEST_DATABASE_URL: "",
        // BENCH_DIST_DIR lets two benchmarks on one machine build into different folders.
        BINOME_DIST_DIR: process.env.BENCH_DIST_DIR || ".next-bench",
        BINOME_COUNT_QUERIES: countQueries ? "1" : "",
        DEMO_MODE: "",
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(24).toString("hex"),
        // The server's memory every second (instrumentation.ts), for memoryProfile().
        BINOME_MEMORY_SAMPLE_MS: "1000",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const all = [child.pid!, ...descendants(child.pid!)];
    try {
      process.kill(child.pid!, "SIGTERM");
    } catch {}
    await new Promise((r) => setTimeout(r, 2000));
    for (const pid of all) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {}
    }
  };
  cleanups.push(stop);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app stopped:\n${output.slice(-30).join("\n")}`);
    try {
      const res = await fetch(`${base}${TRIVIAL_PATH}`);
      await res.arrayBuffer();
      if (res.ok) return { base, pid: child.pid!, output, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The app did not start within 15 minutes.");
}

/** Every process started, directly or not, by `root` (from /proc). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, ppid] of parent)
      if (ppid === pid) {
        found.push(child);
        walk(child);
      }
  };
  walk(root);
  return found;
}

/** Peak resident memory (VmHWM) of the app's processes, biggest first. */
export function peakMemory(app: BenchApp): { name: string; mib: number }[] {
  const instances = app.pids ?? [app.pid];
  return instances
    .flatMap((root, i) =>
      [root, ...descendants(root)].map((pid) => ({ pid, instance: instances.length > 1 ? `instance ${i + 1} ` : "" })),
    )
    .flatMap(({ pid, instance }) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        const name = /Name:\s+(.+)/.exec(status)?.[1] ?? String(pid);
        return kib ? [{ name: `${instance}${name} [pid ${pid}]`, mib: kib / 1024 }] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.mib - a.mib);
}

export type MemorySample = {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  malloced: number;
  spaces: Record<string, number>;
};

/**
 * The next-server's memory as it logged it every second (instrumentation.ts, MB), from the given
 * line of its output on: the sample of highest resident memory and the last one.
 */
export function memoryProfile(
  app: Pick<BenchApp, "output">,
  fromLine = 0,
): { peak: MemorySample; last: MemorySample } | undefined {
  const samples = app.output
    .slice(fromLine)
    .filter((l) => l.startsWith("[binome:memory] "))
    .map((l) => JSON.parse(l.slice("[binome:memory] ".length)) as MemorySample);
  if (!samples.length) return undefined;
  return { peak: samples.reduce((a, b) => (b.rss > a.rss ? b : a)), last: samples.at(-1)! };
}

/** "RSS 612 MB = V8 heap 379 MB (used 348) + buffers 70 MB + outside both 163 MB". */
export const describeMemory = (m: MemorySample) =>
  `RSS ${m.rss.toFixed(0)} MB = V8 heap ${m.heapTotal.toFixed(0)} MB (used ${m.heapUsed.toFixed(0)}) + buffers ${m.external.toFixed(0)} MB + outside both ${(m.rss - m.heapTotal - m.external).toFixed(0)} MB`;

// --- load -------------------------------------------------------------------------------------

export type PageSpec = {
  /** How the page is named in the results. */
  label: string;
  path: string;
  /** Text every good answer contains (a 200 without it counts as an error: e.g. a sign-in page). */
  expect: string;
  /** The cookie to send (a signed-in person). */
  cookie: string;
  /** The page's `[binome:queries] <label> N` log label, when it counts its queries (countingQueries). */
  queriesLabel?: string;
  /** Another server's address (the bare Next.js page), instead of the app's. */
  base?: string;
};

export type PageResult = {
  spec: PageSpec;
  ok: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
  rps: number;
  /** Latencies of the good answers (ms, sorted) and the time the requests took (s). */
  latencies: number[];
  seconds: number;
  /** SQL queries of each page, from the server's log. */
  queries: number[];
  /** Transactions committed during the requests (PostgreSQL's statistics; include the sign-in check). */
  transactions?: number;
};

/** Transactions committed in the bench database so far (PostgreSQL only; its statistics are flushed within ~10 s). */
async function committed(db: BenchDatabase): Promise<number> {
  await new Promise((r) => setTimeout(r, 11_000));
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    const r = await c.query("select xact_commit::bigint as n from pg_stat_database where datname = $1", [db.dbName]);
    return Number(r.rows[0].n);
  } finally {
    await c.end();
  }
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

function result(
  spec: PageSpec,
  latencies: number[],
  errors: number,
  seconds: number,
  queries: number[],
  transactions?: number,
): PageResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const [p50, p95, max] = [percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.at(-1) ?? NaN];
  return {
    spec,
    ok: sorted.length,
    errors,
    p50,
    p95,
    max,
    rps: (sorted.length + errors) / seconds,
    latencies: sorted,
    seconds,
    queries,
    transactions,
  };
}

/** Warms the page up (one request at a time, unless warmUp is 0), then `requests` requests over `concurrency` connections. */
export async function measurePage(
  app: BenchApp,
  db: BenchDatabase,
  spec: PageSpec,
  { requests = 400, concurrency = 20, warmUp = 30 }: { requests?: number; concurrency?: number; warmUp?: number } = {},
): Promise<PageResult> {
  const get = async () => {
    const res = await fetch((spec.base ?? app.base) + spec.path, {
      headers: { cookie: spec.cookie },
      redirect: "manual",
    });
    const body = await res.text();
    return res.status === 200 && body.includes(spec.expect);
  };
  for (let i = 0; i < warmUp; i++) await get();

  const logLines = () =>
    spec.queriesLabel ? app.output.filter((l) => l.startsWith(`[binome:queries] ${spec.queriesLabel} `)) : [];
  const linesBefore = logLines().length;
  const txBefore = db.kind === "postgresql" ? await committed(db) : 0;

  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = Date.now() + PHASE_TIME_LIMIT_MS;
  const worker = async () => {
    while (next < requests && Date.now() < deadline) {
      next++;
      const t = performance.now();
      try {
        if (await get()) latencies.push(performance.now() - t);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;

  const queries = logLines()
    .slice(linesBefore)
    .map((l) => Number(l.split(" ").at(-1)));
  const transactions = db.kind === "postgresql" ? (await committed(db)) - txBefore : undefined;
  return result(spec, latencies, errors, seconds, queries, transactions);
}

/**
 * Measures pages side by side: each page's requests in `rounds` slices, taken in turn (A B A B…),
 * so that a change of the machine's load while the benchmark runs weighs on every page alike.
 */
export async function comparePages(
  app: BenchApp,
  db: BenchDatabase,
  specs: PageSpec[],
  { requests = 400, concurrency = 20, rounds = 2 }: { requests?: number; concurrency?: number; rounds?: number } = {},
): Promise<PageResult[]> {
  const slices: PageResult[][] = specs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, spec] of specs.entries()) {
      const share = Math.floor(requests / rounds) + (round < requests % rounds ? 1 : 0);
      slices[i].push(await measurePage(app, db, spec, { requests: share, concurrency, warmUp: round === 0 ? 30 : 0 }));
    }
  }
  return slices.map((parts, i) =>
    result(
      specs[i],
      parts.flatMap((r) => r.latencies),
      parts.reduce((n, r) => n + r.errors, 0),
      parts.reduce((n, r) => n + r.seconds, 0),
      parts.flatMap((r) => r.queries),
      db.kind === "postgresql" ? parts.reduce((n, r) => n + (r.transactions ?? 0), 0) : undefined,
    ),
  );
}

/**
 * What a browser downloads to open a page: its HTML (uncompressed bytes) and the JavaScript files
 * its HTML loads (`<script src>`, polyfills for browsers without modules left out), each gzipped.
 */
export async function pageWeight(base: string, pagePath: string, cookie: string) {
  const html = await (await fetch(base + pagePath, { headers: { cookie } })).text();
  // BENCH_SAVE_HTML=<folder>: each measured page's HTML kept there, to see what its bytes are.
  if (process.env.BENCH_SAVE_HTML) {
    mkdirSync(process.env.BENCH_SAVE_HTML, { recursive: true });
    const name = `${new URL(base).port}${pagePath.split("?")[0].replace(/\//g, "_")}.html`;
    writeFileSync(path.join(process.env.BENCH_SAVE_HTML, name), html);
  }
  // The `noModule` polyfills are for browsers without modules: today's browsers do not fetch them.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]+)>/g)]
        .filter((m) => !/\bnoModule\b/i.test(m[1]))
        .map((m) => /\bsrc="([^"]+)"/.exec(m[1])?.[1])
        .filter((src): src is string => Boolean(src)),
    ),
  ];
  const sizes = await Promise.all(
    scripts.map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, "&"), base))).arrayBuffer());
      return { bytes: body.length, gzip: gzipSync(body).length };
    }),
  );
  return {
    htmlBytes: Buffer.byteLength(html),
    /** The React Server Components payload inlined in the HTML (self.__next_f.push). */
    flightBytes: [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce(
      (n, m) => n + Buffer.byteLength(m[1]),
      0,
    ),
    scripts: scripts.length,
    jsBytes: sizes.reduce((n, s) => n + s.bytes, 0),
    jsGzipBytes: sizes.reduce((n, s) => n + s.gzip, 0),
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

export function printResults(title: string, results: PageResult[]) {
  const ms = (n: number) => n.toFixed(1).padStart(9);
  const width = Math.max(40, ...results.map((r) => r.spec.label.length + 2));
  console.log(`\n${title}`);
  console.log(
    `${"page".padEnd(width)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"max ms".padStart(9)}${"req/s".padStart(9)}${"ok".padStart(6)}${"errors".padStart(7)}`,
  );
  for (const r of results) {
    console.log(
      `${r.spec.label.padEnd(width)}${ms(r.p50)}${ms(r.p95)}${ms(r.max)}${r.rps.toFixed(1).padStart(9)}${String(r.ok).padStart(6)}${String(r.errors).padStart(7)}`,
    );
  }
}

/** Runs the cleanups registered so far (apps stopped, databases dropped, folders removed). */
export async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(error);
    }
  }
}

// --- the directory benchmark ------------------------------------------------------------------

async function main() {
  const { values: args } = parseArgs({
    options: {
      requests: { type: "string", default: "400" },
      concurrency: { type: "string", default: "20" },
      rounds: { type: "string", default: "2" },
      port: { type: "string" },
      path: { type: "string", default: DIRECTORY_PATH },
      embedded: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      only: { type: "string" },
      "memory-compare": { type: "boolean", default: false },
    },
  });
  const server = args.embedded ? undefined : process.env.TEST_DATABASE_URL;
  if (args.only === "suggestions") return benchSuggestions(server, args.keep);
  if (args.only !== "dashboard") await benchDirectory(args, server);
  if (args.only !== "directory") {
    console.log("\n=== Cohort dashboard ===");
    await benchDashboard({ databaseUrl: server, http: true, keep: args.keep });
  }
}

let serverOnlyAllowed = false;
/** Lets this process import the server's modules: their `import "server-only"` resolves to an empty module. */
function allowServerOnlyImports() {
  if (serverOnlyAllowed) return;
  serverOnlyAllowed = true;
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/**
 * The landing page's programme catalogue in one statement: the rows list-programme-catalogue.ts reads
 * (through Prisma, whose statement aggregates the cohort as JSON), in plain SQL.
 */
const CATALOGUE_SQL = `select p.id, p.type, p."nameEn", p."nameFr", p."descriptionEn", p."descriptionFr",
       c."nameEn" as "cohortNameEn", c."nameFr" as "cohortNameFr", c."startsOn", c."endsOn", c.seats
  from "Programme" p
  left join lateral (select * from "Cohort" c where c."programmeId" = p.id and c.status = 'open'
                      order by c."startsOn", c.id limit 1) c on true
 where p."archivedAt" is null
 order by p."createdAt", p.id`;

/**
 * The statements of the bare framework's "required" pages: the session check's
 * (lib/server/auth/sessions.ts), and what each measured page runs besides: the directory page's own
 * (lib/server/coaches/search-directory.ts, for the demo client) and the landing page's catalogue.
 */
async function pageStatements(db: BenchDatabase, directoryPath: string, email: string) {
  allowServerOnlyImports();
  const { directoryPageQuery } = await import("../lib/server/coaches/search-directory");
  const { sessionQuery } = await import("../lib/server/auth/sessions");
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`select id from "User" where email = $1`, [email]);
    const filters = parseDirectoryFilters(Object.fromEntries(new URL(directoryPath, "http://bench").searchParams));
    const directory = directoryPageQuery(filters, rows[0].id, 1, "coach");
    return {
      session: sessionQuery("").text,
      directory: { text: directory.text, values: directory.values },
      about: { text: CATALOGUE_SQL, values: [] },
    };
  } finally {
    await client.end();
  }
}

/**
 * The server time "Suggested for you" adds to /coaches (lib/server/suggestions/load-suggestions.ts):
 * the loader called directly, as the page calls it, for the demo client (her preferences and her
 * supervisor are in the demo seed) against the benchmark's database, after 20 warm-up calls; 200
 * calls, so that the p95 is not the third-slowest of a few.
 * Its modules start with `import "server-only"`: that import resolves to an empty module here.
 */
export async function measureSuggestions(db: BenchDatabase, runs = 200): Promise<Timings> {
  allowServerOnlyImports();
  const { loadSuggestions } = await import("../lib/server/suggestions/load-suggestions");
  const embedded =
    db.kind === "pglite" ? await startEmbeddedDatabase({ dataDir: path.join(db.appEnv.DATA_DIR, "pglite") }) : null;
  const prisma = createPrismaClient(embedded ? embedded.url : db.url, { max: embedded ? 1 : 10 });
  try {
    const amina = await prisma.user.findUniqueOrThrow({
      where: { email: "amina.client@example.org" },
      select: { id: true, roles: { select: { role: true } } },
    });
    const actor = { id: amina.id, roles: amina.roles.map((r) => r.role) };
    for (let i = 0; i < 20; i++) await loadSuggestions(prisma, actor, "coach");
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const result = await loadSuggestions(prisma, actor, "coach");
      samples.push(performance.now() - t);
      if (result.state !== "ready" || result.suggestions.length === 0)
        throw new Error("The suggestions did not answer as expected.");
    }
    return summarise(samples);
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

/** The line the benchmark prints for "Suggested for you", with the machine's load. */
function suggestionsLine(suggestions: Timings) {
  return `suggestions: p50 ${suggestions.p50.toFixed(1)} ms, p95 ${suggestions.p95.toFixed(1)} ms (target ≤ 30 ms: ${suggestions.p95 <= 30 ? "met" : "NOT met"}; ${suggestions.runs} runs for Amina, ${COACHES.toLocaleString("en")} coaches; load ${loadAverage()})`;
}

/** `--only suggestions`: the directory's data, the suggestions measured, nothing built or served. */
async function benchSuggestions(server: string | undefined, keep: boolean) {
  const t0 = performance.now();
  const db = await prepareBenchDatabase({ server, keep });
  console.log(`Load average (1, 5, 15 min) before the suggestions: ${loadAverage()}`);
  console.log(suggestionsLine(await measureSuggestions(db)));
  console.log(`\nDone in ${seconds(t0)}.`);
}

async function benchDirectory(
  args: {
    requests: string;
    concurrency: string;
    rounds: string;
    port?: string;
    path: string;
    keep: boolean;
    "memory-compare": boolean;
  },
  server: string | undefined,
) {
  const load = { requests: Number(args.requests), concurrency: Number(args.concurrency), rounds: Number(args.rounds) };
  const t0 = performance.now();
  const db = await prepareBenchDatabase({ server, keep: args.keep });
  // "Suggested for you" (issue #20): its loader called directly, before the app opens the database.
  const suggestions = suggestionsLine(await measureSuggestions(db));
  console.log(suggestions);
  const app = await startBenchApp(db, { port: args.port ? Number(args.port) : undefined });
  const floor = await startFloorApp(console.log, db.kind === "postgresql" ? db.url : "");
  const cookie = db.cookies["amina.client@example.org"];

  // The signed-in directory, not a sign-in redirect; its count for the results.
  const probe = await fetch(app.base + args.path, { headers: { cookie }, redirect: "manual" });
  const probeBody = await probe.text();
  const total = /data-testid="directory-count"[^>]*>.*?<span[^>]*>([^<]+)</.exec(probeBody)?.[1];
  if (probe.status !== 200 || !total)
    throw new Error(`The directory did not answer as expected (HTTP ${probe.status}).`);

  // The markup both pages send, rendered by the bare framework: what showing it costs there; on
  // PostgreSQL, with the statement each page runs besides the session check.
  const statements =
    db.kind === "postgresql" ? await pageStatements(db, args.path, "amina.client@example.org") : undefined;
  if (statements) floor.saveSessionQuery(statements.session);
  floor.saveMarkup("directory", probeBody, statements?.directory);
  floor.saveMarkup(
    "about",
    await (await fetch(app.base + TRIVIAL_PATH, { headers: { cookie } })).text(),
    statements?.about,
  );

  const pages: PageSpec[] = [
    {
      label: `${args.path}  (${total.trim()})`,
      path: args.path,
      expect: 'data-testid="coach-card"',
      cookie,
      queriesLabel: "/coaches",
    },
    { label: TRIVIAL_PATH, path: TRIVIAL_PATH, expect: "<main", cookie },
    { label: "bare Next.js page (the floor)", path: FLOOR_PATH, expect: "<main", cookie: "", base: floor.base },
    {
      label: "the directory's markup on the bare framework",
      path: markupPath("directory"),
      expect: 'data-testid="coach-card"',
      cookie: "",
      base: floor.base,
    },
    {
      label: `${TRIVIAL_PATH}'s markup on the bare framework`,
      path: markupPath("about"),
      expect: "<main",
      cookie: "",
      base: floor.base,
    },
    // On PostgreSQL, the same markups after what each page must do first: the CSP nonce in a
    // proxy, the session check and the page's own statement, in plain SQL.
    ...(db.kind === "postgresql"
      ? [
          {
            label: "the directory's markup + CSP proxy, session check, its query",
            path: requiredPath("directory"),
            expect: 'data-testid="coach-card"',
            cookie,
            base: floor.base,
          },
          {
            label: `${TRIVIAL_PATH}'s markup + CSP proxy, session check, catalogue`,
            path: requiredPath("about"),
            expect: "<main",
            cookie,
            base: floor.base,
          },
        ]
      : []),
  ];
  const loadBefore = loadAverage();
  const [directory, trivial, bare, directoryMarkup, aboutMarkup, directoryRequired, aboutRequired] = await comparePages(
    app,
    db,
    pages,
    load,
  );
  const loadAfter = loadAverage();
  const memory = peakMemory(app);
  const floorMemory = peakMemory(floor);
  const profile = memoryProfile(app);
  const [aboutWeight, directoryWeight, floorWeight, directoryMarkupWeight] = await Promise.all([
    pageWeight(app.base, TRIVIAL_PATH, cookie),
    pageWeight(app.base, args.path, cookie),
    pageWeight(floor.base, FLOOR_PATH, ""),
    pageWeight(floor.base, markupPath("directory"), ""),
  ]);
  await Promise.all([app.stop(), floor.stop()]);

  // The same requests on a server started with Node's and glibc's defaults (docs/decisions/0008).
  let unbounded: { results: PageResult[]; memory: typeof memory; profile: typeof profile; load: string } | undefined;
  if (args["memory-compare"]) {
    console.log("\nThe same requests on a server without the memory bound…");
    const other = await startBenchApp(db, {
      env: { SERVER_HEAP_MB: "0", MALLOC_ARENA_MAX: String(8 * os.cpus().length) },
    });
    const before = loadAverage();
    const results = await comparePages(other, db, pages, load);
    unbounded = {
      results,
      memory: peakMemory(other),
      profile: memoryProfile(other),
      load: `${before} → ${loadAverage()}`,
    };
    await other.stop();
  }

  printResults(
    `Binôme directory benchmark — ${db.label}; ${COACHES.toLocaleString("en")} coaches, ${STAFF.toLocaleString("en")} staff; ${load.concurrency} connections × ${load.requests} requests per page, in ${load.rounds} alternating rounds (node ${process.version}, ${os.cpus().length} CPUs)`,
    [
      directory,
      trivial,
      bare,
      directoryMarkup,
      aboutMarkup,
      ...(aboutRequired ? [directoryRequired, aboutRequired] : []),
    ],
  );
  const ratio = directory.p95 / trivial.p95;
  console.log(`\ndirectory p95 / trivial p95: ${ratio.toFixed(2)}  (target ≤ 2: ${ratio <= 2 ? "met" : "NOT met"})`);
  const maxQueries = Math.max(...directory.queries);
  console.log(
    `SQL queries per directory page (the page's own, counted by BINOME_COUNT_QUERIES): ${maxQueries} at most over ${directory.queries.length} pages  (target ≤ 5: ${maxQueries <= 5 ? "met" : "NOT met"})`,
  );
  if (db.kind === "postgresql") {
    const perRequest = (r: PageResult) => (r.transactions! / (r.ok + r.errors)).toFixed(2);
    console.log(
      `Transactions committed per request, from pg_stat_database (each statement outside a transaction counts one; includes the sign-in check): directory ${perRequest(directory)}, ${TRIVIAL_PATH} ${perRequest(trivial)}`,
    );
  }
  console.log(`Peak memory (VmHWM): ${memory.map((m) => `${m.name} ${m.mib.toFixed(0)} MB`).join(", ")}`);
  console.log(
    `The bare page's peak memory (VmHWM): ${floorMemory.map((m) => `${m.name} ${m.mib.toFixed(0)} MB`).join(", ")}`,
  );
  const target = (value: number, limit: number) => `(target ≤ ${limit}: ${value <= limit ? "met" : "NOT met"})`;
  const aboutFloor = trivial.p95 / bare.p95;
  const directoryFloor = directory.p95 / bare.p95;
  const serverPeakMb = memory.find((m) => m.name.startsWith("next-server"))?.mib ?? NaN;
  const weights: [string, Awaited<ReturnType<typeof pageWeight>>][] = [
    [TRIVIAL_PATH, aboutWeight],
    ["/coaches", directoryWeight],
    ["bare page", floorWeight],
    ["the directory's markup on the bare framework", directoryMarkupWeight],
  ];
  for (const [name, w] of weights)
    console.log(
      `${name}: HTML ${kb(w.htmlBytes)} KB (of which the inlined Server Components payload ${kb(w.flightBytes)} KB); ${w.scripts} JavaScript files, ${kb(w.jsBytes)} KB, ${kb(w.jsGzipBytes)} KB gzip`,
    );
  console.log(`\nabout/floor p95: ${aboutFloor.toFixed(2)}  ${target(aboutFloor, 1.5)}`);
  console.log(`directory/floor p95: ${directoryFloor.toFixed(2)}  ${target(directoryFloor, 2)}`);
  console.log(
    `first-load JS /coaches: ${kb(directoryWeight.jsGzipBytes)} KB gzip  ${target(directoryWeight.jsGzipBytes / 1024, 120)}; /about: ${kb(aboutWeight.jsGzipBytes)} KB gzip  ${target(aboutWeight.jsGzipBytes / 1024, 120)}`,
  );
  console.log(`HTML /about: ${kb(aboutWeight.htmlBytes)} KB  ${target(aboutWeight.htmlBytes / 1024, 25)}`);
  // How each ratio splits: the framework's cost of rendering what the page shows, then what the
  // page must do first (PostgreSQL only), then the rest, Binôme's own. Requests per second say
  // the same with less noise than a p95.
  for (const [name, page, markup, required] of [
    ["directory", directory, directoryMarkup, directoryRequired],
    ["about", trivial, aboutMarkup, aboutRequired],
  ] as const) {
    const times = (a: PageResult, b: PageResult) =>
      `${(a.p95 / b.p95).toFixed(2)} (req/s ${(b.rps / a.rps).toFixed(2)})`;
    console.log(
      `${name}/floor p95 split: its markup on the bare framework ${times(markup, bare)} × the floor` +
        (required
          ? `; + CSP proxy, session check and its statement in plain SQL ${times(required, bare)} × the floor; the rest of Binôme ${times(page, required)} ×`
          : `; Binôme's own ${times(page, markup)} × its markup`),
    );
  }
  console.log(`next-server peak: ${serverPeakMb.toFixed(0)} MB  ${target(serverPeakMb, 350)}`);
  console.log(suggestions);
  const bound = `SERVER_HEAP_MB=${process.env.SERVER_HEAP_MB || DEFAULT_SERVER_HEAP_MB}, MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX || 2}`;
  if (app.outputs && app.outputs.length > 1)
    app.outputs.forEach((output, i) => {
      const own = memoryProfile({ output });
      if (own) console.log(`instance ${i + 1}'s next-server at its highest: ${describeMemory(own.peak)}`);
    });
  else if (profile) console.log(`next-server at its highest (${bound}): ${describeMemory(profile.peak)}`);
  console.log(`Load average (1, 5, 15 min) before the measured requests: ${loadBefore}; after: ${loadAfter}`);
  if (unbounded) {
    const serverPeak = (m: typeof memory) => m.find((p) => p.name.startsWith("next-server"))?.mib ?? NaN;
    printResults(
      `The same requests without the bound (SERVER_HEAP_MB=0: V8's own heap limit; MALLOC_ARENA_MAX=${8 * os.cpus().length}: glibc's default); load ${unbounded.load}`,
      unbounded.results,
    );
    if (unbounded.profile)
      console.log(`next-server at its highest without the bound: ${describeMemory(unbounded.profile.peak)}`);
    console.log(
      `next-server peak memory (VmHWM): ${serverPeak(memory).toFixed(0)} MB with the bound, ${serverPeak(unbounded.memory).toFixed(0)} MB without`,
    );
  }
  console.log(`\nDone in ${seconds(t0)}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main()
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(async () => {
      await cleanUp();
      process.exit();
    });
}
