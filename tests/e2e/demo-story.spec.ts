// The demo tells a story right after `npm run demo`: each persona's home page, in English and in
// French, already shows where they stand (Amina's next session with Carlos and her mission at its
// mid-point review, Carlos's pending request, María and Mehdi at session 4 of the nine, Sam's
// mission, Hana's queue, Ade's cohorts), and the main pages behind them are not empty.
// The newcomers, signed in from the sign-in page's demo buttons, start their workflows from the
// beginning without sending anything: Keiko picks a coach and Inès a mentor, and each opens the
// request form; Joseph opens the attestation of his completed coaching.
// It runs before the specs that change the seeded mentoring and networking state (alphabetical
// order); earlier specs may have changed some state, so it reads the key figures from the database.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { DEMO_PERSONA_EMAILS } from "../../lib/domain/demo-personas";
import { expect, query, signInAs, test, chooseLanguage } from "./fixtures";

type Locale = "en" | "fr";
const LOCALES: Locale[] = ["en", "fr"];
const catalogues = {
  en: JSON.parse(readFileSync(path.join(process.cwd(), "messages", "en.json"), "utf8")),
  fr: JSON.parse(readFileSync(path.join(process.cwd(), "messages", "fr.json"), "utf8")),
};
/** A UI text with ICU plurals and selects, as the app renders it. */
const tr = (locale: Locale, key: string, values: Record<string, string | number> = {}) =>
  createTranslator({ locale, messages: catalogues[locale] })(key as never, values as never) as string;
/** The part of a text before a placeholder whose value the spec does not predict (a formatted date). */
const before = (locale: Locale, key: string, values: Record<string, string | number>, hole: string) =>
  tr(locale, key, { ...values, [hole]: "\u0000" }).split("\u0000")[0];

const AMINA = "amina.client@example.org";
const CARLOS = "carlos.coach@example.org";
const PRIYA = "pending.coach@example.org";
const MARIA = "maria.mentor@example.org";
const MEHDI = "mehdi.mentee@example.org";
const HANA = "hana.hr@example.org";
const ADE = "ade.admin@example.org";
const SAM = "sam.manager@example.org";

async function open(browser: Browser, baseURL: string, email: string, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: locale === "fr" ? "fr-FR" : "en-GB" });
  await signInAs(context, baseURL, email);
  await chooseLanguage(context, baseURL, locale);
  return context.newPage();
}

async function nameOf(email: string): Promise<string> {
  const [row] = await query<{ name: string }>(`select name from "User" where email = $1`, [email]);
  return row.name;
}

/** The active engagement of a client in a programme (by slug) and its scheduled session. */
async function activeEngagement(clientEmail: string, programmeSlug: string) {
  const [row] = await query<{ id: string; total: number; position: number | null }>(
    `select e.id, (select count(*)::int from "EngagementSession" s where s."engagementId" = e.id) as total,
            (select min(position) from "EngagementSession" s where s."engagementId" = e.id and s.status = 'scheduled' and s."startsAt" > now()) as position
       from "Engagement" e join "User" u on u.id = e."seekerId" join "Programme" p on p.id = e."programmeId"
      where u.email = $1 and p.slug = $2 and e.status = 'active' order by e."startedAt" limit 1`,
    [clientEmail, programmeSlug],
  );
  return row;
}

async function aminaMission() {
  const [row] = await query<{ id: string; status: string }>(
    `select m.id, m.status from "Mission" m join "User" u on u.id = m."coacheeId" where u.email = $1 and m.status not in ('completed', 'declined', 'refused', 'stopped')`,
    [AMINA],
  );
  return row;
}

/** The step linking to `href` in a role's section, with the text it should read. */
async function expectStep(section: Locator, href: string, text: string) {
  const link = section.locator(`a[href="${href}"]`).filter({ hasText: text });
  await expect(link.first()).toBeVisible();
}

function sessionTitle(locale: Locale, stepKey: string) {
  const [plan, ...rest] = stepKey.split(".");
  return tr(locale, `sessionPlans.${plan}.${rest.join(".")}.title`);
}

test.describe.configure({ mode: "serial" });

test("every demo persona is seeded with a name", async () => {
  const rows = await query<{ email: string; name: string }>(`select email, name from "User" where email = any($1)`, [
    [...DEMO_PERSONA_EMAILS],
  ]);
  expect(rows.map((r) => r.email).sort()).toEqual([...DEMO_PERSONA_EMAILS].sort());
});

