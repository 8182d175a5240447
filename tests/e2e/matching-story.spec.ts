// Matching beyond the peers, as one client lives it: Élise, in French, says what she seeks, chooses
// a coach among the suggestions and their reasons, answers the question the coach (in English) asks
// before accepting, says after the introduction that the pairing does not fit, and chooses again —
// the coach she ended with is no longer suggested, the other one who fits is. Each step's own rules
// are proved by its spec (suggestions, request-question, fit-check); this one proves they hold
// together. Everything is the spec's own.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, msg, named, query, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const AREAS = ["leadership", "pre_retirement", "team_relationships"] as const;
const axeClean = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

test("fr: a client states what she seeks, chooses a suggested coach, answers his question, finds after the introduction that it does not fit, and chooses again", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(240_000);
  const fr = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const en = (key: string, values?: Record<string, string>) => msg("en", key, values);
  // Her programme weighs only the areas and the language, so that the two coaches who offer all
  // three areas in French rank first in a directory other specs share.
  const programme = await make.programme({ type: "coaching" });
  const cohort = await make.cohort({ programmeId: programme.id, seats: 10 });
  await query(
    `insert into "MatchWeights" ("programmeId", expertise, language, entity, gender, "timeZone", "freePlaces", "updatedAt")
     values ($1, 10, 10, 0, 0, 0, 0, now())`,
    [programme.id],
  );
  const fit = { expertiseAreas: [...AREAS], coachingLanguages: ["fr", "en"], capacity: 3 };
  const first = await make.coach({ ...fit, name: named("Aaron Bianchi"), preferredLanguage: "en" });
  const second = await make.coach({ ...fit, name: named("Aaron Bianchi") });
  const client = await make.staff("Élise Morel", {
    roles: ["client"],
    enrolIn: cohort.id,
    languages: ["fr"],
    preferredLanguage: "fr",
  });
  const e = await signedInPage(browser, baseURL!, client, "fr");
  const c = await signedInPage(browser, baseURL!, first, "en");
  const suggestionOf = (page: Page, name: string) =>
    page
      .getByRole("region", { name: fr("suggestions.title") })
      .getByTestId("suggestion")
      .filter({ has: page.getByRole("link", { name: fr("suggestions.view", { name }) }) });
  try {
    // --- She says what she seeks -------------------------------------------------------------
    const p = e.page;
    await p.goto(`/programmes/${programme.slug}/preferences`);
    const preferences = p.getByRole("form", { name: fr("matchPreferences.form.label") });
    for (const area of AREAS) await preferences.getByLabel(fr(`expertise.${area}`), { exact: true }).check();
    await expect(preferences.getByRole("checkbox", { name: "français", exact: true })).toBeChecked();
    await preferences.getByLabel(fr("matchPreferences.form.goal")).fill("Mieux déléguer dans ma nouvelle équipe.");
    await preferences.getByRole("button", { name: fr("matchPreferences.form.save") }).click();
    await expect(preferences.getByText(fr("matchPreferences.form.saved"))).toBeVisible();

    // --- Both coaches are suggested with their reasons; she chooses the first ------------------
    await p.goto("/coaches");
    for (const coach of [first, second]) {
      await expect(suggestionOf(p, coach.name)).toHaveCount(1);
      await expect(suggestionOf(p, coach.name)).toContainText("parle français");
    }
    await suggestionOf(p, first.name)
      .getByRole("link", { name: fr("suggestions.choose", { name: first.name }) })
      .click();
    const request = p.getByRole("form", { name: fr("requests.title") });
    await expect(request.getByLabel(fr("requests.choice1"))).toHaveValue(first.profileId);
    await request.getByLabel(fr("requests.message")).fill("Je voudrais apprendre à déléguer.");
    await request.getByRole("button", { name: fr("requests.submit") }).click();
    await expect(p).toHaveURL((url) => url.pathname === "/engagements");

    // --- The coach, in English, asks a question before answering --------------------------------
    const cp = c.page;
    await cp.goto("/engagements");
    const incoming = cp.getByTestId("incoming-request").filter({ hasText: client.name });
    await incoming.getByRole("button", { name: en("requestQuestions.ask") }).click();
    const ask = incoming.getByRole("form", { name: en("requestQuestions.ask") });
    await ask
      .getByLabel(en("requestQuestions.askLabel", { name: client.name }))
      .fill("Would you like to work on delegating only, or on feedback too?");
    await ask.getByRole("button", { name: en("requestQuestions.send") }).click();
    await expect(incoming.getByTestId("question-thread")).toContainText("delegating only");

    // --- She replies on her request card; he accepts --------------------------------------------
    await p.goto("/engagements");
    const mine = p.getByTestId("my-request").getByRole("listitem").filter({ hasText: first.name });
    await expect(mine).toContainText(fr("requestQuestions.pausedBadge"));
    await mine.getByLabel(fr("requestQuestions.replyLabel", { name: first.name })).fill("La délégation d’abord.");
    await mine.getByRole("button", { name: fr("requestQuestions.sendReply") }).click();
    await expect(mine.getByTestId("question-thread")).toContainText("La délégation d’abord.");
    await cp.reload();
    await expect(incoming.getByTestId("question-thread")).toContainText("La délégation d’abord.");
    await incoming.getByRole("button", { name: `${en("engagements.coach.accept")} — ${client.name}` }).click();
    await expect(cp.getByTestId("incoming-request").filter({ hasText: client.name })).toHaveCount(0);

    // --- The introduction took place (its scheduling has its own specs): it is marked held -----
    const [engagement] = await query<{ id: string }>(
      `select id from "Engagement" where "seekerId" = $1 and "profileId" = $2 and status = 'active'`,
      [client.id, first.profileId],
    );
    await query(
      `update "EngagementSession" set status = 'completed', "startsAt" = now() - interval '2 days',
              "completedAt" = now() - interval '2 days', "timeZone" = 'Europe/Paris'
        where "engagementId" = $1 and position = 1`,
      [engagement.id],
    );

    // --- She says the pairing does not fit, and chooses again ------------------------------------
    await p.goto(`/engagements/${engagement.id}`);
    const panel = p.getByRole("region", { name: fr("fitCheck.title") });
    await panel.getByLabel(fr("fitCheck.no")).check();
    await panel.getByRole("button", { name: fr("fitCheck.submit") }).click();
    await p
      .getByRole("dialog")
      .getByRole("button", { name: fr("fitCheck.confirmNo") })
      .click();
    await expect(p.getByTestId("fit-check-ended")).toHaveText(fr("fitCheck.ended"));
    await axeClean(p);
    await panel.getByRole("link", { name: fr("fitCheck.chooseAgain.coach") }).click();
    await expect(p).toHaveURL((url) => url.pathname === "/coaches");
    // The coach she ended with is no longer suggested; the other one who fits still is.
    await expect(suggestionOf(p, second.name)).toHaveCount(1);
    await expect(suggestionOf(p, first.name)).toHaveCount(0);
    await axeClean(p);
    await suggestionOf(p, second.name)
      .getByRole("link", { name: fr("suggestions.choose", { name: second.name }) })
      .click();
    await request.getByLabel(fr("requests.message")).fill("Bonjour, je cherche à mieux déléguer.");
    await request.getByRole("button", { name: fr("requests.submit") }).click();
    await expect(p).toHaveURL((url) => url.pathname === "/engagements");
    const requests = await query<{ status: string; profileId: string }>(
      `select r.status, c."profileId" from "MatchRequest" r join "MatchRequestChoice" c on c."requestId" = r.id
        where r."seekerId" = $1 and c.rank = 1 order by r."createdAt"`,
      [client.id],
    );
    expect(requests).toEqual([
      { status: "accepted", profileId: first.profileId },
      { status: "open", profileId: second.profileId },
    ]);
    // Her seat in the cohort is kept throughout.
    const [seat] = await query<{ status: string }>(
      `select status from "CohortEnrolment" where "cohortId" = $1 and "userId" = $2`,
      [cohort.id, client.id],
    );
    expect(seat.status).toBe("enrolled");
  } finally {
    await e.context.close();
    await c.context.close();
  }
});
