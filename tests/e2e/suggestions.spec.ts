// "Suggested for you": a client in French says what she seeks (from her programme's page), sees
// suggestions with their reasons on /coaches — never her supervisor, who fits just as well — and
// chooses one on the request form, which she sends; in English the same block gives English
// reasons. The preferences page passes axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, msg, named, query, signInAs, test, chooseLanguage } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const AREAS = ["leadership", "pre_retirement", "team_relationships"] as const;

test("a client states what she seeks, sees suggestions with reasons, never her supervisor, and chooses one", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  // Her own programme, weighing only the areas and the language, so that the two coaches who
  // offer all three areas in French rank at the top of a directory shared with other specs.
  const programme = await make.programme();
  const cohort = await make.cohort({ programmeId: programme.id });
  await query(
    `insert into "MatchWeights" ("programmeId", expertise, language, entity, gender, "timeZone", "freePlaces", "updatedAt")
     values ($1, 10, 10, 0, 0, 0, 0, now())`,
    [programme.id],
  );
  const fit = { expertiseAreas: [...AREAS], coachingLanguages: ["fr", "en"], capacity: 3 };
  const good = await make.coach({ ...fit, name: named("Aaron Bianchi") });
  const supervisor = await make.coach({ ...fit, name: named("Aaron Abadi") });
  const client = await make.staff("Élise Morel", { roles: ["client"], enrolIn: cohort.id, languages: ["en"] });
  await query(`update "User" set "supervisorId" = $1 where id = $2`, [supervisor.id, client.id]);

  await chooseLanguage(context, baseURL!, "fr");
  await signInAs(context, baseURL!, client);
  const t = (key: string, values: Record<string, string> = {}) => msg("fr", key, values);

  // From the programme's page, once joined: the step to say what she seeks.
  await page.goto(`/programmes/${programme.slug}`);
  await page.getByRole("link", { name: t("matchPreferences.enrolmentLink") }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/programmes/${programme.slug}/preferences`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("matchPreferences.title"));
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

  const form = page.getByRole("form", { name: t("matchPreferences.form.label") });
  for (const area of AREAS) await form.getByLabel(t(`expertise.${area}`), { exact: true }).check();
  // The languages she speaks (HR data) come ticked; she would rather work in French only.
  await expect(form.getByRole("checkbox", { name: "anglais", exact: true })).toBeChecked();
  await form.getByRole("checkbox", { name: "anglais", exact: true }).uncheck();
  await form.getByRole("checkbox", { name: "français", exact: true }).check();
  await form.getByLabel(t("matchPreferences.form.goal")).fill("Mieux déléguer dans ma nouvelle équipe.");
  await form.getByRole("button", { name: t("matchPreferences.form.save") }).click();
  await expect(form.getByText(t("matchPreferences.form.saved"))).toBeVisible();
  await form.getByRole("link", { name: t("matchPreferences.form.seeSuggestions") }).click();

  // /coaches: the suggestions, each with its reasons in French; her supervisor is not among them.
  await expect(page).toHaveURL((url) => url.pathname === "/coaches");
  const block = page.getByRole("region", { name: t("suggestions.title") });
  await expect(block).toBeVisible();
  const suggestions = block.getByTestId("suggestion");
  expect(await suggestions.count()).toBeLessThanOrEqual(6);
  const mine = suggestions.filter({
    has: page.getByRole("link", { name: t("suggestions.view", { name: good.name }) }),
  });
  await expect(mine).toHaveCount(1);
  const reasons = mine.getByRole("list", { name: t("suggestions.reasonsLabel", { name: good.name }) });
  await expect(reasons).toContainText("coaching en leadership, préparation à la retraite et équipe et relations");
  await expect(reasons).toContainText("parle français");
  await expect(reasons).toContainText("3 places libres");
  await expect(block.getByText(supervisor.name)).toHaveCount(0);
  await expect(block.getByRole("link", { name: t("suggestions.edit") })).toBeVisible();

  // She chooses him: the request form opens with him as her first choice, and she sends it.
  await mine.getByRole("link", { name: t("suggestions.choose", { name: good.name }) }).click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/requests/new" && url.searchParams.get("coach") === good.profileId,
  );
  await expect(page.getByRole("region", { name: t("suggestions.title") })).toBeVisible();
  const request = page.getByRole("form", { name: t("requests.title") });
  await expect(request.getByLabel(t("requests.choice1"))).toHaveValue(good.profileId);
  await request.getByLabel(t("requests.message")).fill("Je voudrais apprendre à déléguer dans ma nouvelle équipe.");
  await request.getByRole("button", { name: t("requests.submit") }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/engagements");
  const [asked] = await query<{ profileId: string }>(
    `select c."profileId" from "MatchRequestChoice" c join "MatchRequest" r on r.id = c."requestId"
      where r."seekerId" = $1 and c.rank = 1`,
    [client.id],
  );
  expect(asked.profileId).toBe(good.profileId);
});

test("in English, the same suggestions give their reasons in English", async ({ page, context, baseURL, make }) => {
  const programme = await make.programme();
  const cohort = await make.cohort({ programmeId: programme.id });
  await query(
    `insert into "MatchWeights" ("programmeId", expertise, language, entity, gender, "timeZone", "freePlaces", "updatedAt")
     values ($1, 10, 10, 0, 0, 0, 0, now())`,
    [programme.id],
  );
  const good = await make.coach({
    expertiseAreas: [...AREAS],
    coachingLanguages: ["fr"],
    capacity: 2,
    name: named("Aaron Bianchi"),
  });
  const client = await make.staff("Elliot Moore", { roles: ["client"], enrolIn: cohort.id });
  await query(
    `insert into "MatchPreference" (id, "userId", "programmeId", "expertiseAreas", languages, "updatedAt")
     values ($1, $2, $3, $4::"ExpertiseArea"[], $5, now())`,
    [`e2e-${client.id}`, client.id, programme.id, [...AREAS], ["fr"]],
  );
  await chooseLanguage(context, baseURL!, "en");
  await signInAs(context, baseURL!, client);
  await page.goto("/coaches");
  const block = page.getByRole("region", { name: msg("en", "suggestions.title") });
  const mine = block
    .getByTestId("suggestion")
    .filter({ has: page.getByRole("link", { name: msg("en", "suggestions.view", { name: good.name }) }) });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText("leadership, pre-retirement, and team and relationships coaching");
  await expect(mine).toContainText("speaks French");
  await expect(mine).toContainText("2 places free");
});
