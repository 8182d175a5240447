// The HR import of 50,000 people as an admin does it, in Chromium, against the built app with the
// demo data (embedded PGlite in a temporary folder, or a new database on BENCH_DATABASE_URL's
// PostgreSQL server with --database postgresql): sign in as the demo's programme admin, upload a
// French spreadsheet's CSV (semicolons, byte-order mark, French headers and labels), read the
// preview, apply, follow the progress to the end, find an imported person in /admin/people; then
// the same file without its last rows in "full list" mode: the second confirmation names the people
// who would leave, and after applying they have left. Prints the seconds of each step and the
// machine's load, saves screenshots, and exits 1 if a page shows a wrong count. Not a test: it
// prints figures.
//
//   npm run bench:people-import:browser -- [--rows 50000] [--leaving 500] [--database pglite|postgresql]
//     [--screenshots folder]
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";
import { runOnServer, withDatabaseName } from "../lib/db/admin";
import { freePort } from "../lib/db/embedded";
import { dutyStations, entities } from "../prisma/seed/data";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { cleanUp, startBenchApp } from "./bench";

const TARGET_SECONDS = 60;
const ADMIN_EMAIL = "ade.admin@example.org";
const en = JSON.parse(readFileSync("messages/en.json", "utf8")).peopleImport;

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "50000" },
    leaving: { type: "string", default: "500" },
    database: { type: "string", default: "pglite" },
    screenshots: { type: "string", default: path.join(os.tmpdir(), "binome-people-import-screenshots") },
  },
});
const rows = Number(values.rows);
const leaving = Math.min(Number(values.leaving), rows - 1);
const problems: string[] = [];
const check = (what: string, seen: string | null, wanted: string) => {
  if ((seen ?? "").trim() !== wanted) problems.push(`${what}: the page shows "${seen}", expected "${wanted}"`);
};
const grouped = (n: number) => n.toLocaleString("en-GB");

