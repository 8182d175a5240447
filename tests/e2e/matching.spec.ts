// Matching a client with a coach, as the people involved see it: Amina finds Carlos in the
// directory, asks him first with two back-up choices, and he accepts (in French); a staff member
// who may not join is told why; a refused request keeps what was typed; and ending an engagement
// early, which the programme admin then reads. Every test puts back what it changed.
import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, msg, outboxEmailsTo, query, signInAs, test, chooseLanguage } from "./fixtures";

const AMINA = "amina.client@example.org";
const CARLOS = "carlos.coach@example.org";
const TOM = "tom.becker@example.org"; // consultant: not eligible as a client
const ADE = "ade.admin@example.org";

type Locale = "en" | "fr";

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The start of a catalogue text, up to its first {placeholder}: for texts that carry a date. */
function prefixOf(locale: Locale, key: string): string {
  return msg(locale, key).split("{")[0].trim();
}

async function idOf(email: string): Promise<string> {
  const [row] = await query<{ id: string }>(`select id from "User" where email = $1`, [email]);
  if (!row) throw new Error(`No user ${email} in the e2e database`);
  return row.id;
}

async function carlosProfileId(): Promise<string> {
  const [row] = await query<{ id: string }>(
    `select c.id from "MatchingProfile" c join "User" u on u.id = c."userId" where u.email = $1`,
    [CARLOS],
  );
  return row.id;
}

/**
 * Amina back to the seed: enrolled in the current coaching cohort, no request, no engagement;
 * Carlos open for requests.
 */
async function resetAmina(): Promise<string> {
  const amina = await idOf(AMINA);
  await query(`delete from "Engagement" where "seekerId" = $1`, [amina]);
  await query(`delete from "MatchRequest" where "seekerId" = $1`, [amina]);
  await query(
    `update "CohortEnrolment" set status = 'enrolled', "withdrawnAt" = null where "userId" = $1 and role = 'client'`,
    [amina],
  );
  await query(`update "MatchingProfile" set availability = 'open' where id = $1`, [await carlosProfileId()]);
  return amina;
}

