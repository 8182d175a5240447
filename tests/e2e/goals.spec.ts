// Goals and the action plan: a coachee, in French, writes a private goal; her coach, in English, does
// not see it; she shares it and he does. The mission's sponsor never reads it on the mission's page.
// Actions agreed in session 1 appear on session 2's card with the plan's progress; one is ticked done.
// The engagement page is axe-clean for both. The people, mission and engagement are the test's own.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, msg, named, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const DAY = 86_400_000;

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a coachee keeps goals private until shared, and actions across sessions; the sponsor never sees them", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(180_000);
  const coachee = await make.staff("Amina Diallo", { roles: ["client"], preferredLanguage: "fr" });
  const coach = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: "en", timeZone: "Europe/Zurich" });
  const sponsor = await make.staff("Sam Taylor", { roles: ["sponsor"] });
  const programme = await make.onlyProgramme("tripartite_coaching");
  const engagement = await make.engagement({
    programmeId: programme.id,
    profileId: coach.profileId,
    seekerId: coachee.id,
    sessions: [
      { status: "completed", startsAt: new Date(Date.now() - 30 * DAY) },
      { status: "completed", startsAt: new Date(Date.now() - DAY) },
      { status: "scheduled", startsAt: new Date(Date.now() + 7 * DAY), timeZone: "UTC", mode: "video" },
    ],
  });
  const mission = await make.mission({
    programmeId: programme.id,
    sponsorId: sponsor.id,
    coacheeId: coachee.id,
    coachProfileId: coach.profileId,
    status: "in_progress",
    engagementId: engagement.id,
  });
  const [s1, s2] = engagement.sessions;
  const url = `/engagements/${engagement.id}`;
  const goal = named("Oser déléguer le rapport hebdomadaire");
  const coachName = coach.name;

  const fr = await signedInPage(browser, baseURL!, coachee, "fr");
  const en = await signedInPage(browser, baseURL!, coach, "en");
  const sp = await signedInPage(browser, baseURL!, sponsor, "en");
  try {
    // --- The coachee, in French, writes a private goal --------------------------------------------
    const cp = fr.page;
    await cp.goto(url);
    const goals = cp.getByTestId("goals");
    await expect(cp.getByRole("heading", { name: msg("fr", "actionPlan.title") })).toBeVisible();
    // An empty goal is refused beside its field, in French.
    await goals.getByRole("button", { name: msg("fr", "actionPlan.goals.add") }).click();
    await expect(goals.getByText(msg("fr", "errors.goalTextRequired"))).toBeVisible();
    await goals.getByLabel(msg("fr", "actionPlan.goals.newText"), { exact: true }).fill(goal);
    await goals.getByRole("button", { name: msg("fr", "actionPlan.goals.add") }).click();
    const item = goals.getByTestId("goal").filter({ hasText: goal });
    await expect(item).toBeVisible();
    await expect(item.getByText(msg("fr", "actionPlan.goals.private"), { exact: true })).toBeVisible();
    await axeClean(cp);

    // --- The coach, in English, does not see it ----------------------------------------------------
    const kp = en.page;
    await kp.goto(url);
    await expect(kp.getByRole("heading", { name: msg("en", "actionPlan.title") })).toBeVisible();
    await expect(kp.getByTestId("goals")).toContainText(
      msg("en", "actionPlan.goals.noneCoach", { name: coachee.name }),
    );
    expect(await kp.content()).not.toContain(goal);

    // --- She shares it; he reads it -----------------------------------------------------------------
    const share = item.getByRole("switch", { name: msg("fr", "actionPlan.goals.share", { name: coachName }) });
    await share.check();
    await expect(item.getByText(msg("fr", "actionPlan.goals.sharedWith", { name: coachName }))).toBeVisible();
    await kp.reload();
    await expect(kp.getByTestId("goals").getByText(goal)).toBeVisible();

    // --- The sponsor's mission page never holds it --------------------------------------------------
    await sp.page.goto(`/missions/${mission.id}`);
    await expect(sp.page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await sp.page.content()).not.toContain(goal);
    expect(await sp.page.content()).not.toContain(msg("en", "actionPlan.title"));

    // --- Actions agreed in session 1, carried to session 2 -----------------------------------------
    const card1 = cp.locator(`#session-${s1.id}`);
    const first = named("Demander un retour à deux collègues");
    const second = named("Lister trois décisions à déléguer");
    // Session 1 is not the latest one held: its form is folded until opened.
    const actionField = card1.getByLabel(msg("fr", "actionPlan.action.text"), { exact: true });
    for (const text of [first, second]) {
      if (!(await actionField.isVisible())) await card1.getByText(msg("fr", "actionPlan.action.addTitle")).click();
      await actionField.fill(text);
      await card1.getByRole("button", { name: msg("fr", "actionPlan.action.add") }).click();
      await expect(card1.getByTestId("agreed-actions").getByText(text)).toBeVisible();
    }
    const card2 = cp.locator(`#session-${s2.id}`);
    const carried = card2.getByTestId("carried-actions");
    await expect(carried.getByText(first)).toBeVisible();
    await expect(carried.getByText(second)).toBeVisible();
    await expect(cp.getByTestId("plan-progress")).toContainText("0 action faite sur 2");

    // The coach ticks one done on session 2's card, in English.
    await kp.reload();
    const coachCard2 = kp.locator(`#session-${s2.id}`).getByTestId("carried-actions");
    await coachCard2.getByRole("checkbox", { name: first }).check();
    await expect(kp.getByTestId("plan-progress")).toContainText(
      msg("en", "actionPlan.plan.progress", { done: "1", total: "2" }),
    );
    await expect(coachCard2.getByTestId("action").filter({ hasText: first })).toHaveAttribute("data-done", "true");
    await axeClean(kp);

    // She sees it done too.
    await cp.reload();
    await expect(cp.getByTestId("plan-progress")).toContainText("1 action faite sur 2");
  } finally {
    await Promise.all([fr.context.close(), en.context.close(), sp.context.close()]);
  }
});