for (const locale of LOCALES) {
  test(`Amina's home (${locale}): her next session with Carlos and her tripartite coaching at its mid-point review`, async ({
    browser,
    baseURL,
  }) => {
    const page = await open(browser, baseURL!, AMINA, locale);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      tr(locale, "home.title", { name: "Amina Diallo" }),
    );
    const client = page.getByTestId("steps-client");
    const coaching = await activeEngagement(AMINA, "peer-coaching");
    if (coaching?.position) {
      const [step] = await query<{ stepKey: string }>(
        `select "stepKey" from "EngagementSession" where "engagementId" = $1 and position = $2`,
        [coaching.id, coaching.position],
      );
      await expectStep(
        client,
        `/engagements/${coaching.id}`,
        before(
          locale,
          "home.steps.session.next",
          {
            type: "coaching",
            name: "Carlos Mendes",
            title: sessionTitle(locale, step.stepKey),
            n: coaching.position,
            total: coaching.total,
          },
          "when",
        ),
      );
    }
    const mission = await aminaMission();
    expect(mission, "the seed gives Amina a mission").toBeTruthy();
    await expectStep(
      client,
      `/missions/${mission.id}`,
      tr(locale, "home.steps.mission.status", {
        party: "coachee",
        coachee: "Amina Diallo",
        coach: "Carlos Mendes",
        status: tr(locale, `missions.status.${mission.status}`),
      }),
    );
    await expectStep(
      client,
      `/missions/${mission.id}`,
      before(
        locale,
        "home.steps.mission.milestone",
        { milestone: tr(locale, "missions.milestones.midpoint_review") },
        "when",
      ),
    );
    await page.context().close();
  });

  test(`Carlos's home (${locale}): the request waiting for his answer and his next session with Amina`, async ({
    browser,
    baseURL,
  }) => {
    const [{ n }] = await query<{ n: number }>(
      `select count(*)::int as n from "MatchRequestChoice" c join "MatchingProfile" p on p.id = c."profileId" join "User" u on u.id = p."userId"
        where u.email = $1 and p.kind = 'coach' and c.status = 'pending'`,
      [CARLOS],
    );
    expect(n, "Julien's request waits for Carlos").toBeGreaterThanOrEqual(1);
    const page = await open(browser, baseURL!, CARLOS, locale);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      tr(locale, "home.title", { name: "Carlos Mendes" }),
    );
    const coach = page.getByTestId("steps-coach");
    await expectStep(coach, "/engagements", tr(locale, "home.steps.requests.pending", { count: n }));
    const coaching = await activeEngagement(AMINA, "peer-coaching");
    if (coaching?.position)
      await expectStep(
        coach,
        `/engagements/${coaching.id}`,
        before(
          locale,
          "home.steps.session.next",
          { type: "coaching", name: "Amina Diallo", n: 0, total: 0, when: "" },
          "title",
        ),
      );
    const mission = await aminaMission();
    await expectStep(
      coach,
      `/missions/${mission.id}`,
      before(
        locale,
        "home.steps.mission.status",
        { party: "coach", coachee: "Amina Diallo", coach: "Carlos Mendes" },
        "status",
      ),
    );
    await page.context().close();
  });

  test(`Priya's home (${locale}): her coach registration`, async ({ browser, baseURL }) => {
    const page = await open(browser, baseURL!, PRIYA, locale);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      tr(locale, "home.title", { name: await nameOf(PRIYA) }),
    );
    await expect(page.getByTestId("steps-coach").getByRole("heading", { level: 2 })).toHaveText(
      tr(locale, "roles.coach"),
    );
    await page.context().close();
  });

  for (const [email, other, role] of [
    [MARIA, "Mehdi Benali", "mentor"],
    [MEHDI, "María López", "mentee"],
  ] as const) {
    test(`${other === "Mehdi Benali" ? "María" : "Mehdi"}'s home (${locale}): session 4 of the nine with ${other}`, async ({
      browser,
      baseURL,
    }) => {
      const pairing = await activeEngagement(MEHDI, "mentoring");
      expect(pairing?.position, "the seeded mentoring pair has session 4 scheduled").toBe(4);
      const page = await open(browser, baseURL!, email, locale);
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        tr(locale, "home.title", { name: await nameOf(email) }),
      );
      await expectStep(
        page.getByTestId(`steps-${role}`),
        `/engagements/${pairing.id}`,
        before(
          locale,
          "home.steps.session.next",
          { type: "mentoring", name: other, title: sessionTitle(locale, "mentoring.leadership"), n: 4, total: 9 },
          "when",
        ),
      );
      await page.context().close();
    });
  }

  test(`Hana's home (${locale}): the credential queue and the mission she follows for HR`, async ({
    browser,
    baseURL,
  }) => {
    const [{ n }] = await query<{ n: number }>(
      `select count(*)::int as n from "MatchingProfile" where kind = 'coach' and status = 'submitted'`,
    );
    const page = await open(browser, baseURL!, HANA, locale);
    await page.goto("/");
    const hr = page.getByTestId("steps-hr_reviewer");
    await expectStep(hr, "/hr/credentials", tr(locale, "home.steps.hr.queue", { count: n }));
    const mission = await aminaMission();
    await expectStep(
      hr,
      `/missions/${mission.id}`,
      before(
        locale,
        "home.steps.mission.status",
        { party: "hr", coachee: "Amina Diallo", coach: "Carlos Mendes" },
        "status",
      ),
    );
    await page.context().close();
  });

  test(`Ade's home (${locale}): the open cohorts`, async ({ browser, baseURL }) => {
    const [{ n }] = await query<{ n: number }>(`select count(*)::int as n from "Cohort" where status = 'open'`);
    expect(n).toBeGreaterThanOrEqual(2);
    const page = await open(browser, baseURL!, ADE, locale);
    await page.goto("/");
    await expectStep(
      page.getByTestId("steps-programme_admin"),
      "/admin/programmes",
      tr(locale, "home.steps.admin.programmes", { count: n }),
    );
    await expect(page.getByRole("heading", { level: 2, name: tr(locale, "home.openCohorts") })).toBeVisible();
    await page.context().close();
  });

  test(`Sam's home (${locale}): Amina's tripartite coaching, at its mid-point review`, async ({ browser, baseURL }) => {
    const mission = await aminaMission();
    const page = await open(browser, baseURL!, SAM, locale);
    await page.goto("/");
    const sponsor = page.getByTestId("steps-sponsor");
    await expectStep(
      sponsor,
      `/missions/${mission.id}`,
      tr(locale, "home.steps.mission.status", {
        party: "sponsor",
        coachee: "Amina Diallo",
        coach: "Carlos Mendes",
        status: tr(locale, `missions.status.${mission.status}`),
      }),
    );
    await expectStep(
      sponsor,
      `/missions/${mission.id}`,
      before(
        locale,
        "home.steps.mission.milestone",
        { milestone: tr(locale, "missions.milestones.midpoint_review") },
        "when",
      ),
    );
    await page.context().close();
  });
}

