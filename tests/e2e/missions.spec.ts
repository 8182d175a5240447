// A whole tripartite coaching mission in the browser, as the four people involved see it: Sam
// (the manager, in English) requests coaching for Amina (English) with Carlos (French) and Hana
// from HR (French); Amina writes her own request and consents; all three approve the proposal;
// the contract is accepted; the mid-point review is held; the closing evaluates each indicator;
// the follow-up is scheduled. Throughout, Sam never sees Amina's session notes, feedback,
// check-ins or her own request — not on the mission, not on the contract, not in his e-mails,
// and he cannot open the engagement at all. Every test makes its own people (the seeded
// tripartite coaching programme is only read: missions belong to it).
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { Person } from "../support/factories";
import { expect, msg, named, outboxEmailsTo, query, signedInPage, test, type E2eFactories } from "./fixtures";

type Locale = "en" | "fr";

const SECRET_NOTE = "PRIVATE-NOTE: my manager micromanages me";
const SECRET_FEEDBACK = "PRIVATE-FEEDBACK: the session on conflict helped";
const SECRET_CHECK_IN = "PRIVATE-CHECKIN: can we talk before Friday's meeting with Sam?";
const OWN_REQUEST = "PRIVATE-REQUEST: I want to say no without feeling guilty.";

/** The people of a mission, as the seed's personas were: a manager, a client, a coach, HR, an admin. */
const people = {
  sam: async (make: E2eFactories) =>
    make.staff("Sam Taylor", {
      roles: ["sponsor"],
      appointmentType: "permanent",
      entityId: await make.entityId("DPPA"),
      dutyStationId: await make.dutyStationId("NYC"),
      languages: ["en", "es"],
    }),
  amina: async (make: E2eFactories) =>
    make.staff("Amina Diallo", {
      roles: ["client"],
      entityId: await make.entityId("DPPA"),
      dutyStationId: await make.dutyStationId("NYC"),
      languages: ["en", "fr"],
    }),
  carlos: async (make: E2eFactories) =>
    make.coach({
      name: named("Carlos Mendes"),
      preferredLanguage: "fr",
      appointmentType: "permanent",
      entityId: await make.entityId("OCHA"),
      dutyStationId: await make.dutyStationId("GVA"),
      timeZone: "Europe/Zurich",
      languages: ["en", "fr", "es"],
      expertiseAreas: ["leadership", "career", "conflict_resolution"],
      coachingLanguages: ["en", "fr", "es"],
      credentialKind: "icf_pcc",
      // Approved well before last month, as a coach whose monthly supervision counts.
      submittedAt: new Date(Date.now() - 400 * 86_400_000),
      reviewedAt: new Date(Date.now() - 393 * 86_400_000),
    }),
  hana: async (make: E2eFactories) =>
    make.staff("Hana Kim", {
      roles: ["hr_reviewer"],
      appointmentType: "permanent",
      entityId: await make.entityId("DMSPC"),
      dutyStationId: await make.dutyStationId("NYC"),
    }),
  ade: async (make: E2eFactories) =>
    make.staff("Ade Okafor", {
      roles: ["programme_admin"],
      appointmentType: "continuing",
      entityId: await make.entityId("DMSPC"),
      dutyStationId: await make.dutyStationId("NYC"),
    }),
};

async function personIn(
  browser: Browser,
  baseURL: string,
  who: Person,
  locale: Locale,
): Promise<{ context: BrowserContext; page: Page; t: (key: string, values?: Record<string, string>) => string }> {
  const { context, page } = await signedInPage(browser, baseURL, who, locale);
  return { context, page, t: (key, values) => msg(locale, key, values) };
}

/** The text of the page's main region (what a person reads, without the header). */
const mainText = (p: Page) => p.locator("main").innerText();

