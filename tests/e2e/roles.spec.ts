// Who sees what: navigation, the programme administration page (403 for others, sign-in for
// visitors) and one section of next steps per role held.
import { buildSeedData, PERSONA_EMAILS } from "../../prisma/seed/data";
import { ROLES } from "../../lib/domain/roles";
import { dayFromToday } from "../support/factories";
import { expect, msg, named, signInAs, test, chooseLanguage } from "./fixtures";

test.beforeEach(async ({ context, baseURL }) => {
  // Some personas prefer French; these checks read the English texts.
  await chooseLanguage(context, baseURL!, "en");
});

test("a client sees no programme administration and gets a 403 page there", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  await signInAs(context, baseURL!, await make.staff("Amina Diallo", { roles: ["client"] }));
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

test("the programme admin sees every programme with its seeded cohorts", async ({ page, context, baseURL, make }) => {
  // Two programmes of the test's own: one with a cohort in each status, one without any.
  const withCohorts = await make.programme({ nameEn: named("Leadership Coaching") });
  const without = await make.programme({ type: "mentoring", nameEn: named("Mentoring Circle") });
  const cohorts = [
    { nameEn: named("2023 pilot"), seats: 12, status: "closed" as const, startsOn: dayFromToday(-900) },
    { nameEn: named("Spring"), seats: 30, status: "running" as const, startsOn: dayFromToday(-60) },
    { nameEn: named("Autumn"), seats: 40, status: "open" as const, startsOn: dayFromToday(30) },
    { nameEn: named("Next year"), seats: 25, status: "draft" as const, startsOn: dayFromToday(300) },
  ];
  for (const c of cohorts) await make.cohort({ programmeId: withCohorts.id, ...c, endsOn: dayFromToday(400) });
  const programmes = [
    { ...withCohorts, cohorts },
    { ...without, cohorts: [] },
  ];
  await signInAs(context, baseURL!, await make.staff("Ade Okafor", { roles: ["programme_admin"] }));
  await page.goto("/");
  await page
    .getByRole("navigation", { name: msg("en", "nav.label") })
    .getByRole("link", { name: msg("en", "nav.programmes") })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === "/admin/programmes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "adminProgrammes.title"));

  for (const p of programmes) {
    const section = page.getByRole("region", { name: p.nameEn });
    const mine = p.cohorts;
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
  await expect(page.getByRole("rowheader", { name: cohorts[0].nameEn })).toBeVisible();
});

test("the programme administration page is direct-loaded with status 200 for the admin", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  await signInAs(context, baseURL!, await make.staff("Ade Okafor", { roles: ["programme_admin"] }));
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

// People with the roles of each demo persona, as the seed defines them.
const personas = buildSeedData(new Date()).people.filter((p) =>
  (PERSONA_EMAILS as readonly string[]).includes(p.email),
);

for (const persona of personas) {
  test(`${persona.name}'s home page has one section per role held (${persona.roles.join(", ")})`, async ({
    page,
    context,
    baseURL,
    make,
  }) => {
    const person = await make.staff(persona.name, { roles: persona.roles });
    await signInAs(context, baseURL!, person);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "home.title", { name: person.name }));
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
  make,
}) => {
  // A sponsor who is also a mentor.
  const sam = await make.staff("Sam Taylor", { roles: ["sponsor", "mentor"] });
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
});
