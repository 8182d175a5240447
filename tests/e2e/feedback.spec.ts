// The one-minute evaluation, the closing evaluation and the attestation, as the people involved
// see them: Carlos (coach, in English) marks the introduction meeting completed and evaluates it,
// Amina (client, in French) evaluates it too, and neither ever sees the other's answers; a second
// tab cannot evaluate twice; once the engagement is completed each gives a closing evaluation and
// Amina prints her attestation, which nobody else can open; Carlos prints the attestation of his
// contribution as a coach, which names no client. The programme, the people and the
// engagement are the spec's own, made once for its three tests (which run in order).
import type { ProfileHolder } from "../support/factories";
import { expect, msg, named, query, signedInPage, test, type E2eFactories } from "./fixtures";

const en = (key: string, values?: Record<string, string>) => msg("en", key, values);
const fr = (key: string, values?: Record<string, string>) => msg("fr", key, values);

const DAY_MS = 86_400_000;

/**
 * A coaching programme of its own, Carlos (coach), Amina (client) and Joseph (another client), and
 * a fresh engagement of Amina with Carlos begun 20 days ago: the introduction meeting was two days
 * ago (by video), not marked yet; the five monthly sessions are planned.
 */
async function makeEngagement(make: E2eFactories) {
  const programme = await make.programme({ nameEn: named("UN Peer Coaching Programme") });
  const carlos: ProfileHolder = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: "fr" });
  const amina = await make.staff("Amina Diallo", { roles: ["client"] });
  const joseph = await make.staff("Joseph Kamau", { roles: ["client"] });
  const now = Date.now();
  const made = await make.engagement({
    programmeId: programme.id,
    profileId: carlos.profileId,
    seekerId: amina.id,
    status: "active",
    startedAt: new Date(now - 20 * DAY_MS),
    sessions: Array.from({ length: 6 }, (_, i) =>
      i === 0
        ? {
            status: "scheduled" as const,
            suggestedAt: new Date(now - 2 * DAY_MS),
            startsAt: new Date(now - 2 * DAY_MS),
            timeZone: "Europe/Zurich",
            mode: "video" as const,
          }
        : { status: "planned" as const, suggestedAt: new Date(now + i * 30 * DAY_MS - 2 * DAY_MS) },
    ),
  });
  return { id: made.id, sessions: made.sessions.map((s) => s.id), carlos, amina, joseph };
}

test.describe.configure({ mode: "serial" });

let engagement: Awaited<ReturnType<typeof makeEngagement>>;
test.beforeAll(async ({ make }) => {
  engagement = await makeEngagement(make);
});

