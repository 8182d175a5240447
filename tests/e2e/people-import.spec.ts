// Importing people from an HR file in Chromium, as a programme admin: upload a CSV, read the
// preview, see the full-list second confirmation (and step back from it: other specs' people share
// this database), apply, follow the progress, find the people in /admin/people; in French, a
// semicolon file with errors shows each row's problem and its downloadable report. axe-core on
// each page. The people in the files are the spec's own (unique e-mails and staff index numbers).
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { chooseLanguage, expect, msg, named, query, signInAs, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const tag = () => randomBytes(4).toString("hex");

test("an admin uploads a CSV, reads the preview, confirms it and finds the people in /admin/people", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  test.setTimeout(120_000);
  const admin = await make.staff("Ade Importer", { roles: ["programme_admin"] });
  await signInAs(context, baseURL!, admin);
  await chooseLanguage(context, baseURL!, "en");
  const run = tag();
  const boss = { name: named("Grace Boss"), email: `grace.${run}@un.org`, index: `E2E-${run}-1` };
  const amina = { name: named("Amina Imported"), email: `amina.${run}@un.org`, index: `E2E-${run}-2` };
  const csv =
    "email,name,staff_index,entity,duty_station,appointment_type,supervisor_email,languages,gender,active\r\n" +
    `${boss.email},${boss.name},${boss.index},DPPA,NYC,permanent,,en,,yes\r\n` +
    `${amina.email},"${amina.name}",${amina.index},OCHA,GVA,Fixed-term appointment,${boss.email},fr|en,female,yes\r\n`;

  await page.goto("/admin/people");
  await page.locator('a[href="/admin/people/import"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "peopleImport.title"));
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  await page.getByLabel(msg("en", "peopleImport.fileLabel")).setInputFiles({
    name: "staff.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\ufeff${csv}`),
  });
  await page.getByRole("button", { name: msg("en", "peopleImport.upload") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    msg("en", "peopleImport.previewTitle", { file: "staff.csv" }),
  );
  await expect(page.getByTestId("import-new").locator("dd")).toHaveText("2");
  await expect(page.getByTestId("import-errors").locator("dd")).toHaveText("0");
  // Nothing is written before the admin confirms.
  expect(await query(`select id from "User" where email = $1`, [amina.email])).toEqual([]);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  // Full list asks a second time, with the number of people who would leave; the admin steps back.
  const [{ missing }] = await query<{ missing: number }>(
    `select "missingCount" as missing from "PeopleImport" where "fileName" = 'staff.csv' and "createdById" = $1`,
    [admin.id],
  );
  await page.getByLabel(msg("en", "peopleImport.fullList")).check();
  await page.getByRole("button", { name: msg("en", "peopleImport.apply") }).click();
  if (missing > 0) {
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(String(missing));
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    await dialog.getByRole("button", { name: msg("en", "peopleImport.cancel") }).click();
    await expect(dialog).toBeHidden();
    await page.getByLabel(msg("en", "peopleImport.fullList")).uncheck();
    await page.getByRole("button", { name: msg("en", "peopleImport.apply") }).click();
  }

  // Applied in the background: the progress bar, then the result.
  const progressOrDone = page
    .getByRole("progressbar", { name: msg("en", "peopleImport.progressLabel") })
    .or(page.getByText(msg("en", "peopleImport.appliedTitle")));
  await expect(progressOrDone.first()).toBeVisible();
  await expect(page.getByText(msg("en", "peopleImport.appliedTitle"))).toBeVisible({ timeout: 30_000 });
  const [created] = await query<{ supervisor: string; appointmentType: string; timeZone: string }>(
    `select s.email as supervisor, u."appointmentType", u."timeZone" from "User" u join "User" s on s.id = u."supervisorId" where u.email = $1`,
    [amina.email],
  );
  expect(created).toEqual({ supervisor: boss.email, appointmentType: "fixed_term", timeZone: "Europe/Zurich" });

  await page.getByRole("link", { name: msg("en", "peopleImport.seePeople") }).click();
  await page.goto(`/admin/people?q=${encodeURIComponent(amina.email)}`);
  await expect(page.getByText(amina.name)).toBeVisible();
});

test("in French, a semicolon file with errors shows each row's problem and nothing is applied", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  test.setTimeout(90_000);
  const admin = await make.staff("Ade Importateur", { roles: ["programme_admin"] });
  await signInAs(context, baseURL!, admin);
  await chooseLanguage(context, baseURL!, "fr");
  const run = tag();
  const csv =
    "Courriel;Nom;Matricule;Entité;Lieu d'affectation;Type d'engagement;Courriel du superviseur;Langues;Genre;Actif\n" +
    `zoe.${run}@un.org;Zoé Martin;FR-${run}-1;DPPA;GVA;Engagement de durée déterminée;;fr;femme;oui\n` +
    `pas-une-adresse;Léo Bernard;FR-${run}-2;XYZ;GVA;stagiaire;;fr;;oui\n`;

  await page.goto("/admin/people/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "peopleImport.title"));
  await page.getByLabel(msg("fr", "peopleImport.fileLabel")).setInputFiles({
    name: "personnel.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: msg("fr", "peopleImport.upload") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    msg("fr", "peopleImport.previewTitle", { file: "personnel.csv" }),
  );
  const errors = page.getByRole("table", { name: /erreurs/ });
  await expect(errors.getByRole("row")).toHaveCount(3); // header + 2 errors of row 3
  await expect(errors).toContainText(msg("fr", "peopleImport.reasons.badEmail"));
  await expect(errors).toContainText(msg("fr", "peopleImport.reasons.unknownCode"));
  await expect(page.getByRole("button", { name: msg("fr", "peopleImport.apply") })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  const report = await page.request.get(
    (await page.getByRole("link", { name: msg("fr", "peopleImport.downloadErrors") }).getAttribute("href"))!,
  );
  expect(report.status()).toBe(200);
  const text = (await report.text()).replace(/^\ufeff/, "");
  expect(text.split("\r\n")[0]).toBe("ligne;colonne;problème;valeur");
  expect(text).toContain(`3;courriel;${msg("fr", "peopleImport.reasons.badEmail")};pas-une-adresse`);
  expect(await query(`select id from "User" where email = $1`, [`zoe.${run}@un.org`])).toEqual([]);
});
