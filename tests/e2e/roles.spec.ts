// Who sees what: navigation, the programme administration page (403 for others, sign-in for
// visitors) and one section of next steps per role held.
import { buildCohorts, buildSeedData, PERSONA_EMAILS, programmes } from "../../prisma/seed/data";
import { ROLES } from "../../lib/domain/roles";
import { expect, msg, query, signInAs, test, useLanguage } from "./fixtures";

const AMINA = "amina.client@example.org";
const ADE = "ade.admin@example.org";

test.beforeEach(async ({ context, baseURL }) => {
  // Some personas prefer French; these checks read the English texts.
  await useLanguage(context, baseURL!, "en");
});

test("a client sees no programme administration and gets a 403 page there", async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, AMINA);
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: msg("en", "nav.label") });
  await expect(nav.getByRole("link", { name: msg("en", "nav.home") })).toBeVisible();
  await expect(nav.getByRole("link", { name: msg("en", "nav.about") })).toBeVisible();
  await expect(nav.getByRole("link", { name: msg("en", "nav.programmes") })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: msg("en", "nav.people") })).toHaveCount(0);

  const response = await page.goto("/admin/programmes");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "forbidden.title"));
  await expect(page.getByText(msg("en", "forbidden.code"))).toBeVisible();
  await expect(page.getByRole("heading", { name: msg("en", "adminProgrammes.title") })).toHaveCount(0);
  // Still signed in: the 403 is about the page, not the session.
  await expect(page.getByRole("button", { name: msg("en", "common.signOut") })).toBeVisible();
});

test("the programme admin sees every programme with its seeded cohorts", async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, ADE);
  await page.goto("/");
  await page
    .getByRole("navigation", { name: msg("en", "nav.label") })
    .getByRole("link", { name: msg("en", "nav.programmes") })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === "/admin/programmes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "adminProgrammes.title"));

  const cohorts = buildCohorts(new Date());
  for (const p of programmes) {
    const section = page.getByRole("region", { name: p.nameEn });
    const mine = cohorts.filter((c) => c.programmeSlug === p.slug);
    if (mine.length === 0) {
      await expect(section.getByText(msg("en", "adminProgrammes.noCohorts"))).toBeVisible();
      continue;
    }
    for (const c of mine) {
      const row = section
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: c.nameEn, exact: true }) });
      await expect(row).toHaveCount(1);
      // Cells after the cohort's name: dates, enrolment, seats, enrolled, status.
      const cells = row.getByRole("cell");
      await expect(cells.nth(2)).toHaveText(String(c.seats));
      await expect(cells.nth(4)).toHaveText(msg("en", `cohortStatus.${c.status}`));
    }
  }
  await expect(page.getByRole("rowheader", { name: "2023 pilot" })).toBeVisible();
});

test("the programme administration page is direct-loaded with status 200 for the admin", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, baseURL!, ADE);
  const response = await page.goto("/admin/programmes");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "adminProgrammes.title"));
});

test("a signed-out visitor opening programme administration is sent to sign in", async ({ page }) => {
  await page.goto("/admin/programmes");
  await expect(page).toHaveURL(
    (url) => url.pathname === "/signin" && url.searchParams.get("callbackUrl") === "/admin/programmes",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "signIn.title"));
});

// The demo personas as the seed defines them, each with the roles they hold.
const personas = buildSeedData(new Date()).people.filter((p) =>
  (PERSONA_EMAILS as readonly string[]).includes(p.email),
);

for (const persona of personas) {
  test(`${persona.name}'s home page has one section per role held (${persona.roles.join(", ")})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await signInAs(context, baseURL!, persona.email);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "home.title", { name: persona.name }));
    const sections = page.locator('[data-testid^="steps-"]');
    await expect(sections).toHaveCount(persona.roles.length);
    for (const role of persona.roles) {
      await expect(page.getByTestId(`steps-${role}`).getByRole("heading", { level: 2 })).toHaveText(
        msg("en", `roles.${role}`),
      );
    }
  });
}

test("a person holding two roles gets both sections, in the catalogue's order of roles", async ({
  page,
  context,
  baseURL,
}) => {
  // Sam (sponsor) is given the mentor role for this test only; no other spec relies on Sam's roles.
  const sam = "sam.manager@example.org";
  const [{ id: userId }] = await query<{ id: string }>(`select id from "User" where email = $1`, [sam]);
  const grantId = `e2e_grant_${Date.now()}`;
  await query(`insert into "RoleGrant" (id, "userId", role) values ($1, $2, 'mentor')`, [grantId, userId]);
  try {
    await signInAs(context, baseURL!, sam);
    await page.goto("/");
    const expected = ROLES.filter((r) => r === "mentor" || r === "sponsor");
    const sections = page.locator('[data-testid^="steps-"]');
    await expect(sections).toHaveCount(2);
    await expect(sections.getByRole("heading", { level: 2 })).toHaveText(expected.map((r) => msg("en", `roles.${r}`)));
    await expect(page.getByTestId("steps-mentor")).toBeVisible();
    await expect(page.getByTestId("steps-sponsor")).toBeVisible();
    const badges = page.getByRole("list", { name: msg("en", "home.rolesTitle") }).getByRole("listitem");
    await expect(badges).toHaveCount(2);
    for (const r of expected) await expect(badges.filter({ hasText: msg("en", `roles.${r}`) })).toHaveCount(1);
  } finally {
    await query(`delete from "RoleGrant" where id = $1`, [grantId]);
  }
});