test("the pages behind the homes are not empty: Amina's engagements, Hana's queue, Ade's programmes and cohort dashboard", async ({
  browser,
  baseURL,
}) => {
  const amina = await open(browser, baseURL!, AMINA, "en");
  await amina.goto("/engagements");
  await expect(amina.locator("main")).toContainText("Carlos Mendes");
  await amina.context().close();

  const [waiting] = await query<{ name: string }>(
    `select u.name from "MatchingProfile" p join "User" u on u.id = p."userId" where p.kind = 'coach' and p.status = 'submitted' order by p."submittedAt" limit 1`,
  );
  const hana = await open(browser, baseURL!, HANA, "fr");
  await hana.goto("/hr/credentials");
  await expect(hana.locator("main")).toContainText(waiting.name);
  await hana.context().close();

  const ade = await open(browser, baseURL!, ADE, "en");
  await ade.goto("/admin/programmes");
  for (const name of ["UN Peer Coaching Programme", "Mentoring Programme", "Tripartite Coaching"])
    await expect(ade.locator("main")).toContainText(name);
  const [cohort] = await query<{ id: string; nameEn: string }>(
    `select c.id, c."nameEn" from "Cohort" c join "Programme" p on p.id = c."programmeId" where p.slug = 'peer-coaching' and c.status = 'open' order by c."startsOn" desc limit 1`,
  );
  await ade.goto(`/admin/cohorts/${cohort.id}`);
  await expect(ade.getByRole("heading", { level: 1 })).toContainText(cohort.nameEn);
  await expect(ade.getByRole("table", { name: tr("en", "dashboard.tables.funnel.title"), exact: true })).toBeVisible();
  await ade.context().close();
});

// --- The newcomers: each starts a workflow from its beginning, signed in from the sign-in page's
// one-click buttons. They only look: no request is sent, so the seeded state stays as it is.

const KEIKO = "keiko.yamamoto@example.org";
const INES = "ines.mentee@example.org";
const JOSEPH = "joseph.kamau@example.org";