test("a whole tripartite mission: request, consent, proposal, contract, mid-point, closing, follow-up — and the sponsor never sees what is confidential", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(420_000);
  const [samP, aminaP, carlosP, hanaP] = [
    await people.sam(make),
    await people.amina(make),
    await people.carlos(make),
    await people.hana(make),
  ];
  const sam = await personIn(browser, baseURL!, samP, "en");
  const amina = await personIn(browser, baseURL!, aminaP, "en");
  const carlos = await personIn(browser, baseURL!, carlosP, "fr");
  const hana = await personIn(browser, baseURL!, hanaP, "fr");
  const samMailsBefore = new Set((await outboxEmailsTo(samP.email)).map((e) => e.id));
  try {
    // --- 1. Sam requests coaching for Amina --------------------------------------------------------
    const s = sam.page;
    await s.goto("/missions");
    await expect(s.getByRole("heading", { level: 1 })).toHaveText(sam.t("missions.title"));
    await s.getByRole("link", { name: sam.t("missions.newButton") }).click();
    await expect(s).toHaveURL(/\/missions\/new$/);
    const form = s.getByRole("form", { name: sam.t("missions.new.title") });
    // A refusal keeps what was typed: no coachee chosen.
    await form
      .getByLabel(sam.t("missions.new.organisationRequest"))
      .fill(
        "Amina has just taken over a team of twelve; we expect her to delegate and to handle conflicts constructively.",
      );
    await form.getByRole("button", { name: sam.t("missions.new.submit") }).click();
    await expect(form.getByText(msg("en", "errors.coacheeRequired"))).toBeVisible();
    await expect(form.getByLabel(sam.t("missions.new.organisationRequest"))).toHaveValue(/team of twelve/);
    const coachee = form.getByLabel(sam.t("missions.new.coachee"), { exact: true });
    await coachee.selectOption({
      label: (await coachee.locator("option", { hasText: aminaP.name }).first().textContent())!,
    });
    const coach = form.getByLabel(sam.t("missions.new.coach"), { exact: true });
    await coach.selectOption({
      label: (await coach.locator("option", { hasText: carlosP.name }).first().textContent())!,
    });
    const hr = form.getByLabel(sam.t("missions.new.hr"));
    await hr.selectOption({ label: (await hr.locator("option", { hasText: hanaP.name }).first().textContent())! });
    await form.getByRole("button", { name: sam.t("missions.new.submit") }).click();
    await expect(s).toHaveURL(/\/missions\/[^/]+\?requested=1$/);
    const missionId = new URL(s.url()).pathname.split("/")[2];
    await expect(s.getByRole("status")).toContainText(sam.t("missions.requestedFlash", { coachee: aminaP.name }));
    await expect(s.getByTestId("sponsor-confidentiality")).toBeVisible();
    const stepper = s.getByRole("list", { name: sam.t("missions.stepper.label") });
    await expect(stepper.getByRole("listitem")).toHaveCount(9);
    await expect(stepper.locator('[aria-current="step"]')).toContainText(sam.t("missions.steps.request.title"));
    await expect(s.getByTestId("mission-next")).toContainText(
      sam.t("missions.nextOther", {
        name: aminaP.name,
        role: sam.t("missions.party.coachee"),
        action: sam.t("missions.next.other.writeRequest"),
      }),
    );

    // --- Amina writes her own request (kept between her and the coach) ---------------------------
    const a = amina.page;
    await a.goto(`/missions/${missionId}`);
    await expect(a.getByTestId("mission-next")).toContainText(
      amina.t("missions.nextYou", { action: amina.t("missions.next.you.writeRequest") }),
    );
    await a.getByLabel(amina.t("missions.request.yourRequest"), { exact: true }).fill(OWN_REQUEST);
    await a.getByRole("button", { name: amina.t("missions.request.send") }).click();
    await expect(a.getByTestId("coachee-request")).toHaveText(OWN_REQUEST);
    await expect(a.getByText(amina.t("missions.request.notShared", { sponsor: samP.name }))).toBeVisible();

    // --- Carlos (in French) validates, schedules and holds the first meetings -------------------------
    const c = carlos.page;
    await c.goto(`/missions/${missionId}`);
    await expect(c.locator("html")).toHaveAttribute("lang", "fr");
    await expect(c.getByTestId("coachee-request")).toHaveText(OWN_REQUEST);
    await c.getByRole("button", { name: carlos.t("missions.request.validate") }).click();
    await expect(
      c.getByRole("list", { name: carlos.t("missions.stepper.label") }).locator('[aria-current="step"]'),
    ).toContainText(carlos.t("missions.steps.framing.title"));
    const prelim = c.getByTestId("milestone-preliminary_meeting");
    await prelim.getByLabel(/Date et heure/).fill("2026-12-01T14:30");
    await prelim.getByRole("button", { name: carlos.t("missions.milestones.schedule") }).click();
    await expect(prelim).toContainText(msg("fr", "missions.milestones.scheduledFor", { date: "" }).trim());
    await prelim.getByRole("button", { name: carlos.t("missions.milestones.hold.preliminary_meeting") }).click();
    await expect(prelim).toContainText(msg("fr", "missions.milestones.heldOn", { date: "" }).trim());
    await c
      .getByTestId("milestone-coachee_meeting")
      .getByRole("button", { name: carlos.t("missions.milestones.hold.coachee_meeting") })
      .click();
    await expect(c.getByTestId("mission-next")).toContainText(carlos.t("missions.next.other.decide"));

    // --- 3. Amina consents ------------------------------------------------------------------------
    await a.reload();
    await a.getByRole("button", { name: amina.t("missions.consent.consent") }).click();
    await expect(a.getByTestId("mission-next")).toContainText(amina.t("missions.next.other.writeProposal"));

    // --- 4. Carlos proposes; Amina, Sam and Hana approve -------------------------------------------------
    await c.reload();
    const proposal = c.getByRole("form", { name: carlos.t("missions.proposal.write") });
    await proposal
      .getByLabel(carlos.t("missions.terms.organisationObjectives"))
      .fill("Une équipe qui fonctionne mieux après la réorganisation.");
    await proposal
      .getByLabel(carlos.t("missions.terms.coacheeObjectives"))
      .fill("Déléguer davantage et aborder les conflits de façon constructive.");
    await proposal
      .getByLabel(carlos.t("missions.proposal.indicatorLabel", { n: "1" }), { exact: true })
      .fill("Deux projets délégués et livrés dans les délais");
    await proposal
      .getByLabel(carlos.t("missions.proposal.indicatorLabel", { n: "2" }), { exact: true })
      .fill("Une réunion d'équipe hebdomadaire animée par Amina");
    await proposal.getByLabel(carlos.t("missions.proposal.numbers.sessionCount")).fill("4");
    await proposal.getByLabel(carlos.t("missions.proposal.numbers.rhythmWeeks")).fill("3");
    await proposal.getByLabel(carlos.t("missions.terms.cost"), { exact: true }).fill("Gratuit (coaching interne)");
    await proposal.getByRole("button", { name: carlos.t("missions.proposal.submit") }).click();
    await expect(c.getByRole("heading", { name: carlos.t("missions.proposal.title", { version: "1" }) })).toBeVisible();

    for (const who of [amina, sam, hana]) {
      await who.page.goto(`/missions/${missionId}`);
      const review = who.page.getByRole("form", { name: who.t("missions.proposal.reviewTitle", { version: "1" }) });
      await review.getByLabel(who.t("missions.proposal.approve")).check();
      await review.getByRole("button", { name: who.t("missions.proposal.sendReview") }).click();
      await expect(review).toHaveCount(0);
    }

    // --- 5. The contract: read (clause and annexed charter), then accepted by all three ---------------
    await s.goto(`/missions/${missionId}/contract`);
    await expect(s.getByRole("heading", { level: 1 })).toHaveText(sam.t("missions.contract.documentTitle"));
    await expect(s.getByTestId("confidentiality-clause")).toContainText(sam.t("missions.contract.clause.p2"));
    await expect(s.getByRole("heading", { name: sam.t("missions.contract.annexTitle") })).toBeVisible();
    await expect(s.getByRole("button", { name: sam.t("missions.contract.print") })).toBeVisible();
    for (const who of [sam, amina, carlos]) {
      await who.page.goto(`/missions/${missionId}`);
      const accept = who.page.getByRole("form", { name: who.t("missions.contract.acceptTitle", { version: "1" }) });
      await accept.getByRole("button", { name: who.t("missions.contract.accept") }).click();
      await expect(accept.getByText(msg(who === carlos ? "fr" : "en", "errors.contractReadRequired"))).toBeVisible();
      await accept.getByLabel(who.t("missions.contract.readConfirm")).check();
      await accept.getByRole("button", { name: who.t("missions.contract.accept") }).click();
      await expect(accept).toHaveCount(0);
    }
    await expect(c.getByTestId("contract-accepted")).toHaveCount(1);
    await expect(
      c.getByRole("list", { name: carlos.t("missions.stepper.label") }).locator('[aria-current="step"]'),
    ).toContainText(carlos.t("missions.steps.sessions.title"));

    // --- 6. Sessions: Amina's private note and feedback, and a check-in ---------------------------------
    const [{ engagementId }] = await query<{ engagementId: string }>(
      `select "engagementId" from "Mission" where id = $1`,
      [missionId],
    );
    const [first] = await query<{ id: string }>(
      `select id from "EngagementSession" where "engagementId" = $1 order by position limit 1`,
      [engagementId],
    );
    await query(`update "EngagementSession" set status = 'completed', "completedAt" = now() where id = $1`, [first.id]);
    await query(
      `insert into "SessionNote" (id, "sessionId", "authorId", body, "updatedAt") values ($1, $2, $3, $4, now())`,
      [`e2e_note_${missionId}`, first.id, aminaP.id, SECRET_NOTE],
    );
    await query(
      `insert into "SessionFeedback" (id, "sessionId", "authorId", usefulness, helped, comment) values ($1, $2, $3, 5, '{}', $4)`,
      [`e2e_fb_${missionId}`, first.id, aminaP.id, SECRET_FEEDBACK],
    );
    await a.reload();
    await expect(a.getByRole("link", { name: amina.t("missions.sessions.open") })).toHaveAttribute(
      "href",
      `/engagements/${engagementId}`,
    );
    const checkIn = a.getByRole("form", { name: msg("en", "checkIns.formTitle") });
    await checkIn.getByLabel(msg("en", "checkIns.body")).fill(SECRET_CHECK_IN);
    await checkIn.getByRole("button", { name: msg("en", "checkIns.send") }).click();
    await expect(a.getByTestId("check-in-open")).toContainText(SECRET_CHECK_IN);
    await c.reload();
    const open = c.getByTestId("check-in-open");
    await expect(open).toContainText(SECRET_CHECK_IN);
    await open.getByRole("button", { name: msg("fr", "checkIns.answer") }).click();
    await open.getByLabel(msg("fr", "checkIns.answerLabel")).fill("Oui, appelez-moi jeudi à 9 h.");
    await open.getByRole("button", { name: msg("fr", "checkIns.sendAnswer") }).click();
    await expect(c.getByTestId("check-in-answered")).toContainText("jeudi à 9 h");

    // --- 7. Mid-point review: continue; then Carlos opens the closing --------------------------------
    const midpoint = c.getByRole("form", { name: carlos.t("missions.midpoint.formTitle") });
    await midpoint.getByLabel(carlos.t("missions.midpoint.decisions.continue")).check();
    await midpoint.getByRole("button", { name: carlos.t("missions.midpoint.record") }).click();
    await expect(c.getByText(carlos.t("missions.midpoint.outcome.continue"))).toBeVisible();
    await c.getByRole("button", { name: carlos.t("missions.closing.start") }).click();

    // --- 8. Closing: each indicator evaluated; Amina presents her synthesis; the final meeting -----------
    const evaluation = c.getByRole("form", { name: carlos.t("missions.indicators.formTitle") });
    const items = evaluation.getByTestId("indicator-evaluation");
    await expect(items).toHaveCount(2);
    await items.nth(0).getByLabel(carlos.t("missions.indicators.results.achieved"), { exact: true }).check();
    await items
      .nth(0)
      .getByLabel(carlos.t("missions.indicators.evidence"))
      .fill("Les deux projets ont été livrés en octobre.");
    await items.nth(1).getByLabel(carlos.t("missions.indicators.results.partly"), { exact: true }).check();
    await items
      .nth(1)
      .getByLabel(carlos.t("missions.indicators.evidence"))
      .fill("La réunion a lieu deux semaines sur trois.");
    await evaluation.getByRole("button", { name: carlos.t("missions.indicators.save") }).click();
    await expect(evaluation.getByRole("status")).toContainText(carlos.t("missions.indicators.saved"));

    await a.reload();
    const synthesis = a.getByRole("form", { name: amina.t("missions.synthesis.formTitle") });
    await synthesis
      .getByLabel(amina.t("missions.synthesis.synthesis"))
      .fill("I now delegate two projects and run a weekly team meeting.");
    await synthesis
      .getByLabel(amina.t("missions.synthesis.recommendations"))
      .fill("Keep the weekly meeting; review delegation every quarter.");
    await synthesis.getByRole("button", { name: amina.t("missions.synthesis.present") }).click();
    await expect(a.getByText(amina.t("missions.synthesis.presentedHint", { sponsor: samP.name }))).toBeVisible();

    await c.reload();
    await c
      .getByTestId("milestone-final_meeting")
      .getByRole("button", { name: carlos.t("missions.milestones.hold.final_meeting") })
      .click();

    // --- 9. The follow-up is scheduled (three months later, from the contract) ------------------------
    await expect(c.getByTestId("milestone-follow_up")).toContainText(
      msg("fr", "missions.milestones.scheduledFor", { date: "" }).trim(),
    );
    await expect(
      c.getByRole("list", { name: carlos.t("missions.stepper.label") }).locator('[aria-current="step"]'),
    ).toContainText(carlos.t("missions.steps.followUp.title"));

    // --- What Sam sees, and what he never sees -------------------------------------------------------
    await s.goto(`/missions/${missionId}`);
    await expect(s.getByTestId("milestone-follow_up")).toContainText(prefix("en", "missions.milestones.scheduledFor"));
    const indicators = s.getByTestId("indicator");
    await expect(indicators).toHaveCount(2);
    await expect(indicators.nth(0)).toContainText(sam.t("missions.indicators.results.achieved"));
    await expect(indicators.nth(1)).toContainText(sam.t("missions.indicators.results.partly"));
    await expect(s.getByText("I now delegate two projects")).toBeVisible();
    await expect(s.getByRole("heading", { name: msg("en", "checkIns.title") })).toHaveCount(0);
    await expect(s.getByRole("link", { name: sam.t("missions.sessions.open") })).toHaveCount(0);
    await expect(s.getByText(sam.t("missions.request.private", { coachee: aminaP.name }))).toBeVisible();
    for (const path of [`/missions/${missionId}`, `/missions/${missionId}/contract`, "/missions"]) {
      await s.goto(path);
      const text = await mainText(s);
      for (const secret of [SECRET_NOTE, SECRET_FEEDBACK, SECRET_CHECK_IN, OWN_REQUEST])
        expect(text, `${path} shows ${secret}`).not.toContain(secret);
      expect(await s.content()).not.toContain("PRIVATE-");
    }
    // The engagement of the mission (its sessions, notes and feedback) is out of his reach.
    expect([403, 404]).toContain((await s.goto(`/engagements/${engagementId}`))?.status());
    expect(await s.content()).not.toContain("PRIVATE-");
    // His own engagements page (every staff member may hold networking conversations) does not
    // list the mission's engagement nor anything of it.
    expect((await s.goto("/engagements"))?.status()).toBe(200);
    await expect(s.locator(`a[href="/engagements/${engagementId}"]`)).toHaveCount(0);
    expect(await s.content()).not.toContain("PRIVATE-");
    // HR is kept out of the engagement too.
    expect([403, 404]).toContain((await hana.page.goto(`/engagements/${engagementId}`))?.status());
    // His e-mails carry none of it either.
    const samMails = (await outboxEmailsTo(samP.email)).filter((e) => !samMailsBefore.has(e.id));
    expect(samMails.length).toBeGreaterThan(3);
    for (const mail of samMails) expect(mail.text).not.toContain("PRIVATE-");
    // Amina, one of the engagement's two people, reads her own note there.
    const own = await a.goto(`/engagements/${engagementId}`);
    expect(own?.status()).toBe(200);
  } finally {
    for (const who of [sam, amina, carlos, hana]) await who.context.close();
  }
});