test("Carlos marks the introduction meeting completed and evaluates it; Amina evaluates it too; neither sees the other's answers", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const c = await signedInPage(browser, baseURL!, engagement.carlos, "en");
  const a = await signedInPage(browser, baseURL!, engagement.amina, "fr");
  const secondTab = await a.context.newPage();
  try {
    const introEn = en("sessionPlans.coaching.intro.title");
    const introFr = fr("sessionPlans.coaching.intro.title");

    // --- Carlos marks the meeting held, then gives his evaluation ------------------------------
    const p = c.page;
    await p.goto(`/engagements/${engagement.id}`);
    const introCard = p.locator(`#session-${engagement.sessions[0]}`);
    await expect(introCard.getByRole("heading", { name: introEn })).toBeVisible();
    await expect(introCard.getByTestId("evaluation-panel")).toHaveCount(0); // not held yet: nothing to evaluate
    await introCard.getByRole("checkbox", { name: `${en("sessions.select")} — ${introEn}` }).check();
    await p
      .getByRole("form", { name: en("sessions.complete.label") })
      .getByRole("button", { name: en("sessions.complete.button") })
      .click();
    const panel = introCard.getByRole("region", { name: en("feedback.panel.title") });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { name: en("feedback.panel.title") })).toBeVisible();

    // Sending without a rating says what is missing and keeps what was typed.
    await panel.getByLabel(en("feedback.panel.comment")).fill("Carlos only: a warm first meeting.");
    await panel.getByRole("button", { name: en("feedback.panel.submit") }).click();
    await expect(panel.getByText(en("errors.usefulnessRequired"))).toBeVisible();
    await expect(panel.getByLabel(en("feedback.panel.comment"))).toHaveValue("Carlos only: a warm first meeting.");

    const stars = panel.getByRole("group", { name: en("feedback.panel.usefulness") });
    await stars
      .getByRole("radio", { name: en("feedback.panel.star", { value: "4", label: en("feedback.scale.4") }) })
      .check();
    await panel.getByRole("checkbox", { name: en("feedback.helped.questions") }).check();
    await panel.getByRole("button", { name: en("feedback.panel.submit") }).click();
    await expect(panel.getByRole("status")).toHaveText(`✓ ${en("feedback.panel.sent")}`);
    const his = panel.getByTestId("own-evaluation");
    await expect(his).toContainText(
      en("feedback.panel.usefulnessValue", { value: "4", label: en("feedback.scale.4") }),
    );
    await expect(his).toContainText(en("feedback.panel.helpedValue", { list: en("feedback.helped.questions") }));
    await expect(his).toContainText("Carlos only: a warm first meeting.");

    // --- Amina, in French, in two tabs: she sees her own form, not Carlos's answers -------------
    const q = a.page;
    await q.goto(`/engagements/${engagement.id}`);
    await secondTab.goto(`/engagements/${engagement.id}`);
    const herCard = q.locator(`#session-${engagement.sessions[0]}`);
    await expect(herCard.getByRole("heading", { name: introFr })).toBeVisible();
    const herPanel = herCard.getByRole("region", { name: fr("feedback.panel.title") });
    await expect(herPanel.getByRole("button", { name: fr("feedback.panel.submit") })).toBeVisible();
    await expect(q.locator("body")).not.toContainText("Carlos only");
    await expect(herPanel).not.toContainText("4/5");
    await expect(herPanel).toContainText(fr("feedback.panel.confidential", { min: "5" }));

    await herPanel
      .getByRole("radio", { name: fr("feedback.panel.star", { value: "2", label: fr("feedback.scale.2") }) })
      .check();
    await herPanel.getByRole("checkbox", { name: fr("feedback.helped.listening") }).check();
    await herPanel.getByLabel(fr("feedback.panel.comment")).fill("Seulement Amina : un peu court.");
    await herPanel.getByRole("button", { name: fr("feedback.panel.submit") }).click();
    const hers = herPanel.getByTestId("own-evaluation");
    await expect(hers).toContainText(
      fr("feedback.panel.usefulnessValue", { value: "2", label: fr("feedback.scale.2") }),
    );
    await expect(hers).toContainText("Seulement Amina");
    await expect(hers).not.toContainText("Carlos only");

    // The other tab still shows the form: sending it again is refused clearly.
    const stalePanel = secondTab
      .locator(`#session-${engagement.sessions[0]}`)
      .getByRole("region", { name: fr("feedback.panel.title") });
    await stalePanel
      .getByRole("radio", { name: fr("feedback.panel.star", { value: "5", label: fr("feedback.scale.5") }) })
      .check();
    await stalePanel.getByRole("button", { name: fr("feedback.panel.submit") }).click();
    await expect(stalePanel.getByRole("alert")).toHaveText(fr("errors.feedbackAlreadyGiven"));
    const [saved] = await query<{ usefulness: number }>(
      `select f.usefulness from "SessionFeedback" f join "User" u on u.id = f."authorId" where f."sessionId" = $1 and u.email = $2`,
      [engagement.sessions[0], engagement.amina.email],
    );
    expect(saved.usefulness).toBe(2);

    // --- Carlos, back on the page: his own answers only -----------------------------------------
    await p.reload();
    const again = p.locator(`#session-${engagement.sessions[0]}`).getByTestId("own-evaluation");
    await expect(again).toContainText(
      en("feedback.panel.usefulnessValue", { value: "4", label: en("feedback.scale.4") }),
    );
    await expect(p.locator("body")).not.toContainText("Seulement Amina");
    await expect(p.locator("body")).not.toContainText("2/5");
  } finally {
    await c.context.close();
    await a.context.close();
  }
});

