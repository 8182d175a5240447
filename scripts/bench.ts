// Benchmark of the coach directory (`npm run bench`): a throw-away database (a new database on
// TEST_DATABASE_URL's server, else an embedded PGlite in a temp folder) with 10,000 approved
// coaches and 50,000 staff, the built app on it (scripts/serve.ts, build folder .next-bench), a
// signed-in client, then 20 concurrent connections × a fixed number of requests on
//   - /coaches with three filters and a text search, and
//   - /about, a trivial dynamic page,
// printing p50/p95 latency, requests/second, the SQL queries per directory page and the server's
// peak memory. Only talks to 127.0.0.1. Not a test: nothing fails, it prints figures.
//   tsx scripts/bench.ts [--requests 400] [--concurrency 20] [--port N] [--path "/coaches?…"]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { createPrismaClient } from "../lib/db/client";
import { freePort, startEmbeddedDatabase } from "../lib/db/embedded";
import { applyPendingMigrations } from "../lib/db/migrations";
import { localFolderStorage } from "../lib/storage/local-folder-storage";
import { seedDatabase } from "../prisma/seed/seed";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "400" },
    concurrency: { type: "string", default: "20" },
    port: { type: "string" },
    path: { type: "string", default: "/coaches?expertise=leadership&language=fr&free=1&q=negociation" },
  },
});
const REQUESTS = Number(args.requests);
const CONCURRENCY = Number(args.concurrency);
const PHASE_TIME_LIMIT_MS = 120_000;
const COACHES = 10_000;
const STAFF = 50_000;
const DIRECTORY = args.path;
const TRIVIAL = "/about";

const server = process.env.TEST_DATABASE_URL;
const tmp = mkdtempSync(path.join(os.tmpdir(), "binome-bench-"));
const cleanups: (() => Promise<void> | void)[] = [() => rmSync(tmp, { recursive: true, force: true })];
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// --- database ---------------------------------------------------------------------------------

const SEED_SQL = [
  // 50,000 staff members and 10,000 coaches, spread over the seed's entities, duty stations, networks.
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
  `insert into "CoachProfile" (id, "userId", status, availability, capacity, "expertiseAreas", "coachingLanguages", "credentialKind",
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
  `insert into "Engagement" (id, "programmeId", "coachProfileId", "clientId", status)
   select 'bench-eng-' || g, (select id from "Programme" order by "createdAt", slug limit 1), 'bench-cp-' || (1 + g % ${COACHES}), 'bench-staff-' || g,
          case when g % 3 = 0 then 'completed' else 'active' end::"EngagementStatus"
     from generate_series(1, 12000) g`,
  `analyze`,
];

async function prepareDatabase(): Promise<{ url: string; appEnv: Record<string, string>; serveArgs: string[]; kind: string }> {
  if (server) {
    const name = `binome_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
    await runOnServer(server, `create database "${name}"`);
    cleanups.push(() => runOnServer(server, `drop database if exists "${name}" with (force)`));
    const url = withDatabaseName(server, name);
    await populate(url);
    return { url, appEnv: { DATABASE_URL: url }, serveArgs: [], kind: `PostgreSQL (${new URL(server).host})` };
  }
  const dataDir = path.join(tmp, "pglite");
  const embedded = await startEmbeddedDatabase({ dataDir });
  try {
    await populate(embedded.url);
  } finally {
    await embedded.stop();
  }
  // The app's launcher opens the same folder (only one process may hold it).
  return { url: "", appEnv: { DATA_DIR: tmp }, serveArgs: ["--data-dir", dataDir], kind: "embedded PGlite" };
}

let sessionToken = "";

async function populate(url: string) {
  let t = performance.now();
  await applyPendingMigrations(url);
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    await seedDatabase(prisma, new Date(), { storage: localFolderStorage(path.join(tmp, "uploads")) });
    console.log(`Migrated and loaded the reference data in ${seconds(t)}.`);
    t = performance.now();
    for (const sql of SEED_SQL) await prisma.$executeRawUnsafe(sql); // fixed text, no input
    const coaches = await prisma.coachProfile.count({ where: { status: "approved", availability: "open", user: { disabledAt: null } } });
    console.log(`Seeded ${STAFF.toLocaleString("en")} staff and ${COACHES.toLocaleString("en")} coaches (${coaches.toLocaleString("en")} listed) in ${seconds(t)}.`);
    // A signed-in client: a database session, as next-auth keeps them.
    const client = await prisma.user.findUniqueOrThrow({ where: { email: "amina.client@example.org" } });
    sessionToken = randomBytes(32).toString("hex");
    await prisma.session.create({ data: { sessionToken, userId: client.id, expires: new Date(Date.now() + 86_400_000) } });
  } finally {
    await prisma.$disconnect();
  }
}

// --- app --------------------------------------------------------------------------------------

type App = { pid: number; output: string[]; stop: () => Promise<void> };

