// Matching a client with a coach, as the people involved see them: Amina finds Carlos in the
// directory, asks him first with two back-up choices, and he accepts (in French); a staff member
// who may not join is told why; a refused request keeps what was typed; and ending an engagement
// early, which the programme admin then reads. The programmes, cohorts, people and engagements are
// each test's own.
import { randomBytes } from "node:crypto";
import {
  chooseLanguage,
  expect,
  msg,
  named,
  outboxEmailsTo,
  query,
  signedInPage,
  signInAs,
  test,
  type E2eFactories,
} from "./fixtures";

type Locale = "en" | "fr";

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The start of a catalogue text, up to its first {placeholder}: for texts that carry a date. */
function prefixOf(locale: Locale, key: string): string {
  return msg(locale, key).split("{")[0].trim();
}

/**
 * A coaching programme of the test's own with a running cohort, Amina enrolled in it as a client,
 * and Carlos, a coach who reads French and coaches in English, French and Spanish (leadership,
 * career), open for requests.
 */
async function aminaAndCarlos(make: E2eFactories, carlosName = named("Carlos Mendes")) {
  const programme = await make.programme({ nameEn: named("UN Peer Coaching Programme") });
  const cohort = await make.cohort({ programmeId: programme.id });
  const amina = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: cohort.id });
  const carlos = await make.coach({
    name: carlosName,
    preferredLanguage: "fr",
    expertiseAreas: ["leadership", "career"],
    coachingLanguages: ["en", "fr", "es"],
  });
  return { programme, cohort, amina, carlos };
}

async function outboxIds(address: string): Promise<Set<string>> {
  return new Set((await outboxEmailsTo(address)).map((e) => e.id));
}

async function newEmailsTo(address: string, before: Set<string>) {
  return (await outboxEmailsTo(address)).filter((e) => !before.has(e.id));
}

