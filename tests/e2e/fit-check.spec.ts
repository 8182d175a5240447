// The fit check and the relationship pulse in the browser. Amina, in French, says after the
// introduction that her pairing with Carlos does not fit: the engagement ends as not a fit, she is
// led back to choosing and sends a new request to Nadia at once (her seat kept); Carlos, in
// English, sees it ended. Midway, a client answers "how is it going?" in English, privately. A
// programme admin reads the cohort's fit rate on the dashboard. Everything is the spec's own.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, msg, outboxEmailsTo, query, signedInPage, test } from "./fixtures";

const DAY = 86_400_000;
const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()
  ).violations.map((v) => v.id);

test("fr: a client says after the introduction that the pairing does not fit and chooses again; en: the coach sees it ended; the admin reads the fit rate", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(150_000);
  const fr = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const en = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const programme = await make.programme({ type: "coaching" });
  const cohort = await make.cohort({ programmeId: programme.id, seats: 10 });
  const carlos = await make.staff("Carlos Mendes", { roles: ["coach"], preferredLanguage: "en" });
  const carlosProfile = await make.profile(carlos.id, { kind: "coach" });
  const nadia = await make.coach({ name: `Nadia Haddad ${carlos.name.split(" ").at(-1)}` });
  const amina = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: cohort.id, preferredLanguage: "fr" });
  const admin = await make.staff("Ade Admin", { roles: ["programme_admin"] });
  const { id: engagementId } = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: carlosProfile.id,
    seekerId: amina.id,
    startedAt: new Date(Date.now() - 10 * DAY),
    sessions: [
      { status: "completed", startsAt: new Date(Date.now() - 2 * DAY) },
      { status: "scheduled", startsAt: new Date(Date.now() + 20 * DAY), timeZone: "Europe/Paris", mode: "video" },
      {},
      {},
      {},
      {},
    ],
  });

  const a = await signedInPage(browser, baseURL!, amina, "fr");
  const c = await signedInPage(browser, baseURL!, carlos, "en");
  const ad = await signedInPage(browser, baseURL!, admin, "en");
  try {
    // --- Amina, in French: the question after the introduction ----------------------------------
    const ap = a.page;
    await ap.goto(`/engagements/${engagementId}`);
    const panel = ap.getByRole("region", { name: fr("fitCheck.title") });
    await expect(panel).toBeVisible();
    // Sending nothing: the message beside the answer, in French.
    await panel.getByRole("button", { name: fr("fitCheck.submit") }).click();
    await expect(panel.getByText(fr("errors.fitAnswerRequired"))).toBeVisible();
    expect(await axe(ap)).toEqual([]);
    await ap.screenshot({ path: test.info().outputPath("fit-check-question-fr.png"), fullPage: true });

    await panel.getByLabel(fr("fitCheck.no")).check();
    await panel.getByLabel(fr("fitCheck.comment")).fill("Nous n’avons pas les mêmes attentes.");
    await panel.getByRole("button", { name: fr("fitCheck.submit") }).click();
    const dialog = ap.getByRole("dialog");
    await expect(dialog).toContainText(fr("fitCheck.confirmClient", { name: carlos.name }));
    await dialog.getByRole("button", { name: fr("fitCheck.confirmNo") }).click();

    // Ended as not a fit: her comment for her only, and the way back to choosing.
    await expect(ap.getByTestId("fit-check-ended")).toHaveText(fr("fitCheck.ended"));
    await expect(panel).toContainText("Nous n’avons pas les mêmes attentes.");
    await expect(panel).toContainText(fr("fitCheck.endedClient.coach"));
    expect(await axe(ap)).toEqual([]);
    await ap.screenshot({ path: test.info().outputPath("fit-check-ended-fr.png"), fullPage: true });
    const [row] = await query<{ status: string; endedAsNotAFit: boolean; seat: string; cancelled: number }>(
      `select e.status, e."endedAsNotAFit", ce.status as seat,
              (select count(*)::int from "EngagementSession" s where s."engagementId" = e.id and s.status = 'cancelled') as cancelled
         from "Engagement" e join "CohortEnrolment" ce on ce."userId" = e."seekerId" and ce."cohortId" = e."cohortId"
        where e.id = $1`,
      [engagementId],
    );
    expect(row).toEqual({ status: "ended", endedAsNotAFit: true, seat: "enrolled", cancelled: 1 });
    expect((await outboxEmailsTo(amina.email))[0].subject).toBe(fr("email.fitCheck.subject"));
    expect((await outboxEmailsTo(carlos.email)).map((m) => m.subject)).toContain(en("email.fitCheck.subject"));

    // She chooses again at once: Nadia, from the request form.
    await panel.getByRole("link", { name: fr("fitCheck.chooseAgain.coach") }).click();
    await expect(ap).toHaveURL((url) => url.pathname === "/coaches");
    await ap.goto(`/requests/new?coach=${nadia.profileId}`);
    const form = ap.getByRole("form", { name: fr("requests.title") });
    await expect(form.getByLabel(fr("requests.choice1"))).toHaveValue(nadia.profileId);
    await form.getByLabel(fr("requests.message")).fill("Bonjour, j’aimerais travailler sur la délégation.");
    await form.getByRole("button", { name: fr("requests.submit") }).click();
    await expect(ap).toHaveURL((url) => url.pathname === "/engagements");
    await expect(ap.getByRole("status")).toContainText(fr("engagements.requestSent"));
    const requests = await query<{ status: string; profileId: string }>(
      `select r.status, c."profileId" from "MatchRequest" r join "MatchRequestChoice" c on c."requestId" = r.id
        where r."seekerId" = $1 and c.rank = 1`,
      [amina.id],
    );
    expect(requests).toEqual([{ status: "open", profileId: nadia.profileId }]);

    // --- Carlos, in English: the pairing ended as not a fit, his place free again -----------------
    const cp = c.page;
    await cp.goto(`/engagements/${engagementId}`);
    await expect(cp.getByTestId("fit-check-ended")).toHaveText(en("fitCheck.ended"));
    await expect(cp.getByRole("region", { name: en("fitCheck.title") })).toContainText(en("fitCheck.endedCoach"));
    await expect(cp.getByRole("region", { name: en("fitCheck.title") })).not.toContainText("mêmes attentes");
    await cp.screenshot({ path: test.info().outputPath("fit-check-ended-en.png"), fullPage: true });

    // --- the admin: the fit rate on the cohort's dashboard, no early ending -----------------------
    const dp = ad.page;
    await dp.goto(`/admin/cohorts/${cohort.id}`);
    const figures = dp.getByRole("region", { name: en("relationshipFigures.title") });
    await expect(figures.getByTestId("fit-rate")).toHaveText(en("relationshipFigures.fitRate", { rate: "0%" }));
    await expect(figures.getByTestId("fit-detail")).toContainText("1 pair ended as not a fit");
    await expect(figures.getByTestId("pulse-all-hidden")).toHaveText(
      en("relationshipFigures.hiddenGroup", { group: en("relationshipFigures.all") }),
    );
    expect(await axe(dp)).toEqual([]);
    await figures.screenshot({ path: test.info().outputPath("fit-rate-en.png") });
  } finally {
    await a.context.close();
    await c.context.close();
    await ad.context.close();
  }
});