async function startApp(port: number, appEnv: Record<string, string>, serveArgs: string[]): Promise<App> {
  const output: string[] = [];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(port), ...serveArgs], {
    env: {
      ...process.env,
      ...appEnv,
      TEST_DATABASE_URL: "",
      BINOME_DIST_DIR: ".next-bench",
      BINOME_COUNT_QUERIES: "1",
      DEMO_MODE: "",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(24).toString("hex"),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const stop = async () => {
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
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app stopped:\n${output.slice(-30).join("\n")}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${TRIVIAL}`);
      await res.arrayBuffer();
      if (res.ok) return { pid: child.pid!, output, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The app did not start within 10 minutes.");
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
    for (const [child, ppid] of parent) if (ppid === pid) (found.push(child), walk(child));
  };
  walk(root);
  return found;
}

function peakMemory(root: number): { name: string; kib: number }[] {
  return [root, ...descendants(root)].flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const name = /Name:\s+(.+)/.exec(status)?.[1] ?? String(pid);
      return kib ? [{ name: `${name} [pid ${pid}]`, kib }] : [];
    } catch {
      return [];
    }
  });
}

// --- load -------------------------------------------------------------------------------------

type Result = { path: string; ok: number; errors: number; p50: number; p95: number; max: number; rps: number };

async function load(base: string, pathname: string, cookie: string, expect: string): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = Date.now() + PHASE_TIME_LIMIT_MS;
  const worker = async () => {
    while (next < REQUESTS && Date.now() < deadline) {
      next++;
      const t = performance.now();
      try {
        const res = await fetch(base + pathname, { headers: { cookie }, redirect: "manual" });
        const body = await res.text();
        if (res.status !== 200 || !body.includes(expect)) errors++;
        else latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return { path: pathname, ok: latencies.length, errors, p50: at(0.5), p95: at(0.95), max: latencies.at(-1) ?? NaN, rps: (latencies.length + errors) / elapsed };
}

/** Transactions committed in the bench database so far (PostgreSQL only; its statistics are flushed within ~10 s). */
async function committed(dbName: string): Promise<number> {
  await new Promise((r) => setTimeout(r, 11_000));
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    const r = await c.query("select xact_commit::bigint as n from pg_stat_database where datname = $1", [dbName]);
    return Number(r.rows[0].n);
  } finally {
    await c.end();
  }
}

async function main() {
  const t0 = performance.now();
  const { url, appEnv, serveArgs, kind } = await prepareDatabase();
  const port = args.port ? Number(args.port) : await freePort();
  console.log(`Starting the app on 127.0.0.1:${port} (builds into .next-bench when the sources changed)…`);
  const app = await startApp(port, appEnv, serveArgs);
  const base = `http://127.0.0.1:${port}`;
  const cookie = `next-auth.session-token=${sessionToken}`;

  // Warm-up, and one directory page to check it is the signed-in directory, not a sign-in redirect.
  const probe = await fetch(base + DIRECTORY, { headers: { cookie }, redirect: "manual" });
  const probeBody = await probe.text();
  const total = /data-testid="directory-count"[^>]*>.*?<span[^>]*>([^<]+)</.exec(probeBody)?.[1];
  if (probe.status !== 200 || !total) throw new Error(`The directory did not answer as expected (HTTP ${probe.status}).`);
  for (let i = 0; i < 30; i++) {
    await (await fetch(base + DIRECTORY, { headers: { cookie } })).text();
    await (await fetch(base + TRIVIAL, { headers: { cookie } })).text();
  }

  const dbName = server ? new URL(url).pathname.slice(1) : "";
  const countLines = () => app.output.filter((l) => l.startsWith("[binome:queries] /coaches ")).length;
  const before = server ? await committed(dbName) : 0;
  const linesBefore = countLines();
  const directory = await load(base, DIRECTORY, cookie, 'data-testid="coach-card"');
  const perPage = app.output.filter((l) => l.startsWith("[binome:queries] /coaches ")).slice(linesBefore).map((l) => Number(l.split(" ").at(-1)));
  const middle = server ? await committed(dbName) : 0;
  const trivial = await load(base, TRIVIAL, cookie, "<main");
  const after = server ? await committed(dbName) : 0;
  const memory = peakMemory(app.pid);
  await app.stop();

  const ms = (n: number) => n.toFixed(1).padStart(9);
  const row = (label: string, r: Result) =>
    `${label.padEnd(68)}${ms(r.p50)}${ms(r.p95)}${ms(r.max)}${r.rps.toFixed(1).padStart(9)}${String(r.ok).padStart(6)}${String(r.errors).padStart(7)}`;
  console.log(`\nBinôme directory benchmark — ${kind}; ${COACHES.toLocaleString("en")} coaches, ${STAFF.toLocaleString("en")} staff; ${CONCURRENCY} connections × ${REQUESTS} requests per page (node ${process.version}, ${os.cpus().length} CPUs)`);
  console.log(`${"page".padEnd(68)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"max ms".padStart(9)}${"req/s".padStart(9)}${"ok".padStart(6)}${"errors".padStart(7)}`);
  console.log(row(`${DIRECTORY}  (${total.trim()})`, directory));
  console.log(row(TRIVIAL, trivial));
  const ratio = directory.p95 / trivial.p95;
  console.log(`\ndirectory p95 / trivial p95: ${ratio.toFixed(2)}  (target ≤ 2: ${ratio <= 2 ? "met" : "NOT met"})`);
  const maxQueries = Math.max(...perPage);
  console.log(
    `SQL queries per directory page (the page's own, counted by BINOME_COUNT_QUERIES): ${maxQueries} at most over ${perPage.length} pages  (target ≤ 5: ${maxQueries <= 5 ? "met" : "NOT met"})`,
  );
  if (server) {
    const dirTx = (middle - before) / (directory.ok + directory.errors);
    const aboutTx = (after - middle) / (trivial.ok + trivial.errors);
    console.log(
      `Transactions committed per request, from pg_stat_database (each statement outside a transaction counts one; includes the sign-in check): directory ${dirTx.toFixed(2)}, /about ${aboutTx.toFixed(2)}`,
    );
  }
  const biggest = memory.sort((a, b) => b.kib - a.kib);
  console.log(`Peak memory (VmHWM): ${biggest.map((m) => `${m.name} ${(m.kib / 1024).toFixed(0)} MB`).join(", ")}`);
  console.log(`\nDone in ${seconds(t0)}.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(error);
      }
    }
    process.exit();
  });