test("Amina finds Carlos in the directory, asks him first with two back-ups, and he accepts", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(180_000);
  // The directory's search narrows it to the coaches of this test, who share a word in their names:
  // Carlos and two more who coach leadership in French (the back-ups), and one who coaches
  // leadership in English only (left out by the language filter).
  const word = named("Coach").split(" ")[1];
  const { amina, carlos } = await aminaAndCarlos(make, `Carlos Mendes ${word}`);
  const backupCoaches = [
    await make.coach({
      name: `Isabelle Moreau ${word}`,
      expertiseAreas: ["leadership"],
      coachingLanguages: ["fr", "en"],
      capacity: 3,
    }),
    await make.coach({
      name: `Kwame Mensah ${word}`,
      expertiseAreas: ["leadership", "team_relationships"],
      coachingLanguages: ["en", "fr"],
      capacity: 2,
    }),
  ];
  const englishOnly = await make.coach({
    name: `Rahul Mehta ${word}`,
    expertiseAreas: ["leadership", "skills"],
    coachingLanguages: ["en"],
  });
  const carlosProfile = carlos.profileId;
  const carlosMailsBefore = await outboxIds(carlos.email);
  const aminaMailsBefore = await outboxIds(amina.email);
  const t = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const a = await signedInPage(browser, baseURL!, amina, "en");
  const c = await signedInPage(browser, baseURL!, carlos, "fr");
  try {
    // --- the directory, narrowed through its form -------------------------------------------
    const p = a.page;
    await p.goto("/coaches");
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(t("directory.title"));
    const filters = p.getByRole("search", { name: t("directory.filters.label") });
    await filters.getByLabel(t("directory.filters.search")).fill(word);
    await filters.getByLabel(t("directory.filters.expertise")).selectOption({ label: t("expertise.leadership") });
    await filters.getByLabel(t("directory.filters.language")).selectOption({ label: "French" });
    await filters.getByRole("button", { name: t("directory.filters.apply") }).click();
    await expect(p).toHaveURL(
      (url) =>
        url.pathname === "/coaches" &&
        url.searchParams.get("q") === word &&
        url.searchParams.get("expertise") === "leadership" &&
        url.searchParams.get("language") === "fr",
    );
    const chips = p.getByRole("list", { name: t("directory.filters.active") });
    await expect(
      chips.getByRole("link", { name: t("directory.filters.remove", { label: t("expertise.leadership") }) }),
    ).toBeVisible();
    await expect(chips.getByRole("link", { name: t("directory.filters.remove", { label: "French" }) })).toBeVisible();
    // Every coach listed coaches in French: the three of them, not the one coaching in English only.
    const cards = p.getByTestId("coach-card");
    await expect(cards).toHaveCount(3);
    for (const text of await cards.allInnerTexts()) expect(text).toContain("French");
    await expect(cards.filter({ hasText: englishOnly.name })).toHaveCount(0);
    const carlosCard = cards.filter({
      has: p.getByRole("link", { name: t("directory.card.view", { name: carlos.name }) }),
    });
    await expect(carlosCard).toHaveCount(1);
    await expect(carlosCard).toContainText(t("expertise.leadership"));

    // --- his profile, then the request form ----------------------------------------------------
    await carlosCard.getByRole("link", { name: t("directory.card.view", { name: carlos.name }) }).click();
    await expect(p).toHaveURL((url) => url.pathname === `/coaches/${carlosProfile}`);
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(carlos.name);
    await p.getByRole("link", { name: t("directory.profile.request") }).click();
    await expect(p).toHaveURL(
      (url) => url.pathname === "/requests/new" && url.searchParams.get("coach") === carlosProfile,
    );
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(t("requests.title"));

    const form = p.getByRole("form", { name: t("requests.title") });
    const first = form.getByLabel(t("requests.choice1"));
    await expect(first).toHaveValue(carlosProfile);
    // Two back-ups: the two other coaches of the test, each offered with their free places.
    const second = form.getByLabel(t("requests.choice2"));
    const options = await second
      .locator("option")
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
    const others = backupCoaches.map((b) => options.find((o) => o.value === b.profileId));
    expect(others.map((o) => o?.text.split(" · ")[0])).toEqual(backupCoaches.map((b) => b.name));
    for (const o of others) expect(o!.text).toMatch(/\d+ free places?$/);
    expect(others.map((o) => o!.text.match(/(\d+) free places?$/)![1])).toEqual(["3", "2"]);
    const backups = backupCoaches.map((b) => ({ id: b.profileId, name: b.name, email: b.email }));
    await second.selectOption(backups[0].id);
    await form.getByLabel(t("requests.choice3")).selectOption(backups[1].id);
    const message = `I lead a new team of twelve in New York and would like to work on delegating. (${randomBytes(3).toString("hex")})`;
    await form.getByLabel(t("requests.message")).fill(message);
    await form.getByRole("button", { name: t("requests.submit") }).click();

    // --- her request: Carlos asked first, the others waiting --------------------------------
    await expect(p).toHaveURL((url) => url.pathname === "/engagements");
    await expect(p.getByRole("status")).toContainText(t("engagements.requestSent"));
    const mine = p.getByRole("region", { name: t("engagements.kinds.coach.seekerTitle") });
    const choices = mine.getByRole("listitem");
    await expect(choices).toHaveCount(3);
    await expect(choices.nth(0)).toContainText(t("engagements.client.rank", { rank: "1" }));
    await expect(choices.nth(0)).toContainText(carlos.name);
    await expect(choices.nth(0)).toContainText(prefixOf("en", "engagements.client.choice.pending"));
    for (const [i, b] of backups.entries()) {
      await expect(choices.nth(i + 1)).toContainText(b.name);
      await expect(choices.nth(i + 1)).toContainText(t("engagements.client.choice.waiting"));
    }

    // Carlos is asked by e-mail, in French, with her message.
    await expect
      .poll(async () => (await newEmailsTo(carlos.email, carlosMailsBefore)).map((e) => e.subject))
      .toContain(msg("fr", "email.requests.asked.subject", { client: amina.name }));
    const asked = (await newEmailsTo(carlos.email, carlosMailsBefore)).find(
      (e) => e.subject === msg("fr", "email.requests.asked.subject", { client: amina.name }),
    )!;
    expect(asked.text).toContain(message);
    expect(asked.text).toContain(msg("fr", "email.requests.asked.messageLabel"));

    // --- Carlos, in French, accepts ------------------------------------------------------------
    const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
    const cp = c.page;
    await cp.goto("/engagements");
    await expect(cp.locator("html")).toHaveAttribute("lang", "fr");
    const incoming = cp.getByTestId("incoming-request").filter({ hasText: amina.name });
    await expect(incoming).toHaveCount(1);
    await expect(incoming).toContainText(tf("engagements.kinds.coach.addressed"));
    await expect(incoming).toContainText(message);
    await incoming.getByRole("button", { name: `${tf("engagements.coach.accept")} — ${amina.name}` }).click();
    await expect(cp.getByTestId("incoming-request").filter({ hasText: amina.name })).toHaveCount(0);
    const carlosActive = cp
      .getByRole("region", { name: tf("engagements.active.title") })
      .getByTestId("engagement-active")
      .filter({ hasText: amina.name });
    await expect(carlosActive).toHaveCount(1);
    await expect(carlosActive).toContainText(tf("engagements.kinds.coach.yourSeeker"));

    // --- Amina sees her coach --------------------------------------------------------------------
    await p.goto("/engagements");
    const aminaActive = p.getByRole("region", { name: t("engagements.active.title") }).getByTestId("engagement-active");
    await expect(aminaActive).toHaveCount(1);
    await expect(aminaActive).toContainText(carlos.name);
    await expect(aminaActive).toContainText(t("engagements.kinds.coach.yourProvider"));
    await expect(p.getByRole("region", { name: t("engagements.kinds.coach.seekerTitle") })).toContainText(
      t("engagements.client.none"),
    );

    // The request is accepted; the back-ups were never asked.
    const rows = await query<{
      rank: number;
      status: string;
      askedAt: Date | null;
      profileId: string;
      request: string;
    }>(
      `select ch.rank, ch.status, ch."askedAt", ch."profileId", r.status as request
         from "MatchRequestChoice" ch join "MatchRequest" r on r.id = ch."requestId" where r."seekerId" = $1 order by ch.rank`,
      [amina.id],
    );
    expect(rows.map((r) => [r.rank, r.profileId, r.status, r.request])).toEqual([
      [1, carlosProfile, "accepted", "accepted"],
      [2, backups[0].id, "skipped", "accepted"],
      [3, backups[1].id, "skipped", "accepted"],
    ]);
    expect(rows[1].askedAt).toBeNull();
    expect(rows[2].askedAt).toBeNull();
    const [engagement] = await query<{ status: string }>(
      `select status from "Engagement" where "seekerId" = $1 and "profileId" = $2`,
      [amina.id, carlosProfile],
    );
    expect(engagement.status).toBe("active");

    // Amina is told in English; the back-up coaches received nothing.
    await expect
      .poll(async () => (await newEmailsTo(amina.email, aminaMailsBefore)).map((e) => e.subject))
      .toContain(msg("en", "email.requests.accepted.subject", { coach: carlos.name }));
    for (const b of backups) {
      const mails = await outboxEmailsTo(b.email);
      expect(mails.filter((m) => m.text.includes(message))).toEqual([]);
    }
  } finally {
    await a.context.close();
    await c.context.close();
  }
});