/** The start of a catalogue text, up to its first {placeholder}. */
function prefix(locale: Locale, key: string): string {
  return msg(locale, key).split("{")[0].trim();
}

test("someone who is not a party gets 'not found' for a mission, whatever their roles; a sponsor's refused request keeps the text", async ({
  browser,
  baseURL,
  make,
}) => {
  const [samP, aminaP, carlosP, adeP] = [
    await people.sam(make),
    await people.amina(make),
    await people.carlos(make),
    await people.ade(make),
  ];
  const sam = await personIn(browser, baseURL!, samP, "fr");
  const ade = await personIn(browser, baseURL!, adeP, "en");
  try {
    await sam.page.goto("/missions/new");
    const form = sam.page.getByRole("form", { name: sam.t("missions.new.title") });
    await expect(sam.page.locator("html")).toHaveAttribute("lang", "fr");
    const coachee = form.getByLabel(sam.t("missions.new.coachee"), { exact: true });
    await coachee.selectOption({
      label: (await coachee.locator("option", { hasText: aminaP.name }).first().textContent())!,
    });
    const coach = form.getByLabel(sam.t("missions.new.coach"), { exact: true });
    await coach.selectOption({
      label: (await coach.locator("option", { hasText: carlosP.name }).first().textContent())!,
    });
    await form.getByLabel(sam.t("missions.new.organisationRequest")).fill("Une demande en français.");
    await form.getByRole("button", { name: sam.t("missions.new.submit") }).click();
    await expect(sam.page).toHaveURL(/\/missions\/[^/]+\?requested=1$/);
    const missionId = new URL(sam.page.url()).pathname.split("/")[2];
    await expect(sam.page.getByRole("heading", { level: 1 })).toHaveText(
      sam.t("missions.pageTitle", { coachee: aminaP.name }),
    );

    const response = await ade.page.goto(`/missions/${missionId}`);
    expect(response?.status()).toBe(404);
    expect(await ade.page.content()).not.toContain("Une demande en français.");
    expect((await ade.page.goto(`/missions/${missionId}/contract`))?.status()).toBe(404);
    // The admin reads the supervision attendance and the overdue check-ins instead.
    await ade.page.goto("/admin/supervision");
    await expect(ade.page.getByRole("heading", { level: 1 })).toHaveText(ade.t("supervision.adminTitle"));
    await expect(ade.page.getByTestId("coach-attendance").first()).toBeVisible();
  } finally {
    await sam.context.close();
    await ade.context.close();
  }
});

