// The mentee's own checklist: on the first mentoring session, Mehdi (mentee, in French) sees what he
// prepares, does and follows up on, and ticks it; María (mentor, in English) sees the mentor's list
// and her own ticks only. The programme, cohort, people and engagement are the test's own.
import AxeBuilder from "@axe-core/playwright";
import { expect, msg, named, query, signedInPage, test } from "./fixtures";

const STEP = "sessionPlans.mentoring.getting-to-know";
const ticksOf = (engagementId: string, userId: string) =>
  query<{ itemKey: string }>(
    `select t."itemKey" from "SessionChecklistTick" t join "EngagementSession" s on s.id = t."sessionId" where s."engagementId" = $1 and t."userId" = $2 order by 1`,
    [engagementId, userId],
  );

test("a mentee ticks their own checklist of a session, the mentor sees and ticks theirs", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(180_000);
  const programme = await make.programme({ type: "mentoring", nameEn: named("Mentoring") });
  const cohort = await make.cohort({ programmeId: programme.id });
  const maria = await make.mentor({ programmeId: programme.id, name: named("María López"), enrolIn: cohort.id });
  const mehdi = await make.staff("Mehdi Benali", { roles: ["mentee"], preferredLanguage: "fr", enrolIn: cohort.id });
  const { id: engagementId } = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: maria.profileId,
    seekerId: mehdi.id,
    status: "active",
    startedAt: new Date(),
  });
  const summary = (lang: "en" | "fr") => msg(lang, "sessions.checklist.title").split("(")[0].trim();
  const h = await signedInPage(browser, baseURL!, mehdi, "fr");
  const m = await signedInPage(browser, baseURL!, maria, "en");
  try {
    // --- Mehdi, in French: his own list for the first session ------------------------------------------
    const hp = h.page;
    await hp.goto(`/engagements/${engagementId}`);
    const his = hp.getByRole("article", { name: msg("fr", `${STEP}.title`) });
    await expect(his).toContainText(msg("fr", `${STEP}.mentee.objective`)); // the session's purpose, from his side
    await his
      .locator("summary")
      .filter({ hasText: summary("fr") })
      .click();
    await expect(his.getByRole("heading", { name: msg("fr", "sessions.questions.menteeTitle") })).toBeVisible();
    for (const key of ["before.read-profile", "before.hopes", "during.rhythm", "after.evaluation"])
      await expect(his.getByLabel(msg("fr", `${STEP}.mentee.${key}`))).not.toBeChecked();
    await expect(his.getByText(msg("fr", `${STEP}.before.guidance`))).toHaveCount(0); // the mentor's guide
    await expect(his.getByText(msg("fr", `${STEP}.during.mentee-profile`))).toHaveCount(0);
    await his.getByLabel(msg("fr", `${STEP}.mentee.before.read-profile`)).check();
    await his.getByLabel(msg("fr", `${STEP}.mentee.before.hopes`)).check();
    await expect
      .poll(async () => (await ticksOf(engagementId, mehdi.id)).map((t) => t.itemKey))
      .toEqual(["mentee.before.hopes", "mentee.before.read-profile"]);
    await hp.reload();
    await his
      .locator("summary")
      .filter({ hasText: summary("fr") })
      .click();
    await expect(his.locator("summary").filter({ hasText: summary("fr") })).toContainText("(2 ");
    await expect(his.getByLabel(msg("fr", `${STEP}.mentee.before.hopes`))).toBeChecked();
    const { violations } = await new AxeBuilder({ page: hp })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await his.screenshot({ path: test.info().outputPath("mentee-fr.png") });

    // --- María, in English: the mentor's list, none of Mehdi's ticks -----------------------------------
    const mp = m.page;
    await mp.goto(`/engagements/${engagementId}`);
    const hers = mp.getByRole("article", { name: msg("en", `${STEP}.title`) });
    await expect(hers).toContainText(msg("en", `${STEP}.objective`));
    await hers
      .locator("summary")
      .filter({ hasText: summary("en") })
      .click();
    await expect(hers.getByRole("heading", { name: msg("en", "sessions.questions.title") })).toBeVisible();
    await expect(hers.locator("summary").filter({ hasText: summary("en") })).toContainText("(0 ");
    await expect(hers.getByLabel(msg("en", `${STEP}.before.read-profile`))).not.toBeChecked();
    await expect(hers.getByText(msg("en", `${STEP}.mentee.before.hopes`))).toHaveCount(0);
    await hers.getByLabel(msg("en", `${STEP}.before.guidance`)).check();
    await expect
      .poll(async () => (await ticksOf(engagementId, maria.id)).map((t) => t.itemKey))
      .toEqual(["before.guidance"]);
    await hers.screenshot({ path: test.info().outputPath("mentor-en.png") });

    // Mehdi's ticks are unchanged by hers.
    expect((await ticksOf(engagementId, mehdi.id)).length).toBe(2);
  } finally {
    await Promise.all([h.context.close(), m.context.close()]);
  }
});