for (const locale of ["en", "fr"] as const) {
  test(`a consultant is told why he cannot join the coaching programme (${locale})`, async ({
    page,
    context,
    baseURL,
    make,
  }) => {
    // A coaching programme of the test's own whose cohort is open for enrolment, and Tom, a
    // consultant: with the client role, the only thing between him and a seat is his appointment type.
    const programme = await make.programme({ nameEn: named("UN Peer Coaching Programme") });
    await make.cohort({ programmeId: programme.id, status: "open" });
    const tom = await make.staff("Tom Becker", { roles: ["client"], appointmentType: "consultant" });
    await chooseLanguage(context, baseURL!, locale);
    await signInAs(context, baseURL!, tom);
    await page.goto(`/programmes/${programme.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const place = page.getByTestId("place");
    await expect(place).toHaveAttribute("data-situation", "notEligible");
    const notEligible = place.getByTestId("not-eligible");
    await expect(notEligible.getByRole("heading")).toHaveText(msg(locale, "enrolment.notEligible.title"));
    await expect(notEligible).toContainText(msg(locale, "enrolment.notEligible.appointment-not-eligible"));
    await expect(notEligible.getByRole("link", { name: "peercoaching@un.org" })).toHaveAttribute(
      "href",
      "mailto:peercoaching@un.org",
    );
    await expect(page.getByTestId("join-form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: msg(locale, "enrolment.join.button") })).toHaveCount(0);
    await expect(page.getByRole("button", { name: msg(locale, "enrolment.join.buttonWaitlist") })).toHaveCount(0);
  });
}

for (const locale of ["en", "fr"] as const) {
  test(`a refused request explains why beside the choice and keeps the message (${locale})`, async ({
    page,
    context,
    baseURL,
    make,
  }) => {
    const { amina, carlos } = await aminaAndCarlos(make);
    const carlosProfile = carlos.profileId;
    await chooseLanguage(context, baseURL!, locale);
    await signInAs(context, baseURL!, amina);
    await page.goto(`/requests/new?coach=${carlosProfile}`);
    const form = page.getByRole("form", { name: msg(locale, "requests.title") });
    const first = form.getByLabel(msg(locale, "requests.choice1"));
    await expect(first).toHaveValue(carlosProfile);
    const message =
      locale === "en"
        ? "Half an hour of typing: I would like help with a difficult working relationship."
        : "J'aimerais de l'aide pour une relation de travail difficile avec mon équipe.";
    const textarea = form.getByLabel(msg(locale, "requests.message"));
    await textarea.fill(message);

    // Choosing the same coach twice is refused in the form, beside the second choice.
    const second = form.getByLabel(msg(locale, "requests.choice2"));
    await second.selectOption(carlosProfile);
    await form.getByRole("button", { name: msg(locale, "requests.submit") }).click();
    await expect(second).toHaveAttribute("aria-invalid", "true");
    await expect(second).toHaveAccessibleDescription(msg(locale, "errors.duplicateChoice"));
    await expect(textarea).toHaveValue(message);
    await second.selectOption("");

    // Carlos pauses while Amina is typing: the server refuses, beside the first choice.
    await query(`update "MatchingProfile" set availability = 'paused' where id = $1`, [carlosProfile]);
    await form.getByRole("button", { name: msg(locale, "requests.submit") }).click();
    await expect(first).toHaveAttribute("aria-invalid", "true");
    await expect(first).toHaveAccessibleDescription(msg(locale, "errors.coachPaused"));
    await expect(form.getByText(msg(locale, "errors.coachPaused"))).toBeVisible();
    await expect(textarea).toHaveValue(message);
    await expect(first).toHaveValue(carlosProfile);
    await expect(page).toHaveURL((url) => url.pathname === "/requests/new");
    expect(await query(`select id from "MatchRequest" where "seekerId" = $1`, [amina.id])).toEqual([]);
  });
}

test("Amina ends her engagement with Carlos early: he is told and the admin reads why", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(120_000);
  // Amina and Carlos have been working together for twenty days; Ade is a programme admin.
  const { programme, cohort, amina, carlos } = await aminaAndCarlos(make);
  const { id: engagementId } = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: carlos.profileId,
    seekerId: amina.id,
    status: "active",
    startedAt: new Date(Date.now() - 20 * 86_400_000),
  });
  const carlosMailsBefore = await outboxIds(carlos.email);
  const reason = `My new post leaves no time for the sessions this year. (${randomBytes(3).toString("hex")})`;
  const t = (key: string, values?: Record<string, string>) => msg("en", `engagements.${key}`, values);
  const a = await signedInPage(browser, baseURL!, amina, "en");
  const ade = await signedInPage(
    browser,
    baseURL!,
    await make.staff("Ade Okafor", { roles: ["programme_admin"] }),
    "en",
  );
  try {
    const p = a.page;
    await p.goto("/engagements");
    const item = p.getByRole("region", { name: t("active.title") }).getByTestId("engagement-active");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(carlos.name);
    await item.getByRole("button", { name: t("active.end") }).click();
    // The reason is required.
    await item.getByRole("button", { name: t("active.confirmEnd") }).click();
    await expect(item.getByText(msg("en", "errors.endReasonRequired"))).toBeVisible();
    await item.getByLabel(t("active.endReason", { name: carlos.name })).fill(reason);
    await item.getByRole("button", { name: t("active.confirmEnd") }).click();

    // Ended: no current engagement, one past one with the reason.
    await expect(p.getByRole("region", { name: t("active.title") })).toContainText(t("active.none"));
    const past = p.getByRole("region", { name: t("past.title") }).getByTestId("engagement-ended");
    await expect(past).toHaveCount(1);
    await expect(past).toContainText(carlos.name);
    await expect(past).toContainText(prefixOf("en", "engagements.past.ended"));
    await expect(past).toContainText(t("past.byYou"));
    await expect(past).toContainText(reason);
    const [row] = await query<{ status: string; endReason: string; endedById: string }>(
      `select status, "endReason", "endedById" from "Engagement" where id = $1`,
      [engagementId],
    );
    expect(row).toEqual({ status: "ended", endReason: reason, endedById: amina.id });

    // Carlos is told, in French, with the reason.
    const subject = msg("fr", "email.requests.ended.subject", { name: amina.name });
    await expect
      .poll(async () => (await newEmailsTo(carlos.email, carlosMailsBefore)).map((e) => e.subject))
      .toContain(subject);
    const mail = (await newEmailsTo(carlos.email, carlosMailsBefore)).find((e) => e.subject === subject)!;
    expect(mail.text).toContain(reason);

    // Ade, the programme admin, reads the reason.
    const ta = (key: string) => msg("en", `engagements.admin.${key}`);
    await ade.page.goto("/admin/programmes");
    const ended = ade.page.getByRole("region", { name: ta("title") });
    const line = ended.getByRole("row").filter({ hasText: reason });
    await expect(line).toHaveCount(1);
    await expect(line.getByRole("cell").nth(1)).toHaveText(amina.name);
    await expect(line.getByRole("cell").nth(2)).toHaveText(carlos.name);
    await expect(line.getByRole("cell").nth(3)).toHaveText(ta("byClient"));
    await expect(line.getByRole("cell").nth(5)).toHaveText(new RegExp(`^${escaped(reason)}$`));
  } finally {
    await a.context.close();
    await ade.context.close();
  }
});
