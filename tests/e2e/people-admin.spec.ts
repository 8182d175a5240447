// People administration as a programme admin sees it: search and filters on /admin/people, a
// person's page (attributes with their audit trail, departure), and the reference data, in English
// and in French, with axe-core on each new page. Every test makes its own people and codes.
import AxeBuilder from "@axe-core/playwright";
import { chooseLanguage, expect, msg, query, signInAs, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("an admin finds a person by staff index number, edits them, sees the change in the history, and records their departure", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  test.setTimeout(120_000);
  const admin = await make.staff("Ade Admin", { roles: ["programme_admin"] });
  const index = `X${Date.now()}`.slice(0, 12);
  const person = await make.staff("Nadia Person", { roles: ["client"] });
  await query(`update "User" set "staffIndexNumber" = $1 where id = $2`, [index, person.id]);
  await signInAs(context, baseURL!, admin);
  await chooseLanguage(context, baseURL!, "en");

  await page.goto("/admin/people");
  await page.getByLabel(msg("en", "people.list.searchLabel")).fill(index);
  await page.getByLabel(msg("en", "people.list.status")).selectOption("active");
  await page.getByRole("button", { name: msg("en", "people.list.search") }).click();
  await expect(page).toHaveURL(/q=X/);
  await expect(page.getByTestId("person-row")).toHaveCount(1);
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  await page.getByRole("link", { name: person.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
  await page.getByLabel(msg("en", "people.person.languages")).fill("en, fr, es");
  await page.getByLabel(msg("en", "people.person.appointmentType")).selectOption("fixed_term");
  await page.getByRole("button", { name: msg("en", "people.person.save") }).click();
  await expect(page.getByRole("status").filter({ hasText: msg("en", "people.person.saved") })).toBeVisible();
  await expect(page.getByText("languages: — → en, fr, es")).toBeVisible();

  // Bad input is refused beside its field, in the person's language.
  await page.getByLabel(msg("en", "people.person.supervisorEmail")).fill("nobody-here@example.org");
  await page.getByRole("button", { name: msg("en", "people.person.save") }).click();
  await expect(page.getByText(msg("en", "errors.supervisorUnknown"))).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: msg("en", "people.person.leave") }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: msg("en", "people.person.cancel") })).toBeFocused();
  await dialog.getByRole("button", { name: msg("en", "people.person.leaveConfirm") }).click();
  await expect(page.getByText(msg("en", "people.status.left")).first()).toBeVisible();
  // The word "Left" may already be on the page (a filter or the history); the departure is the
  // database's, which the page reaches once the action has answered.
  await expect
    .poll(async () => {
      const [row] = await query<{ leftAt: Date | null }>(`select "leftAt" from "User" where id = $1`, [person.id]);
      return row.leftAt !== null;
    })
    .toBe(true);
});

test("the reference data page adds a duty station with a checked time zone, in French", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  test.setTimeout(120_000);
  const admin = await make.staff("Ada Admin", { roles: ["programme_admin"] });
  await signInAs(context, baseURL!, admin);
  await chooseLanguage(context, baseURL!, "fr");
  await page.goto("/admin/reference");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "people.reference.title"));
  const form = page.getByRole("form", { name: msg("fr", "people.reference.add.dutyStation") });
  const code = `T${Date.now().toString(36)}`.toUpperCase();
  await form.getByLabel(msg("fr", "people.reference.code")).fill(code);
  await form.getByLabel(msg("fr", "people.reference.nameEn")).fill("Test station");
  await form.getByLabel(msg("fr", "people.reference.nameFr")).fill("Lieu de test");
  await form.getByLabel(msg("fr", "people.reference.timeZone")).fill("Mars/Olympus");
  await form.getByRole("button", { name: msg("fr", "people.reference.addButton") }).click();
  await expect(form.getByText(msg("fr", "errors.timeZoneInvalid"))).toBeVisible();
  await form.getByLabel(msg("fr", "people.reference.timeZone")).fill("Africa/Nairobi");
  await form.getByRole("button", { name: msg("fr", "people.reference.addButton") }).click();
  await expect(page.locator(`[data-testid=reference-row][data-code="${code}"]`)).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});
