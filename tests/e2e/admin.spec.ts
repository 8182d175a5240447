// Programme administration and cohort dashboards in Chromium: Ade (programme admin) creates a
// cohort (after being told what is wrong with his first try), opens its dashboard, filters it,
// reads the charts and downloads a CSV in English and in French; Hana (HR) sees only the
// credential queue's figures; Amina (client) gets 403 everywhere, CSV files included.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, msg, query, signInAs, test, chooseLanguage } from "./fixtures";

const ADE = "ade.admin@example.org";
const AMINA = "amina.client@example.org";
const HANA = "hana.hr@example.org";
const t = (key: string, values: Record<string, string> = {}) => msg("en", key, values);

async function pilotCohortId(): Promise<string> {
  return (await pilotCohort()).id;
}

async function pilotCohort(): Promise<{ id: string; seats: number }> {
  const [row] = await query<{ id: string; seats: number }>(
    `select c.id, c.seats from "Cohort" c join "Programme" p on p.id = c."programmeId" where p.slug = 'peer-coaching' and c.slug = 'pilot-2023'`,
  );
  return row;
}

test("Ade creates a cohort, opens its dashboard, filters it and downloads a CSV", async ({
  page,
  context,
  baseURL,
}) => {
  await chooseLanguage(context, baseURL!, "en");
  await signInAs(context, baseURL!, ADE);
  await page.goto("/admin/programmes");
  const programme = page.getByRole("region", { name: "UN Peer Coaching Programme" });
  await programme
    .getByRole("link", { name: t("adminProgrammes.newCohortNamed", { name: "UN Peer Coaching Programme" }) })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("adminProgrammes.cohortForm.newTitle"));

  const slug = `autumn-e2e-${Date.now()}`;
  const form = page.getByRole("form", { name: t("adminProgrammes.cohortForm.newTitle") });
  await form.getByLabel(t("adminProgrammes.cohortForm.nameEn")).fill("Autumn 2099");
  await form.getByLabel(t("adminProgrammes.cohortForm.nameFr")).fill("Automne 2099");
  await form.getByLabel(t("adminProgrammes.cohortForm.slug")).fill(slug);
  // First try: the cohort ends before it starts and has no seat.
  await form.getByLabel(t("adminProgrammes.cohortForm.startsOn")).fill("2099-09-01");
  await form.getByLabel(t("adminProgrammes.cohortForm.endsOn")).fill("2099-08-31");
  await form.getByLabel(t("adminProgrammes.cohortForm.enrolmentOpensOn")).fill("2099-07-01");
  await form.getByLabel(t("adminProgrammes.cohortForm.enrolmentClosesOn")).fill("2099-08-15");
  await form.getByLabel(t("adminProgrammes.cohortForm.seats")).fill("0");
  await form.getByRole("button", { name: t("adminProgrammes.cohortForm.create") }).click();
  await expect(form.getByText(t("errors.cohortEndBeforeStart"))).toBeVisible();
  await expect(form.getByText(t("errors.seatsRange"))).toBeVisible();
  await expect(form.getByLabel(t("adminProgrammes.cohortForm.endsOn"))).toHaveAttribute("aria-invalid", "true");
  // Nothing typed is lost; fix the two fields.
  await expect(form.getByLabel(t("adminProgrammes.cohortForm.nameFr"))).toHaveValue("Automne 2099");
  await form.getByLabel(t("adminProgrammes.cohortForm.endsOn")).fill("2100-02-28");
  await form.getByLabel(t("adminProgrammes.cohortForm.seats")).fill("25");
  await form.getByRole("button", { name: t("adminProgrammes.cohortForm.create") }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/admin/programmes");
  await expect(page.getByRole("status").filter({ hasText: t("adminProgrammes.saved.cohortCreated") })).toBeVisible();
  const row = programme
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Autumn 2099", exact: true }) });
  await expect(row.getByRole("cell").nth(2)).toHaveText("25");
  await expect(row.getByRole("cell").nth(4)).toHaveText(t("cohortStatus.draft"));
  const [stored] = await query<{ id: string; seats: number; startsOn: Date }>(
    `select id, seats, "startsOn" from "Cohort" where slug = $1`,
    [slug],
  );
  expect(stored.seats).toBe(25);

  // Its dashboard: nobody enrolled yet.
  await row.getByRole("link", { name: t("adminProgrammes.dashboardNamed", { name: "Autumn 2099" }) }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/admin/cohorts/${stored.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("dashboard.title", { cohort: "Autumn 2099" }));
  await expect(page.getByTestId("figure-seats").getByRole("definition").first()).toHaveText("0 / 25");

  // The pilot's dashboard, filtered by entity: the seats used match the database's count.
  const { id: pilot, seats } = await pilotCohort();
  await page.goto(`/admin/cohorts/${pilot}`);
  const [all] = await query<{ n: number }>(
    `select count(*)::int as n from "CohortEnrolment" where "cohortId" = $1 and status in ('enrolled', 'offered')`,
    [pilot],
  );
  await expect(page.getByTestId("figure-seats").getByRole("definition").first()).toHaveText(`${all.n} / ${seats}`);
  const filters = page.getByRole("search", { name: t("dashboard.filters.title") });
  await filters.getByLabel(t("dashboard.filters.entity")).selectOption("DPPA");
  await filters.getByRole("button", { name: t("dashboard.filters.apply") }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("entity") === "DPPA");
  await expect(page.getByTestId("filter-status")).toContainText("Department of Political and Peacebuilding Affairs");
  const [dppa] = await query<{ n: number }>(
    `select count(*)::int as n from "CohortEnrolment" ce join "User" u on u.id = ce."userId" join "Entity" e on e.id = u."entityId"
      where ce."cohortId" = $1 and ce.status in ('enrolled', 'offered') and e.code = 'DPPA'`,
    [pilot],
  );
  await expect(page.getByTestId("figure-seats").getByRole("definition").first()).toHaveText(`${dppa.n} / ${seats}`);

  // Charts are images named by their title, described by their numbers, each with its table.
  const funnelChart = page.getByRole("img", { name: t("dashboard.tables.funnel.title") });
  await expect(funnelChart).toBeVisible();
  await expect(funnelChart).toHaveAttribute("aria-describedby", "funnel-desc");
  await expect(page.getByRole("table", { name: t("dashboard.tables.funnel.title"), exact: true })).toBeVisible();
  // Supervision attendance of the pilot's coaches: its six months, with the figures from the records.
  const supervision = page.getByRole("table", { name: t("dashboard.tables.supervision.title"), exact: true });
  await expect(supervision.getByRole("row")).toHaveCount(7);

  // Download the seats table: the filtered figures, UTF-8 with a BOM, English headers.
  const seatsTitle = t("dashboard.tables.seats.title");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: t("dashboard.downloadNamed", { table: seatsTitle }) }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("pilot-2023-seats.csv");
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(bytes.toString("utf8").slice(1));
  expect(rows[0]).toEqual([t("dashboard.tables.seats.status"), t("dashboard.tables.seats.people")]);
  const [enrolledDppa] = await query<{ n: number }>(
    `select count(*)::int as n from "CohortEnrolment" ce join "User" u on u.id = ce."userId" join "Entity" e on e.id = u."entityId"
      where ce."cohortId" = $1 and ce.status = 'enrolled' and e.code = 'DPPA'`,
    [pilot],
  );
  expect(rows[1]).toEqual([t("dashboard.seats.enrolled"), String(enrolledDppa.n)]);

  // In French: semicolons, French headers, accents intact.
  await chooseLanguage(context, baseURL!, "fr");
  const response = await page.request.get(`/admin/cohorts/${pilot}/csv/funnel?entity=DPPA`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="pilot-2023-funnel.csv"');
  const fr: string[][] = parse((await response.text()).replace(/^\uFEFF/, ""), { delimiter: ";" });
  expect(fr[0]).toEqual([
    msg("fr", "dashboard.tables.funnel.stage"),
    msg("fr", "dashboard.tables.funnel.people"),
    msg("fr", "dashboard.tables.funnel.share"),
  ]);
  expect(fr[0][2]).toBe("Part des inscrits (%)");
  expect(fr.slice(1).map((r) => r[0])).toEqual(["Inscrits", "Ont demandé un coach", "Mis en relation", "Ont achevé"]);
});

test("Hana (HR) reads only the credential queue's figures; Amina gets 403 on dashboards and downloads", async ({
  browser,
  baseURL,
}) => {
  const pilot = await pilotCohortId();

  const hana = await browser.newContext();
  await chooseLanguage(hana, baseURL!, "en");
  await signInAs(hana, baseURL!, HANA);
  const hp = await hana.newPage();
  expect((await hp.goto(`/admin/cohorts/${pilot}`))?.status()).toBe(200);
  await expect(hp.getByRole("region", { name: t("dashboard.sections.credentials") })).toBeVisible();
  const [waiting] = await query<{ n: number }>(
    `select count(*)::int as n from "MatchingProfile" where status = 'submitted'`,
  );
  const credentials = hp.getByTestId("table-credentials");
  await expect(
    credentials
      .getByRole("row")
      .filter({ has: hp.getByRole("rowheader", { name: t("dashboard.credentials.waiting"), exact: true }) })
      .getByRole("cell"),
  ).toHaveText(String(waiting.n));
  await expect(hp.getByTestId("figure-seats")).toHaveCount(0);
  await expect(hp.getByRole("region", { name: t("dashboard.sections.feedback") })).toHaveCount(0);
  expect((await hp.request.get(`/admin/cohorts/${pilot}/csv/credentials`)).status()).toBe(200);
  expect((await hp.request.get(`/admin/cohorts/${pilot}/csv/seats`)).status()).toBe(403);
  expect((await hp.goto("/admin/programmes"))?.status()).toBe(403);
  await hana.close();

  const amina = await browser.newContext();
  await chooseLanguage(amina, baseURL!, "en");
  await signInAs(amina, baseURL!, AMINA);
  const ap = await amina.newPage();
  for (const path of [
    `/admin/cohorts/${pilot}`,
    "/admin/cohorts",
    `/admin/cohorts/${pilot}/edit`,
    "/admin/programmes/new",
  ]) {
    const response = await ap.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(ap.getByRole("heading", { level: 1 })).toHaveText(t("forbidden.title"));
  }
  for (const table of ["seats", "feedback", "credentials"]) {
    const response = await ap.request.get(`/admin/cohorts/${pilot}/csv/${table}`);
    expect(response.status(), table).toBe(403);
    expect(response.headers()["content-type"], table).toBe("text/plain; charset=utf-8");
  }
  await amina.close();

  // Signed out: a download answers 401.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${baseURL}/admin/cohorts/${pilot}/csv/seats`)).status()).toBe(401);
  await anonymous.close();
});
