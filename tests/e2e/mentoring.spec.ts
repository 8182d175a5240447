// Mentoring in the browser: Mehdi (French) ends his pairing with María, finds her again in the
// mentor directory and asks her; María (English) accepts; Mehdi sees the nine-session plan.
// Everything is the spec's own: a mentoring programme and its running cohort, María's mentor
// profile, Mehdi's place in the cohort, their pairing, and a coach who must not be listed.
import { randomBytes } from "node:crypto";
import { named, expect, msg, query, signedInPage, test } from "./fixtures";

test("Mehdi ends his pairing with María, finds her in the mentor directory and asks her again; she accepts; the nine sessions are planned", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(180_000);
  const programme = await make.programme({ type: "mentoring", nameEn: named("Mentoring Circle") });
  const cohort = await make.cohort({ programmeId: programme.id });
  // A word of this run's own in both bios, so that the directory's search finds María (and would
  // find the coach, were coaches listed there) among every other mentor.
  const word = `cercle${randomBytes(4).toString("hex")}`;
  const areas = ["career", "leadership"] as const;
  const maria = await make.mentor({
    name: named("María López"),
    programmeId: programme.id,
    enrolIn: { cohortId: cohort.id, role: "mentor" },
    appointmentType: "continuing",
    entityId: await make.entityId("ECLAC"),
    dutyStationId: await make.dutyStationId("SCL"),
    timeZone: "America/Santiago",
    languages: ["es", "en", "pt"],
    capacity: 2,
    expertiseAreas: [...areas],
    coachingLanguages: ["en", "es", "fr"],
    careerPath: "Twenty years with the UN, from field logistics in Kinshasa to policy work in Geneva.",
    bioEn: `I mentor colleagues who think about their next move (${word}).`,
    bioFr: `J'accompagne les collègues qui réfléchissent à leur prochaine étape (${word}).`,
    submittedAt: new Date(),
    reviewedAt: new Date(),
  });
  const mehdi = await make.staff("Mehdi Benali", {
    roles: ["mentee"],
    enrolIn: cohort.id,
    preferredLanguage: "fr",
    appointmentType: "temporary",
    entityId: await make.entityId("ESCWA"),
    dutyStationId: await make.dutyStationId("BEY"),
    timeZone: "Asia/Beirut",
    languages: ["fr", "ar", "en"],
  });
  const carlos = await make.coach({
    name: named("Carlos Mendes"),
    expertiseAreas: [...areas],
    coachingLanguages: ["en", "fr", "es"],
    bioEn: `I coach managers taking on a bigger team (${word}).`,
    bioFr: `J'accompagne des responsables qui prennent en charge une équipe plus grande (${word}).`,
  });
  const { id: engagementId } = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: maria.profileId,
    seekerId: mehdi.id,
    status: "active",
    startedAt: new Date(Date.now() - 50 * 86_400_000),
  });
  const profileId = maria.profileId;
  const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const te = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const reason = `Mon service change d'organisation ; je voudrais repartir de zéro. (${randomBytes(3).toString("hex")})`;
  const h = await signedInPage(browser, baseURL!, mehdi, "fr");
  const m = await signedInPage(browser, baseURL!, maria, "en");
  try {
    // --- Mehdi ends the pairing, with a reason (either side can end) ---------------------
    const hp = h.page;
    await hp.goto("/engagements");
    const item = hp
      .getByRole("region", { name: tf("engagements.active.title") })
      .getByTestId("engagement-active")
      .filter({ hasText: maria.name });
    await expect(item).toHaveCount(1);
    await item.getByRole("button", { name: tf("engagements.active.end") }).click();
    await item.getByLabel(tf("engagements.active.endReason", { name: maria.name })).fill(reason);
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
    expect(ended).toEqual({ endReason: reason, endedById: mehdi.id });

    // --- the mentor directory, searched for the run's word and filtered on one of María's areas ---
    await hp.goto("/mentors");
    await expect(hp.getByRole("heading", { level: 1 })).toHaveText(tf("mentorDirectory.title"));
    await hp
      .getByRole("search", { name: tf("mentorDirectory.filters.label") })
      .getByLabel(tf("mentorDirectory.filters.search"))
      .fill(word);
    await hp.getByLabel(tf("mentorDirectory.filters.expertise")).selectOption(areas[0]);
    await hp.getByRole("button", { name: tf("mentorDirectory.filters.apply") }).click();
    await expect(hp).toHaveURL(new RegExp(`/mentors\\?.*expertise=${areas[0]}`));
    const card = hp.getByTestId("coach-card").filter({ hasText: maria.name });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(tf(`expertise.${areas[0]}`));
    // Only mentors: no coach in this directory (not even one with the same word and area).
    await expect(hp.getByTestId("coach-card").filter({ hasText: carlos.name })).toHaveCount(0);
    await card.getByRole("link", { name: tf("mentorDirectory.card.view", { name: maria.name }) }).click();

    // --- her profile, and the request ------------------------------------------------------------
    await expect(hp).toHaveURL(new RegExp(`/mentors/${profileId}$`));
    await expect(hp.getByRole("heading", { level: 1 })).toHaveText(maria.name);
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
    await incoming.getByRole("button", { name: `${te("engagements.coach.accept")} — ${mehdi.name}` }).click();
    await expect
      .poll(
        async () =>
          (
            await query(
              `select id from "Engagement" where "profileId" = $1 and "seekerId" = $2 and status = 'active'`,
              [profileId, mehdi.id],
            )
          ).length,
      )
      .toBe(1);
    const [{ id: newId }] = await query<{ id: string }>(
      `select id from "Engagement" where "profileId" = $1 and "seekerId" = $2 and status = 'active'`,
      [profileId, mehdi.id],
    );

    // --- Mehdi sees the nine-session mentoring plan -------------------------------------------------
    await hp.goto(`/engagements/${newId}`);
    await expect(hp.getByRole("heading", { level: 1 })).toHaveText(maria.name);
    await expect(hp.getByText(tf("engagementPage.otherRole.mentoring.client"), { exact: true })).toBeVisible();
    await expect(hp.getByTestId("session")).toHaveCount(9);
    await expect(hp.getByRole("article", { name: tf("sessionPlans.mentoring.getting-to-know.title") })).toBeVisible();
  } finally {
    await Promise.all([h.context.close(), m.context.close()]);
  }
});
