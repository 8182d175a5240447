// Programme administration and cohort dashboards in Chromium: Ade (programme admin) creates a
// cohort (after being told what is wrong with his first try), opens its dashboard, filters it,
// reads the charts and downloads a CSV in English and in French; Hana (HR) sees only the
// credential queue's figures; Amina (client) gets 403 everywhere, CSV files included. The
// programmes, the 2023 pilot cohort and everyone in them are the spec's own.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { EnrolmentStatus } from "../../lib/generated/prisma/enums";
import { unique } from "../support/factories";
import { expect, msg, named, query, signInAs, test, chooseLanguage, type E2eFactories } from "./fixtures";

const t = (key: string, values: Record<string, string> = {}) => msg("en", key, values);

/**
 * A coaching programme of the spec's own with a closed pilot cohort of six months (February to
 * July 2023) of 60 seats, and clients in it: in DPPA two enrolled, one offered a seat and one on
 * the waiting list; in OCHA two enrolled and one withdrawn.
 */
async function pilotCohort(make: E2eFactories) {
  const programme = await make.programme({ nameEn: named("UN Peer Coaching Programme") });
  const cohort = await make.cohort({
    programmeId: programme.id,
    slug: unique("pilot-2023"),
    nameEn: named("2023 pilot"),
    startsOn: new Date("2023-02-01"),
    endsOn: new Date("2023-07-31"),
    enrolmentOpensOn: new Date("2023-01-09"),
    enrolmentClosesOn: new Date("2023-01-27"),
    seats: 60,
    status: "closed",
  });
  const [dppa, ocha] = [await make.entityId("DPPA"), await make.entityId("OCHA")];
  const places: [string, EnrolmentStatus][] = [
    [dppa, "enrolled"],
    [dppa, "enrolled"],
    [dppa, "offered"],
    [dppa, "waitlisted"],
    [ocha, "enrolled"],
    [ocha, "enrolled"],
    [ocha, "withdrawn"],
  ];
  for (const [entityId, status] of places)
    await make.staff("Pilot Client", { roles: ["client"], entityId, enrolIn: { cohortId: cohort.id, status } });
  return {
    programme,
    id: cohort.id,
    slug: cohort.slug,
    seats: cohort.seats,
    /** Seats held (enrolled or offered), by everyone and by DPPA's people; enrolled in DPPA. */
    held: 5,
    heldDppa: 3,
    enrolledDppa: 2,
  };
}