test("Amina's home asks for a missing evaluation and leads to it", async ({ browser, baseURL }) => {
  // Session 2 held and marked by Carlos; Amina has not evaluated it.
  await query(
    `update "EngagementSession" set status = 'completed', "startsAt" = now() - interval '1 day', "completedAt" = now() where id = $1`,
    [engagement.sessions[1]],
  );
  const a = await signedInPage(browser, baseURL!, engagement.amina, "en");
  try {
    const p = a.page;
    await p.goto("/");
    const step = p.getByRole("link", {
      name: msg("en", "home.steps.evaluation.session", {
        n: "2",
        title: en("sessionPlans.coaching.session-1.title"),
        name: engagement.carlos.name,
      }).replace(/\{more.*$/, ""),
      exact: false,
    });
    await expect(step).toBeVisible();
    await step.click();
    await expect(p).toHaveURL((url) => url.pathname === `/engagements/${engagement.id}`);
    await expect(
      p.locator(`#session-${engagement.sessions[1]}`).getByRole("button", { name: en("feedback.panel.submit") }),
    ).toBeVisible();
  } finally {
    await a.context.close();
  }
});

test("once completed: each gives a closing evaluation privately, and only Amina can open her attestation", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await query(
    `update "EngagementSession" set status = 'completed', "startsAt" = coalesce("startsAt", now() - interval '1 day'), "completedAt" = now() where "engagementId" = $1`,
    [engagement.id],
  );
  await query(`update "Engagement" set status = 'completed', "completedAt" = now() where id = $1`, [engagement.id]);
  const a = await signedInPage(browser, baseURL!, engagement.amina, "en");
  const c = await signedInPage(browser, baseURL!, engagement.carlos, "fr");
  try {
    // --- Amina's closing evaluation --------------------------------------------------------------
    const p = a.page;
    await p.goto(`/engagements/${engagement.id}`);
    const panel = p.getByRole("region", { name: en("feedback.closing.title") });
    await panel.getByRole("button", { name: en("feedback.closing.submit") }).click();
    await expect(panel.getByText(en("errors.objectivesMetRequired"))).toBeVisible();
    await panel
      .getByRole("radio", { name: en("feedback.panel.star", { value: "5", label: en("feedback.scale.5") }) })
      .check();
    await panel
      .getByRole("group", { name: en("feedback.closing.objectivesMet") })
      .getByRole("radio", { name: en("feedback.objectivesMet.partly") })
      .check();
    await panel
      .getByRole("group", { name: en("feedback.closing.wouldRecommend") })
      .getByRole("radio", { name: en("feedback.closing.yes") })
      .check();
    await panel.getByLabel(en("feedback.panel.comment")).fill("Amina's closing words.");
    await panel.getByRole("button", { name: en("feedback.closing.submit") }).click();
    const mine = panel.getByTestId("own-closing-evaluation");
    await expect(mine).toContainText(
      en("feedback.closing.objectivesValue", { value: en("feedback.objectivesMet.partly") }),
    );
    await expect(mine).toContainText("Amina's closing words.");
    // The confirmation stays beside her answers once the page has refreshed to show them.
    await expect(panel.getByRole("status")).toHaveText(`✓ ${en("feedback.closing.sent")}`);

    // --- Carlos sees his own form, not her answers, and no attestation link ----------------------
    const q = c.page;
    await q.goto(`/engagements/${engagement.id}`);
    const his = q.getByRole("region", { name: fr("feedback.closing.title") });
    await expect(his.getByRole("button", { name: fr("feedback.closing.submit") })).toBeVisible();
    await expect(q.locator("body")).not.toContainText("Amina's closing words");
    await expect(his.getByRole("link", { name: fr("feedback.closing.attestationLink") })).toHaveCount(0);

    // --- Amina's attestation, in her language, printable on one page -----------------------------
    await panel.getByRole("link", { name: en("feedback.closing.attestationLink") }).click();
    await expect(p).toHaveURL((url) => url.pathname === `/engagements/${engagement.id}/attestation`);
    const sheet = p.getByTestId("attestation");
    await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(en("attestation.title"));
    await expect(sheet).toContainText(engagement.amina.name);
    await expect(sheet).toContainText(engagement.carlos.name);
    await expect(sheet).toContainText("6 sessions");
    await expect(sheet).not.toContainText("closing words");
    await expect(p.getByRole("button", { name: en("attestation.print") })).toBeVisible();
    await p.emulateMedia({ media: "print" });
    await expect(p.getByRole("button", { name: en("attestation.print") })).toBeHidden();
    await expect(p.locator("body > header")).toBeHidden();
    const pdf = (await p.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await p.emulateMedia({ media: "screen" });

    // --- nobody else opens it: Carlos, Joseph -------------------------------------------------------
    const theirs = await q.goto(`/engagements/${engagement.id}/attestation`);
    expect(theirs?.status()).toBe(404);
    await expect(q.locator("body")).not.toContainText(engagement.amina.name);
    const j = await signedInPage(browser, baseURL!, engagement.joseph, "en");
    try {
      expect((await j.page.goto(`/engagements/${engagement.id}/attestation`))?.status()).toBe(404);
    } finally {
      await j.context.close();
    }
  } finally {
    await a.context.close();
    await c.context.close();
  }
});

test("Carlos prints the attestation of his coaching: figures of his sessions, no client named", async ({
  browser,
  baseURL,
}) => {
  const c = await signedInPage(browser, baseURL!, engagement.carlos, "fr");
  const j = await signedInPage(browser, baseURL!, engagement.joseph, "en");
  try {
    const q = c.page;
    await q.goto("/coach/supervision");
    await q.getByRole("link", { name: fr("contributionAttestation.card.link") }).click();
    await expect(q).toHaveURL((url) => url.pathname === "/coach/attestation");
    const sheet = q.getByTestId("contribution-attestation");
    await expect(sheet.getByRole("heading", { name: fr("contributionAttestation.title.coach") })).toBeVisible();
    await expect(sheet).toContainText(engagement.carlos.name);
    const row = sheet.getByTestId("contribution-row");
    // One client coached, one series completed, six sessions of 45 minutes: 4.5 hours.
    // (The programme's French name comes first: the figures end the row.)
    await expect(row).toHaveText(/1\s*1\s*6\s*4,5$/);
    await expect(sheet).not.toContainText(engagement.amina.name);
    // This year is offered as a period, and gives the same figures.
    const year = String(new Date().getUTCFullYear());
    await q
      .getByRole("navigation", { name: fr("contributionAttestation.periodChoice") })
      .getByRole("link", { name: year })
      .click();
    await expect(q).toHaveURL((url) => url.searchParams.get("year") === year);
    await expect(sheet).toContainText(fr("contributionAttestation.periodYear", { year }));
    await expect(row).toHaveText(/6\s*4,5/);
    // A year without activity says so instead of an empty sheet.
    await q.goto("/coach/attestation?year=2001");
    await expect(q.getByText(fr("contributionAttestation.nothingThatYear", { year: "2001" }))).toBeVisible();
    await expect(sheet).toHaveCount(0);
    // A client who is not a coach has no such page.
    expect((await j.page.goto("/coach/attestation"))?.status()).toBe(403);
  } finally {
    await c.context.close();
    await j.context.close();
  }
});