/** Signed in with the persona's demo button on /signin, the interface in `locale`, on their home page. */
async function demoSignIn(browser: Browser, baseURL: string, email: string, locale: Locale): Promise<Page> {
  const name = await nameOf(email);
  const context = await browser.newContext({ baseURL, locale: locale === "fr" ? "fr-FR" : "en-GB" });
  await chooseLanguage(context, baseURL, locale);
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: tr(locale, "signIn.demoButton", { name }) }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  // Signing in may bring the person's own language: come back to the one under test.
  await chooseLanguage(context, baseURL, locale);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(locale, "home.title", { name }));
  return page;
}

/** An approved coach or mentor, open to requests, with a free place: the one the newcomer picks. */
async function freeProfile(kind: "coach" | "mentor") {
  const [row] = await query<{ id: string; name: string }>(
    `select p.id, u.name from "MatchingProfile" p join "User" u on u.id = p."userId"
      where p.kind = $1 and p.status = 'approved' and p.availability = 'open' and not p."isFormerStaff"
        and p.capacity > (select count(*) from "Engagement" e where e."profileId" = p.id and e.status = 'active')
                       + (select count(*) from "MatchRequestChoice" c where c."profileId" = p.id and c.status = 'pending')
      order by u.name limit 1`,
    [kind],
  );
  expect(row, `the seed has a ${kind} with a free place`).toBeTruthy();
  return row;
}

/** The request form, open with the picked profile as first choice and two more ranked choices to fill. */
async function expectRequestForm(
  page: Page,
  locale: Locale,
  namespace: "requests" | "mentorRequests",
  pickedId: string,
) {
  const form = page.getByRole("form", { name: tr(locale, `${namespace}.title`) });
  await expect(form).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(locale, `${namespace}.title`));
  await expect(form.getByLabel(tr(locale, `${namespace}.choice1`), { exact: true })).toHaveValue(pickedId);
  for (const field of ["choice2", "choice3"]) {
    const select = form.getByLabel(tr(locale, `${namespace}.${field}`), { exact: true });
    await expect(select).toHaveValue("");
    // The placeholder and at least one more person to rank.
    expect(await select.locator("option").count()).toBeGreaterThan(1);
  }
  await expect(form.getByRole("button", { name: tr(locale, `${namespace}.submit`) })).toBeEnabled();
}

test("Keiko, enrolled without a coach: her home sends her to the coaches, she picks one and the request form opens (en, fr)", async ({
  browser,
  baseURL,
}) => {
  const coach = await freeProfile("coach");
  const page = await demoSignIn(browser, baseURL!, KEIKO, "en");
  const client = page.getByTestId("steps-client");
  await expect(client).toContainText(tr("en", "home.steps.client.enrolled"));
  await client
    .locator('a[href="/coaches"]')
    .filter({ hasText: tr("en", "home.steps.client.chooseCoach") })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === "/coaches");
  await expect(page.getByTestId("coach-card").first()).toBeVisible();
  await page.getByLabel(tr("en", "directory.filters.search"), { exact: true }).fill(coach.name);
  await page.getByLabel(tr("en", "directory.filters.search"), { exact: true }).press("Enter");
  await page.getByTestId("coach-card").filter({ hasText: coach.name }).getByRole("link").click();
  await expect(page).toHaveURL((url) => url.pathname === `/coaches/${coach.id}`);
  await page.getByRole("link", { name: tr("en", "directory.profile.request") }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/requests/new");
  await expectRequestForm(page, "en", "requests", coach.id);

  // The same start in French.
  await chooseLanguage(page.context(), baseURL!, "fr");
  await page.goto("/");
  await expect(
    page
      .getByTestId("steps-client")
      .locator('a[href="/coaches"]')
      .filter({ hasText: tr("fr", "home.steps.client.chooseCoach") }),
  ).toBeVisible();
  await page.goto(`/requests/new?coach=${coach.id}`);
  await expectRequestForm(page, "fr", "requests", coach.id);
  await page.context().close();
});