test("a coach records a monthly supervision session and sees it counted", async ({ browser, baseURL, make }) => {
  const carlos = await personIn(browser, baseURL!, await people.carlos(make), "en");
  try {
    const p = carlos.page;
    await p.goto("/coach/supervision");
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(carlos.t("supervision.coachTitle"));
    const now = new Date();
    const lastMonthDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 12)).toISOString().slice(0, 10);
    const form = p.getByRole("form", { name: carlos.t("supervision.form.title") });
    await form.getByLabel(carlos.t("supervision.form.date"), { exact: true }).fill(lastMonthDay);
    await form.getByLabel(carlos.t("supervision.form.supervisor")).fill("E2E Supervisor");
    await form.getByLabel(carlos.t("supervision.form.yes"), { exact: true }).check();
    await form.getByRole("button", { name: carlos.t("supervision.form.save") }).click();
    await expect(p.getByTestId("supervision-record").filter({ hasText: "E2E Supervisor" })).toHaveCount(1);
    await expect(p.getByTestId("last-month")).toContainText(prefix("en", "supervision.youAttended"));
    // The same day twice is refused, and what was typed stays.
    await form.getByLabel(carlos.t("supervision.form.date"), { exact: true }).fill(lastMonthDay);
    await form.getByLabel(carlos.t("supervision.form.supervisor")).fill("E2E Supervisor");
    await form.getByRole("button", { name: carlos.t("supervision.form.save") }).click();
    await expect(form.getByRole("alert")).toHaveText(msg("en", "errors.supervisionDuplicate"));
    await expect(form.getByLabel(carlos.t("supervision.form.supervisor"))).toHaveValue("E2E Supervisor");
  } finally {
    await carlos.context.close();
  }
});
