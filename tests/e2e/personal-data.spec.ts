// Personal data in Chromium: a person opens "Your account" and downloads their archive (a real
// browser download, unzipped and read); an admin erases, in French, a person who left long ago.
// axe-core checks both pages. (Refusals before the retention period: tests/integration/personal-data.test.ts.)
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { chooseLanguage, expect, msg, query, signInAs, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
}

test("a person downloads everything Binôme holds about them", async ({ page, context, baseURL, make }) => {
  const person = await make.staff("Leila Haddad", { roles: ["client"], languages: ["en"] });
  await signInAs(context, baseURL!, person);
  await page.goto("/");
  // The header's link to the account page, named by its purpose and the person's name.
  await page.getByRole("link", { name: `${msg("en", "privacy.menuLink")}: ${person.name}` }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "privacy.account.title"));
  await expect(page.getByText(person.email)).toBeVisible();
  await expect(page.getByRole("heading", { name: msg("en", "privacy.account.purposeHeading") })).toBeVisible();
  await expectNoViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: msg("en", "privacy.account.downloadButton") }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^binome-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const data = JSON.parse(await zip.file("data.json")!.async("string"));
  expect(data.person).toMatchObject({ id: person.id, email: person.email, name: person.name, languages: ["en"] });
  expect(data.roles.map((r: { role: string }) => r.role)).toEqual(["client"]);
  const [{ count }] = await query<{ count: number }>(
    `select count(*)::int as count from "AuditLog" where action = 'person.export' and "targetId" = $1`,
    [person.id],
  );
  expect(count).toBe(1);
});

test("an admin erases, in French, a person who left long ago", async ({ page, context, baseURL, make, db }) => {
  const admin = await make.staff("Ade Okafor", { roles: ["programme_admin"] });
  const gone = await make.staff("Marta Silva", { roles: ["client"] });
  // Long before anyone other specs make leave, so that the person is on the list's first page.
  await db.user.update({ where: { id: gone.id }, data: { leftAt: new Date("2001-01-01T00:00:00Z") } });
  await chooseLanguage(context, baseURL!, "fr");
  await signInAs(context, baseURL!, admin);

  await page.goto("/admin/people/retention");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "privacy.retention.title"));
  const goneRow = page.locator(`[data-testid="retention-row"][data-email="${gone.email}"]`);
  await expect(goneRow).toContainText(msg("fr", "privacy.retention.due"));
  await expectNoViolations(page);

  await goneRow.getByRole("button", { name: msg("fr", "privacy.retention.eraseLabel", { name: gone.name }) }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(gone.name);
  await dialog.getByRole("button", { name: msg("fr", "privacy.retention.yes") }).click();
  await expect(page.getByText(msg("fr", "privacy.retention.erased"))).toBeVisible();
  await expect(page.locator(`[data-testid="retention-row"][data-email="${gone.email}"]`)).toHaveCount(0);
  const erased = await db.user.findUniqueOrThrow({ where: { id: gone.id } });
  expect(erased).toMatchObject({ name: null, email: `erased-${gone.id}@invalid` });
  expect(erased.anonymisedAt).not.toBeNull();
  await expectNoViolations(page);
});