test("Inès, an enrolled mentee without a mentor: her home tells her to choose one, she finds one in /mentors and the request form opens (fr, en)", async ({
  browser,
  baseURL,
}) => {
  const mentor = await freeProfile("mentor");
  const page = await demoSignIn(browser, baseURL!, INES, "fr");
  const mentee = page.getByTestId("steps-mentee");
  await expect(mentee).toContainText(tr("fr", "home.steps.mentee.enrolled"));
  await expect(mentee).toContainText(tr("fr", "home.steps.mentee.chooseMentor"));
  await page
    .getByRole("navigation", { name: tr("fr", "nav.label") })
    .getByRole("link", { name: tr("fr", "nav.mentors") })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === "/mentors");
  expect(await page.getByTestId("coach-card").count()).toBeGreaterThan(1);
  await page.getByLabel(tr("fr", "mentorDirectory.filters.search"), { exact: true }).fill(mentor.name);
  await page.getByLabel(tr("fr", "mentorDirectory.filters.search"), { exact: true }).press("Enter");
  await page.getByTestId("coach-card").filter({ hasText: mentor.name }).getByRole("link").click();
  await expect(page).toHaveURL((url) => url.pathname === `/mentors/${mentor.id}`);
  await page.getByRole("link", { name: tr("fr", "mentorDirectory.profile.request") }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/requests/new");
  await expectRequestForm(page, "fr", "mentorRequests", mentor.id);

  // The same start in English.
  await chooseLanguage(page.context(), baseURL!, "en");
  await page.goto("/");
  await expect(page.getByTestId("steps-mentee")).toContainText(tr("en", "home.steps.mentee.chooseMentor"));
  await page.goto(`/requests/new?kind=mentor&coach=${mentor.id}`);
  await expectRequestForm(page, "en", "mentorRequests", mentor.id);
  await page.context().close();
});

test("Joseph, whose coaching is complete: his engagement offers the attestation, which shows his name, programme, coach and sessions (en, fr)", async ({
  browser,
  baseURL,
}) => {
  const [done] = await query<{
    id: string;
    programmeEn: string;
    programmeFr: string;
    cohortEn: string | null;
    cohortFr: string | null;
    coach: string;
    held: number;
  }>(
    `select e.id, p."nameEn" as "programmeEn", p."nameFr" as "programmeFr", c."nameEn" as "cohortEn", c."nameFr" as "cohortFr",
            cu.name as coach,
            (select count(*)::int from "EngagementSession" s where s."engagementId" = e.id and s.status = 'completed') as held
       from "Engagement" e join "User" u on u.id = e."seekerId" join "Programme" p on p.id = e."programmeId"
       left join "Cohort" c on c.id = e."cohortId"
       join "MatchingProfile" mp on mp.id = e."profileId" join "User" cu on cu.id = mp."userId"
      where u.email = $1 and e.status = 'completed' order by e."startedAt" limit 1`,
    [JOSEPH],
  );
  expect(done, "the seed gives Joseph a completed engagement").toBeTruthy();
  expect(done.held).toBeGreaterThan(0);
  const page = await demoSignIn(browser, baseURL!, JOSEPH, "en");
  await page
    .getByRole("navigation", { name: tr("en", "nav.label") })
    .getByRole("link", { name: tr("en", "nav.engagements") })
    .click();
  await expect(page).toHaveURL((url) => url.pathname === "/engagements");
  await page.locator(`main a[href="/engagements/${done.id}"]`).first().click();
  await expect(page).toHaveURL((url) => url.pathname === `/engagements/${done.id}`);
  await expect(page.getByRole("heading", { name: tr("en", "feedback.closing.attestationTitle") })).toBeVisible();
  await page.getByRole("link", { name: tr("en", "feedback.closing.attestationLink") }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/engagements/${done.id}/attestation`);

  for (const locale of LOCALES) {
    if (locale === "fr") {
      await chooseLanguage(page.context(), baseURL!, "fr");
      await page.reload();
    }
    const sheet = page.getByTestId("attestation");
    await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(tr(locale, "attestation.title"));
    await expect(sheet).toContainText(tr(locale, "attestation.statement", { client: "Joseph Kamau" }));
    const row = (label: string) => sheet.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
    await expect(row(tr(locale, "attestation.participant"))).toHaveText("Joseph Kamau");
    await expect(row(tr(locale, "attestation.programme"))).toHaveText(
      locale === "fr" ? done.programmeFr : done.programmeEn,
    );
    const cohort = locale === "fr" ? done.cohortFr : done.cohortEn;
    if (cohort) await expect(row(tr(locale, "attestation.cohort"))).toHaveText(cohort);
    await expect(row(tr(locale, "attestation.partner.coaching"))).toHaveText(done.coach);
    await expect(row(tr(locale, "attestation.sessions"))).toHaveText(
      tr(locale, "attestation.sessionsValue", { count: done.held }),
    );
    await expect(page.getByRole("button", { name: tr(locale, "attestation.print") })).toBeVisible();
  }
  await page.context().close();
});
