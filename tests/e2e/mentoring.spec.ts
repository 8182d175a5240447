// Mentoring in the browser: Mehdi (French) ends his pairing with María, finds her again in the
// mentor directory and asks her; María (English) accepts; Mehdi sees the nine-session plan.
// Runs after demo-story.spec.ts (which expects the seeded pairing) and may change it.
import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, msg, query, signInAs, test, chooseLanguage } from "./fixtures";

const MARIA = "maria.mentor@example.org";
const MEHDI = "mehdi.mentee@example.org";
type Locale = "en" | "fr";

async function idOf(email: string): Promise<string> {
  const [row] = await query<{ id: string }>(`select id from "User" where email = $1`, [email]);
  return row.id;
}

async function personIn(
  browser: Browser,
  baseURL: string,
  email: string,
  locale: Locale,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: locale === "fr" ? "fr-FR" : "en-GB" });
  await chooseLanguage(context, baseURL, locale);
  await signInAs(context, baseURL, email);
  return { context, page: await context.newPage() };
}

/**
 * María's mentor profile and her pairing with Mehdi: the seeded ones when present; otherwise made
 * here (idempotently) so the spec also runs on a seed without them.
 */
async function seededPairing(): Promise<{ maria: string; mehdi: string; profileId: string; engagementId: string }> {
  const [maria, mehdi] = [await idOf(MARIA), await idOf(MEHDI)];
  const [programme] = await query<{ id: string }>(
    `select id from "Programme" where type = 'mentoring' and "archivedAt" is null order by "createdAt" limit 1`,
  );
  let [profile] = await query<{ id: string }>(
    `select id from "MatchingProfile" where "userId" = $1 and kind = 'mentor'`,
    [maria],
  );
  if (!profile) {
    [profile] = await query<{ id: string }>(
      `insert into "MatchingProfile" (id, "userId", kind, "programmeId", status, availability, capacity, "expertiseAreas", "coachingLanguages", "careerPath", "bioEn", "bioFr", "submittedAt", "updatedAt")
       values ($1, $2, 'mentor', $3, 'approved', 'open', 2, '{career,leadership}'::"ExpertiseArea"[], '{en,es,fr}', $4, $5, $6, now(), now())
       on conflict ("userId", kind) do update set status = 'approved' returning id`,
      [
        `e2e_mentor_${randomBytes(6).toString("hex")}`,
        maria,
        programme.id,
        "Twenty years with the UN, from field logistics in Kinshasa to policy work in Geneva.",
        "I mentor colleagues who think about their next move.",
        "J'accompagne les collègues qui réfléchissent à leur prochaine étape.",
      ],
    );
  }
  // Nothing left over from an earlier run: no open request of Mehdi's in mentoring.
  await query(
    `update "MatchRequest" r set status = 'withdrawn', "closedAt" = now() from "Programme" p where p.id = r."programmeId" and p.type = 'mentoring' and r."seekerId" = $1 and r.status = 'open'`,
    [mehdi],
  );
  let [engagement] = await query<{ id: string }>(
    `select id from "Engagement" where "profileId" = $1 and "seekerId" = $2 and status = 'active'`,
    [profile.id, mehdi],
  );
  if (!engagement) {
    const [cohort] = await query<{ cohortId: string; programmeId: string }>(
      `select c.id as "cohortId", c."programmeId" from "CohortEnrolment" e join "Cohort" c on c.id = e."cohortId"
        where e."userId" = $1 and e.role = 'mentee' and e.status = 'enrolled' order by c."startsOn" desc limit 1`,
      [mehdi],
    );
    [engagement] = await query<{ id: string }>(
      `insert into "Engagement" (id, "programmeId", "cohortId", "profileId", "seekerId", status, "startedAt")
       values ($1, $2, $3, $4, $5, 'active', now() - interval '50 days') returning id`,
      [`e2e_eng_${randomBytes(8).toString("hex")}`, cohort.programmeId, cohort.cohortId, profile.id, mehdi],
    );
  }
  return { maria, mehdi, profileId: profile.id, engagementId: engagement.id };
}