/** A signed-in browser context with its own page, in the given interface language. */
async function personIn(
  browser: Browser,
  baseURL: string,
  email: string,
  locale: Locale,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: locale === "fr" ? "fr-FR" : "en-GB" });
  await signInAs(context, baseURL, email);
  await chooseLanguage(context, baseURL, locale);
  return { context, page: await context.newPage() };
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
}) => {
  test.setTimeout(180_000);
  const amina = await resetAmina();
  const carlosProfile = await carlosProfileId();
  const carlosMailsBefore = await outboxIds(CARLOS);
  const aminaMailsBefore = await outboxIds(AMINA);
  const t = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const a = await personIn(browser, baseURL!, AMINA, "en");
  const c = await personIn(browser, baseURL!, CARLOS, "fr");
  try {
    // --- the directory, narrowed through its form -------------------------------------------
    const p = a.page;
    await p.goto("/coaches");
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(t("directory.title"));
    const filters = p.getByRole("search", { name: t("directory.filters.label") });
    await filters.getByLabel(t("directory.filters.expertise")).selectOption({ label: t("expertise.leadership") });
    await filters.getByLabel(t("directory.filters.language")).selectOption({ label: "French" });
    await filters.getByRole("button", { name: t("directory.filters.apply") }).click();
    await expect(p).toHaveURL(
      (url) =>
        url.pathname === "/coaches" &&
        url.searchParams.get("expertise") === "leadership" &&
        url.searchParams.get("language") === "fr",
    );
    const chips = p.getByRole("list", { name: t("directory.filters.active") });
    await expect(
      chips.getByRole("link", { name: t("directory.filters.remove", { label: t("expertise.leadership") }) }),
    ).toBeVisible();
    await expect(chips.getByRole("link", { name: t("directory.filters.remove", { label: "French" }) })).toBeVisible();
    // Every coach listed coaches in French.
    const cards = p.getByTestId("coach-card");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const text of await cards.allInnerTexts()) expect(text).toContain("French");
    const carlosCard = cards.filter({
      has: p.getByRole("link", { name: t("directory.card.view", { name: "Carlos Mendes" }) }),
    });
    await expect(carlosCard).toHaveCount(1);
    await expect(carlosCard).toContainText(t("expertise.leadership"));

    // --- his profile, then the request form ----------------------------------------------------
    await carlosCard.getByRole("link", { name: t("directory.card.view", { name: "Carlos Mendes" }) }).click();
    await expect(p).toHaveURL((url) => url.pathname === `/coaches/${carlosProfile}`);
    await expect(p.getByRole("heading", { level: 1 })).toHaveText("Carlos Mendes");
    await p.getByRole("link", { name: t("directory.profile.request") }).click();
    await expect(p).toHaveURL(
      (url) => url.pathname === "/requests/new" && url.searchParams.get("coach") === carlosProfile,
    );
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(t("requests.title"));

    const form = p.getByRole("form", { name: t("requests.title") });
    const first = form.getByLabel(t("requests.choice1"));
    await expect(first).toHaveValue(carlosProfile);
    // Two back-ups: the first two other coaches listed (all of them have a free place).
    const second = form.getByLabel(t("requests.choice2"));
    const options = await second
      .locator("option")
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
    const others = options.filter((o) => o.value && o.value !== carlosProfile).slice(0, 2);
    expect(others).toHaveLength(2);
    for (const o of others) expect(o.text).toMatch(/\d+ free places?$/);
    const backups = others.map((o) => ({ id: o.value, name: o.text.split(" · ")[0] }));
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
    await expect(choices.nth(0)).toContainText("Carlos Mendes");
    await expect(choices.nth(0)).toContainText(prefixOf("en", "engagements.client.choice.pending"));
    for (const [i, b] of backups.entries()) {
      await expect(choices.nth(i + 1)).toContainText(b.name);
      await expect(choices.nth(i + 1)).toContainText(t("engagements.client.choice.waiting"));
    }

    // Carlos is asked by e-mail, in French, with her message.
    await expect
      .poll(async () => (await newEmailsTo(CARLOS, carlosMailsBefore)).map((e) => e.subject))
      .toContain(msg("fr", "email.requests.asked.subject", { client: "Amina Diallo" }));
    const asked = (await newEmailsTo(CARLOS, carlosMailsBefore)).find(
      (e) => e.subject === msg("fr", "email.requests.asked.subject", { client: "Amina Diallo" }),
    )!;
    expect(asked.text).toContain(message);
    expect(asked.text).toContain(msg("fr", "email.requests.asked.messageLabel"));

    // --- Carlos, in French, accepts ------------------------------------------------------------
    const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
    const cp = c.page;
    await cp.goto("/engagements");
    await expect(cp.locator("html")).toHaveAttribute("lang", "fr");
    const incoming = cp.getByTestId("incoming-request").filter({ hasText: "Amina Diallo" });
    await expect(incoming).toHaveCount(1);
    await expect(incoming).toContainText(tf("engagements.kinds.coach.addressed"));
    await expect(incoming).toContainText(message);
    await incoming.getByRole("button", { name: `${tf("engagements.coach.accept")} — Amina Diallo` }).click();
    await expect(cp.getByTestId("incoming-request").filter({ hasText: "Amina Diallo" })).toHaveCount(0);
    const carlosActive = cp
      .getByRole("region", { name: tf("engagements.active.title") })
      .getByTestId("engagement-active")
      .filter({ hasText: "Amina Diallo" });
    await expect(carlosActive).toHaveCount(1);
    await expect(carlosActive).toContainText(tf("engagements.kinds.coach.yourSeeker"));

    // --- Amina sees her coach --------------------------------------------------------------------
    await p.goto("/engagements");
    const aminaActive = p.getByRole("region", { name: t("engagements.active.title") }).getByTestId("engagement-active");
    await expect(aminaActive).toHaveCount(1);
    await expect(aminaActive).toContainText("Carlos Mendes");
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
      [amina],
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
      [amina, carlosProfile],
    );
    expect(engagement.status).toBe("active");

    // Amina is told in English; the back-up coaches received nothing.
    await expect
      .poll(async () => (await newEmailsTo(AMINA, aminaMailsBefore)).map((e) => e.subject))
      .toContain(msg("en", "email.requests.accepted.subject", { coach: "Carlos Mendes" }));
    for (const b of backups) {
      const [backup] = await query<{ email: string }>(
        `select u.email from "User" u join "MatchingProfile" c on c."userId" = u.id where c.id = $1`,
        [b.id],
      );
      const mails = await outboxEmailsTo(backup.email);
      expect(mails.filter((m) => m.text.includes(message))).toEqual([]);
    }
  } finally {
    await a.context.close();
    await c.context.close();
    await resetAmina();
  }
});

for (const locale of ["en", "fr"] as const) {
  test(`a consultant is told why he cannot join the coaching programme (${locale})`, async ({
    page,
    context,
    baseURL,
  }) => {
    const tom = await idOf(TOM);
    const grantId = `e2e_grant_${randomBytes(8).toString("hex")}`;
    // With the client role, the only thing between Tom and a seat is his appointment type.
    const inserted = await query(
      `insert into "RoleGrant" (id, "userId", role) values ($1, $2, 'client') on conflict do nothing returning id`,
      [grantId, tom],
    );
    try {
      await chooseLanguage(context, baseURL!, locale);
      await signInAs(context, baseURL!, TOM);
      await page.goto("/programmes/peer-coaching");
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
    } finally {
      if (inserted.length > 0) await query(`delete from "RoleGrant" where id = $1`, [grantId]);
    }
  });
}