/** The file a French HR office would export: semicolons, a byte-order mark, French headers and labels. */
function hrFile(count: number, run: string): Buffer {
  const types = ["Engagement de durée déterminée", "permanent", "continuing", "temporary", "consultant"];
  const email = (i: number) => `agent${i}.${run}@un.org`;
  const lines = [
    "Courriel;Nom;Matricule;Entité;Lieu d'affectation;Type d'engagement;Courriel du superviseur;Langues;Genre;Actif",
  ];
  for (let i = 0; i < count; i++) {
    const boss = i % 10 === 0 ? "" : email(Math.floor(i / 10) * 10);
    lines.push(
      [
        email(i),
        `Agent ${i} Banc`,
        `IDX-${run}-${i}`,
        entities[i % entities.length].code,
        dutyStations[i % dutyStations.length].code,
        types[i % types.length],
        boss,
        i % 3 ? "fr|en" : "en",
        i % 2 ? "femme" : "homme",
        "oui",
      ].join(";"),
    );
  }
  return Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`);
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

const figure = (page: Page, key: string) => page.getByTestId(`import-${key}`).locator("dd").textContent();

/** Uploads a file and waits for its preview; returns the seconds from the click to the preview. */
async function upload(page: Page, name: string, file: Buffer): Promise<number> {
  await page.goto("/admin/people/import");
  await page.getByLabel(en.fileLabel).setInputFiles({ name, mimeType: "text/csv", buffer: file });
  return seconds(async () => {
    await page.getByRole("button", { name: en.upload }).click();
    await page.getByTestId("import-total").waitFor({ timeout: 600_000 });
  });
}

let failureShot = async () => {};

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "binome-bench-import-browser-"));
  let dropDatabase = async () => {};
  let databaseUrl: string;
  let serveArgs: string[];
  let appEnv: Record<string, string>;
  if (values.database === "postgresql") {
    const server = process.env.BENCH_DATABASE_URL;
    if (!server) throw new Error("--database postgresql needs BENCH_DATABASE_URL (a PostgreSQL server).");
    const name = `binome_bench_import_${randomBytes(4).toString("hex")}`;
    await runOnServer(server, `create database "${name}"`);
    databaseUrl = withDatabaseName(server, name);
    dropDatabase = () => runOnServer(server, `drop database if exists "${name}" with (force)`);
    serveArgs = ["--demo", "--data-dir", dataDir];
    appEnv = { DATABASE_URL: databaseUrl };
  } else {
    const dbPort = await freePort();
    databaseUrl = `postgresql://postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable`;
    serveArgs = ["--demo", "--data-dir", dataDir, "--db-port", String(dbPort)];
    appEnv = { DATABASE_URL: "" };
  }
  const shots = path.resolve(values.screenshots!);
  mkdirSync(shots, { recursive: true });
  // The demo data (the admin who imports, the entities and duty stations the file names).
  const app = await startBenchApp({ appEnv, serveArgs }, { countQueries: false, env: { DEMO_MODE: "1" } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const sql = new pg.Client({ connectionString: databaseUrl });
  try {
    await sql.connect();
    // Signed in as the demo's programme admin (a database session, as the end-to-end tests do).
    const token = randomBytes(32).toString("hex");
    const signedIn = await sql.query(
      `insert into "Session" (id, "sessionToken", "userId", expires)
       select $1, $2, id, now() + interval '1 day' from "User" where email = $3`,
      [`bench_${token.slice(0, 16)}`, token, ADMIN_EMAIL],
    );
    if (signedIn.rowCount !== 1) throw new Error(`The demo admin ${ADMIN_EMAIL} is not in the database.`);
    const context = await browser.newContext({
      baseURL: app.base,
      locale: "en-GB",
      viewport: { width: 1280, height: 900 },
    });
    await context.addCookies([
      { name: "next-auth.session-token", value: token, url: app.base, httpOnly: true, sameSite: "Lax" },
      { name: "NEXT_LOCALE", value: "en", url: app.base },
    ]);
    const page = await context.newPage();
    failureShot = () => page.screenshot({ path: path.join(shots, "failure.png"), fullPage: true }).then(() => {});
    const run = randomBytes(3).toString("hex");
    const file = hrFile(rows, run);
    console.log(
      `HR file: ${grouped(rows)} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB (semicolons, BOM, French headers).`,
    );

    // 1. Preview, apply, follow the progress.
    const preview = await upload(page, "personnel.csv", file);
    check("rows in the file", await figure(page, "total"), grouped(rows));
    check("new people", await figure(page, "new"), grouped(rows));
    await page.screenshot({ path: path.join(shots, "1-preview.png"), fullPage: true });
    const errors = await figure(page, "errors");
    if (errors !== "0") throw new Error(`The preview finds ${errors} errors in the file (see 1-preview.png).`);
    let sawProgress = false;
    const apply = await seconds(async () => {
      await page.getByRole("button", { name: en.apply }).click();
      const progress = page.getByRole("progressbar", { name: en.progressLabel });
      const done = page.getByText(en.appliedTitle);
      await progress.or(done).first().waitFor({ timeout: 60_000 });
      if (await progress.isVisible()) {
        sawProgress = true;
        await page.screenshot({ path: path.join(shots, "2-progress.png") });
      }
      await done.waitFor({ timeout: 600_000 });
    });
    await page.screenshot({ path: path.join(shots, "3-applied.png"), fullPage: true });
    const someone = `agent${rows - 1}.${run}@un.org`;
    await page.goto(`/admin/people?q=${encodeURIComponent(someone)}`);
    const found = await page.getByText(`Agent ${rows - 1} Banc`).isVisible();
    if (!found) problems.push(`/admin/people does not find ${someone}`);
    await page.screenshot({ path: path.join(shots, "4-people.png"), fullPage: true });

    // 2. The same file without its last rows, as the full list: those people leave.
    const shorter = hrFile(rows - leaving, run);
    const fullPreview = await upload(page, "personnel-complet.csv", shorter);
    check("unchanged people", await figure(page, "unchanged"), grouped(rows - leaving));
    check("missing people", await figure(page, "missing"), grouped(leaving));
    await page.getByLabel(en.fullList).check();
    await page.getByRole("button", { name: en.apply }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await page.screenshot({ path: path.join(shots, "5-full-list-confirmation.png") });
    const fullApply = await seconds(async () => {
      await dialog.getByRole("button", { name: new RegExp(`^Apply and mark ${grouped(leaving)} `) }).click();
      await page.getByText(en.appliedTitle).waitFor({ timeout: 600_000 });
    });
    const [{ left }] = (
      await sql.query<{ left: number }>(
        `select count(*)::int as left from "User" where email like $1 and "leftAt" is not null`,
        [`agent%.${run}@un.org`],
      )
    ).rows;
    if (left !== leaving) problems.push(`${left} people have left, expected ${leaving}`);
    await page.screenshot({ path: path.join(shots, "6-full-list-applied.png"), fullPage: true });

    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ");
    console.log(
      `\nHR import in Chromium, ${values.database}, ${grouped(rows)} rows (load 1/5/15 min: ${load}, ${os.cpus().length} cores)`,
    );
    console.log(`preview (upload → counts shown): ${preview.toFixed(1)} s`);
    console.log(`apply (click → "applied" shown${sawProgress ? ", progress bar seen" : ""}): ${apply.toFixed(1)} s`);
    console.log(`preview + apply: ${(preview + apply).toFixed(1)} s (target under ${TARGET_SECONDS} s)`);
    console.log(
      `full list without the last ${grouped(leaving)}: preview ${fullPreview.toFixed(1)} s, apply ${fullApply.toFixed(1)} s, ${left} marked as having left`,
    );
    console.log(`screenshots: ${shots}`);
    await context.close();
  } catch (error) {
    await failureShot().catch(() => {});
    throw error;
  } finally {
    await sql.end().catch(() => {});
    await browser.close();
    await app.stop();
    await cleanUp();
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`\nWrong on the pages:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