test("en: midway, a client says how it is going, privately; the coach is still asked", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(90_000);
  const en = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const programme = await make.programme({ type: "coaching" });
  const cohort = await make.cohort({ programmeId: programme.id, seats: 10 });
  const coach = await make.coach({ name: `Kofi Mensah ${Date.now() % 1000}`, preferredLanguage: "fr" });
  const client = await make.staff("Anna Schmidt", { roles: ["client"], enrolIn: cohort.id, preferredLanguage: "en" });
  const held = (days: number) => ({ status: "completed" as const, startsAt: new Date(Date.now() - days * DAY) });
  const { id: engagementId } = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: coach.profileId,
    seekerId: client.id,
    startedAt: new Date(Date.now() - 100 * DAY),
    sessions: [held(90), held(60), held(30), held(3), {}, {}],
  });
  const a = await signedInPage(browser, baseURL!, client, "en");
  const c = await signedInPage(browser, baseURL!, coach, "fr");
  try {
    const ap = a.page;
    await ap.goto(`/engagements/${engagementId}`);
    const panel = ap.getByRole("region", { name: en("pulse.title") });
    await expect(panel).toContainText(en("pulse.private"));
    // The fit check's window is over (the next session after the introduction is held).
    await expect(ap.getByRole("region", { name: en("fitCheck.title") })).toHaveCount(0);
    await panel.getByRole("button", { name: en("pulse.submit") }).click();
    await expect(panel.getByText(en("errors.pulseScoreRequired"))).toBeVisible();
    expect(await axe(ap)).toEqual([]);
    await ap.screenshot({ path: test.info().outputPath("pulse-question-en.png"), fullPage: true });
    await panel.getByLabel(en("pulse.score.4")).check();
    await panel.getByLabel(en("pulse.comment")).fill("Sessions are useful, scheduling is hard.");
    await panel.getByRole("button", { name: en("pulse.submit") }).click();
    await expect(ap.getByTestId("pulse-answered")).toContainText("You answered 4 out of 5 on");
    await expect(panel).toContainText("Sessions are useful, scheduling is hard.");
    expect(await axe(ap)).toEqual([]);
    await ap.screenshot({ path: test.info().outputPath("pulse-answered-en.png"), fullPage: true });

    // The coach, in French, is asked in turn and never sees the client's answer.
    const cp = c.page;
    await cp.goto(`/engagements/${engagementId}`);
    const theirs = cp.getByRole("region", { name: msg("fr", "pulse.title") });
    await expect(theirs.getByTestId("pulse-form")).toBeVisible();
    await expect(theirs).not.toContainText("scheduling is hard");
    await cp.screenshot({ path: test.info().outputPath("pulse-question-fr.png"), fullPage: true });
    const rows = await query<{ role: string; score: number }>(
      `select role, score from "RelationshipPulse" where "engagementId" = $1`,
      [engagementId],
    );
    expect(rows).toEqual([{ role: "client", score: 4 }]);
  } finally {
    await a.context.close();
    await c.context.close();
  }
});