test("Mehdi ends his pairing with María, finds her in the mentor directory and asks her again; she accepts; the nine sessions are planned", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { mehdi, profileId, engagementId } = await seededPairing();
  const [{ areas }] = await query<{ areas: string[] }>(
    `select "expertiseAreas"::text[] as areas from "MatchingProfile" where id = $1`,
    [profileId],
  );
  const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const te = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const reason = `Mon service change d'organisation ; je voudrais repartir de zéro. (${randomBytes(3).toString("hex")})`;
  const h = await personIn(browser, baseURL!, MEHDI, "fr");
  const m = await personIn(browser, baseURL!, MARIA, "en");
  try {
    // --- Mehdi ends the seeded pairing, with a reason (either side can end) ---------------------
    const hp = h.page;
    await hp.goto("/engagements");
    const item = hp
      .getByRole("region", { name: tf("engagements.active.title") })
      .getByTestId("engagement-active")
      .filter({ hasText: "María López" });
    await expect(item).toHaveCount(1);
    await item.getByRole("button", { name: tf("engagements.active.end") }).click();
    await item.getByLabel(tf("engagements.active.endReason", { name: "María López" })).fill(reason);
    await item.getByRole("button", { name: tf("engagements.active.confirmEnd") }).click();
    await expect
      .poll(
        async () =>
          (await query<{ status: string }>(`select status from "Engagement" where id = $1`, [engagementId]))[0].status,
      )
      .toBe("ended");
    const [ended] = await query<{ endReason: string; endedById: string }>(
      `select "endReason", "endedById" from "Engagement" where id = $1`,
      [engagementId],
    );
    expect(ended).toEqual({ endReason: reason, endedById: mehdi });

    // --- the mentor directory, filtered on one of María's areas ---------------------------------
    await hp.goto("/mentors");
    await expect(hp.getByRole("heading", { level: 1 })).toHaveText(tf("mentorDirectory.title"));
    await hp.getByLabel(tf("mentorDirectory.filters.expertise")).selectOption(areas[0]);
    await hp.getByRole("button", { name: tf("mentorDirectory.filters.apply") }).click();
    await expect(hp).toHaveURL(new RegExp(`/mentors\\?.*expertise=${areas[0]}`));
    const card = hp.getByTestId("coach-card").filter({ hasText: "María López" });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(tf(`expertise.${areas[0]}`));
    // Only mentors: no coach in this directory.
    await expect(hp.getByTestId("coach-card").filter({ hasText: "Carlos Mendes" })).toHaveCount(0);
    await card.getByRole("link", { name: tf("mentorDirectory.card.view", { name: "María López" }) }).click();

    // --- her profile, and the request ------------------------------------------------------------
    await expect(hp).toHaveURL(new RegExp(`/mentors/${profileId}$`));
    await expect(hp.getByRole("heading", { level: 1 })).toHaveText("María López");
    await expect(hp.getByRole("heading", { name: tf("mentorDirectory.profile.careerPath") })).toBeVisible();
    await hp.getByRole("link", { name: tf("mentorDirectory.profile.request") }).click();
    await expect(hp).toHaveURL(/\/requests\/new\?kind=mentor&coach=/);
    await expect(hp.getByRole("heading", { level: 1 })).toHaveText(tf("mentorRequests.title"));
    await expect(hp.getByLabel(tf("mentorRequests.choice1"))).toHaveValue(profileId);
    await hp
      .getByLabel(tf("mentorRequests.message"))
      .fill("Je souhaite reprendre nos échanges sur ma mobilité vers le terrain.");
    await hp.getByRole("button", { name: tf("mentorRequests.submit") }).click();
    await expect(hp).toHaveURL(/\/engagements\?requested=1/);

    // --- María accepts on /engagements ------------------------------------------------------------
    const mp = m.page;
    await mp.goto("/engagements");
    const incoming = mp.getByTestId("incoming-mentor");
    await expect(incoming).toContainText(te("engagements.kinds.mentor.providerTitle"));
    await incoming.getByRole("button", { name: `${te("engagements.coach.accept")} — Mehdi Benali` }).click();
    await expect
      .poll(
        async () =>
          (
            await query(
              `select id from "Engagement" where "profileId" = $1 and "seekerId" = $2 and status = 'active'`,
              [profileId, mehdi],
            )
          ).length,
      )
      .toBe(1);
    const [{ id: newId }] = await query<{ id: string }>(
      `select id from "Engagement" where "profileId" = $1 and "seekerId" = $2 and status = 'active'`,
      [profileId, mehdi],
    );

    // --- Mehdi sees the nine-session mentoring plan -------------------------------------------------
    await hp.goto(`/engagements/${newId}`);
    await expect(hp.getByRole("heading", { level: 1 })).toHaveText("María López");
    await expect(hp.getByText(tf("engagementPage.otherRole.mentoring.client"), { exact: true })).toBeVisible();
    await expect(hp.getByTestId("session")).toHaveCount(9);
    await expect(hp.getByRole("article", { name: tf("sessionPlans.mentoring.getting-to-know.title") })).toBeVisible();
  } finally {
    await Promise.all([h.context.close(), m.context.close()]);
  }
});