for (const locale of ["en", "fr"] as const) {
  test(`a refused request explains why beside the choice and keeps the message (${locale})`, async ({
    page,
    context,
    baseURL,
  }) => {
    const amina = await resetAmina();
    const carlosProfile = await carlosProfileId();
    try {
      await chooseLanguage(context, baseURL!, locale);
      await signInAs(context, baseURL!, AMINA);
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
      expect(await query(`select id from "MatchRequest" where "seekerId" = $1`, [amina])).toEqual([]);
    } finally {
      await resetAmina();
    }
  });
}

test("Amina ends her engagement with Carlos early: he is told and the admin reads why", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const amina = await resetAmina();
  const carlosProfile = await carlosProfileId();
  const [cohort] = await query<{ cohortId: string; programmeId: string }>(
    `select c.id as "cohortId", c."programmeId" from "CohortEnrolment" e join "Cohort" c on c.id = e."cohortId"
      where e."userId" = $1 and e.role = 'client' and e.status = 'enrolled'`,
    [amina],
  );
  const engagementId = `e2e_eng_${randomBytes(8).toString("hex")}`;
  await query(
    `insert into "Engagement" (id, "programmeId", "cohortId", "profileId", "seekerId", status, "startedAt")
     values ($1, $2, $3, $4, $5, 'active', now() - interval '20 days')`,
    [engagementId, cohort.programmeId, cohort.cohortId, carlosProfile, amina],
  );
  const carlosMailsBefore = await outboxIds(CARLOS);
  const reason = `My new post leaves no time for the sessions this year. (${randomBytes(3).toString("hex")})`;
  const t = (key: string, values?: Record<string, string>) => msg("en", `engagements.${key}`, values);
  const a = await personIn(browser, baseURL!, AMINA, "en");
  const ade = await personIn(browser, baseURL!, ADE, "en");
  try {
    const p = a.page;
    await p.goto("/engagements");
    const item = p.getByRole("region", { name: t("active.title") }).getByTestId("engagement-active");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("Carlos Mendes");
    await item.getByRole("button", { name: t("active.end") }).click();
    // The reason is required.
    await item.getByRole("button", { name: t("active.confirmEnd") }).click();
    await expect(item.getByText(msg("en", "errors.endReasonRequired"))).toBeVisible();
    await item.getByLabel(t("active.endReason", { name: "Carlos Mendes" })).fill(reason);
    await item.getByRole("button", { name: t("active.confirmEnd") }).click();

    // Ended: no current engagement, one past one with the reason.
    await expect(p.getByRole("region", { name: t("active.title") })).toContainText(t("active.none"));
    const past = p.getByRole("region", { name: t("past.title") }).getByTestId("engagement-ended");
    await expect(past).toHaveCount(1);
    await expect(past).toContainText("Carlos Mendes");
    await expect(past).toContainText(prefixOf("en", "engagements.past.ended"));
    await expect(past).toContainText(t("past.byYou"));
    await expect(past).toContainText(reason);
    const [row] = await query<{ status: string; endReason: string; endedById: string }>(
      `select status, "endReason", "endedById" from "Engagement" where id = $1`,
      [engagementId],
    );
    expect(row).toEqual({ status: "ended", endReason: reason, endedById: amina });

    // Carlos is told, in French, with the reason.
    const subject = msg("fr", "email.requests.ended.subject", { name: "Amina Diallo" });
    await expect
      .poll(async () => (await newEmailsTo(CARLOS, carlosMailsBefore)).map((e) => e.subject))
      .toContain(subject);
    const mail = (await newEmailsTo(CARLOS, carlosMailsBefore)).find((e) => e.subject === subject)!;
    expect(mail.text).toContain(reason);

    // Ade, the programme admin, reads the reason.
    const ta = (key: string) => msg("en", `engagements.admin.${key}`);
    await ade.page.goto("/admin/programmes");
    const ended = ade.page.getByRole("region", { name: ta("title") });
    const line = ended.getByRole("row").filter({ hasText: reason });
    await expect(line).toHaveCount(1);
    await expect(line.getByRole("cell").nth(1)).toHaveText("Amina Diallo");
    await expect(line.getByRole("cell").nth(2)).toHaveText("Carlos Mendes");
    await expect(line.getByRole("cell").nth(3)).toHaveText(ta("byClient"));
    await expect(line.getByRole("cell").nth(5)).toHaveText(new RegExp(`^${escaped(reason)}$`));
  } finally {
    await a.context.close();
    await ade.context.close();
    await resetAmina();
  }
});