test("Ade creates a cohort, opens its dashboard, filters it and downloads a CSV", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  const pilot = await pilotCohort(make);
  const programmeName = pilot.programme.nameEn;
  await chooseLanguage(context, baseURL!, "en");
  await signInAs(context, baseURL!, await make.staff("Ade Okafor", { roles: ["programme_admin"] }));
  await page.goto("/admin/programmes");
  const programme = page.getByRole("region", { name: programmeName });
  await programme.getByRole("link", { name: t("adminProgrammes.newCohortNamed", { name: programmeName }) }).click();
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
  const { id: pilotId, seats } = pilot;
  await page.goto(`/admin/cohorts/${pilotId}`);
  const [all] = await query<{ n: number }>(
    `select count(*)::int as n from "CohortEnrolment" where "cohortId" = $1 and status in ('enrolled', 'offered')`,
    [pilotId],
  );
  expect(all.n).toBe(pilot.held);
  await expect(page.getByTestId("figure-seats").getByRole("definition").first()).toHaveText(`${pilot.held} / ${seats}`);
  const filters = page.getByRole("search", { name: t("dashboard.filters.title") });
  await filters.getByLabel(t("dashboard.filters.entity")).selectOption("DPPA");
  await filters.getByRole("button", { name: t("dashboard.filters.apply") }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("entity") === "DPPA");
  await expect(page.getByTestId("filter-status")).toContainText("Department of Political and Peacebuilding Affairs");
  const [dppa] = await query<{ n: number }>(
    `select count(*)::int as n from "CohortEnrolment" ce join "User" u on u.id = ce."userId" join "Entity" e on e.id = u."entityId"
      where ce."cohortId" = $1 and ce.status in ('enrolled', 'offered') and e.code = 'DPPA'`,
    [pilotId],
  );
  expect(dppa.n).toBe(pilot.heldDppa);
  await expect(page.getByTestId("figure-seats").getByRole("definition").first()).toHaveText(
    `${pilot.heldDppa} / ${seats}`,
  );

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
  expect(download.suggestedFilename()).toBe(`${pilot.slug}-seats.csv`);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(bytes.toString("utf8").slice(1));
  expect(rows[0]).toEqual([t("dashboard.tables.seats.status"), t("dashboard.tables.seats.people")]);
  const [enrolledDppa] = await query<{ n: number }>(
    `select count(*)::int as n from "CohortEnrolment" ce join "User" u on u.id = ce."userId" join "Entity" e on e.id = u."entityId"
      where ce."cohortId" = $1 and ce.status = 'enrolled' and e.code = 'DPPA'`,
    [pilotId],
  );
  expect(enrolledDppa.n).toBe(pilot.enrolledDppa);
  expect(rows[1]).toEqual([t("dashboard.seats.enrolled"), String(enrolledDppa.n)]);

  // In French: semicolons, French headers, accents intact.
  await chooseLanguage(context, baseURL!, "fr");
  const response = await page.request.get(`/admin/cohorts/${pilotId}/csv/funnel?entity=DPPA`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${pilot.slug}-funnel.csv"`);
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
  make,
}) => {
  const { id: pilot } = await pilotCohort(make);
  // Two registrations of coaches of an entity of the test's own wait for HR's review, one was approved.
  const entity = await make.entity({ nameEn: named("Office of Coaching") });
  for (const status of ["submitted", "submitted", "approved"] as const)
    await make.coach({ name: named("Waiting Coach"), entityId: entity.id, status, submittedAt: new Date() });

  const hana = await browser.newContext();
  await chooseLanguage(hana, baseURL!, "en");
  await signInAs(hana, baseURL!, await make.staff("Hana Kim", { roles: ["hr_reviewer"] }));
  const hp = await hana.newPage();
  expect((await hp.goto(`/admin/cohorts/${pilot}`))?.status()).toBe(200);
  await expect(hp.getByRole("region", { name: t("dashboard.sections.credentials") })).toBeVisible();
  const [waiting] = await query<{ n: number }>(
    `select count(*)::int as n from "MatchingProfile" where status = 'submitted'`,
  );
  expect(waiting.n).toBeGreaterThanOrEqual(2);
  const credentials = hp.getByTestId("table-credentials");
  const waitingCell = credentials
    .getByRole("row")
    .filter({ has: hp.getByRole("rowheader", { name: t("dashboard.credentials.waiting"), exact: true }) })
    .getByRole("cell");
  await expect(waitingCell).toHaveText(String(waiting.n));
  // Narrowed to the entity of the test's own: exactly its two registrations waiting.
  expect((await hp.goto(`/admin/cohorts/${pilot}?entity=${entity.code}`))?.status()).toBe(200);
  await expect(waitingCell).toHaveText("2");
  await expect(hp.getByTestId("figure-seats")).toHaveCount(0);
  await expect(hp.getByRole("region", { name: t("dashboard.sections.feedback") })).toHaveCount(0);
  expect((await hp.request.get(`/admin/cohorts/${pilot}/csv/credentials`)).status()).toBe(200);
  expect((await hp.request.get(`/admin/cohorts/${pilot}/csv/seats`)).status()).toBe(403);
  expect((await hp.goto("/admin/programmes"))?.status()).toBe(403);
  await hana.close();

  const amina = await browser.newContext();
  await chooseLanguage(amina, baseURL!, "en");
  await signInAs(amina, baseURL!, await make.staff("Amina Diallo", { roles: ["client"] }));
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
