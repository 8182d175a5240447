// Sessions, as the people involved see them: Carlos (coach, in French) proposes the introduction
// meeting to Amina (client, in English), she accepts, both get the calendar invitation, and once the
// meeting has taken place he marks it completed. María (mentor) and Mehdi (mentee) work through the
// first mentoring session's checklist, each with their own ticks and private notes. The
// programmes, cohorts, people and engagements are each test's own.
import { randomBytes } from "node:crypto";
import ICAL from "ical.js";
import { instantToLocalTime } from "../../lib/domain/session-schedule";
import type { ProgrammeType } from "../../lib/generated/prisma/enums";
import { expect, msg, named, query, signedInPage, test, type E2eFactories } from "./fixtures";

type Locale = "en" | "fr";

/** A programme of `type` of the test's own, with a running cohort. */
async function programmeWithCohort(make: E2eFactories, type: ProgrammeType) {
  const programme = await make.programme({ type, nameEn: named(`Programme ${type}`) });
  const cohort = await make.cohort({ programmeId: programme.id });
  return { programmeId: programme.id, cohortId: cohort.id };
}

/** An active engagement as matching would leave it (its plan is made when one of the two first opens it). */
async function startEngagement(
  make: E2eFactories,
  p: { programmeId: string; cohortId: string; profileId: string; seekerId: string; startedDaysAgo: number },
): Promise<string> {
  const { startedDaysAgo, ...engagement } = p;
  const made = await make.engagement({
    ...engagement,
    status: "active",
    startedAt: new Date(Date.now() - startedDaysAgo * 86_400_000),
  });
  return made.id;
}

type Row = {
  id: string;
  kind: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[] | null;
};
const emailsOfKind = (to: string, kind: string, after: Date) =>
  query<Row>(
    `select id, kind, subject, text, attachments from "OutboxEmail" where "to" = $1 and kind = $2 and "createdAt" >= $3 order by "createdAt" desc`,
    [to, kind, after],
  );

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const z of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(z));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { method: calendar.getFirstPropertyValue("method"), event: new ICAL.Event(vevent), vevent };
}

test("Carlos proposes the introduction meeting, Amina accepts, both get the invitation, and he marks it completed", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(180_000);
  // Carlos coaches from Geneva and reads French; Amina works in New York and reads English.
  const coaching = await programmeWithCohort(make, "coaching");
  const carlos = await make.coach({
    name: named("Carlos Mendes"),
    preferredLanguage: "fr",
    timeZone: "Europe/Zurich",
  });
  const amina = await make.staff("Amina Diallo", {
    roles: ["client"],
    timeZone: "America/New_York",
    enrolIn: coaching.cohortId,
  });
  const engagementId = await startEngagement(make, {
    ...coaching,
    profileId: carlos.profileId,
    seekerId: amina.id,
    startedDaysAgo: 1,
  });
  const startedAt = new Date(Date.now() - 60_000);
  const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const te = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const introFr = tf("sessionPlans.coaching.intro.title");
  const introEn = te("sessionPlans.coaching.intro.title");
  const c = await signedInPage(browser, baseURL!, carlos, "fr");
  const a = await signedInPage(browser, baseURL!, amina, "en");
  try {
    // --- Carlos finds the engagement and its plan ------------------------------------------------
    const cp = c.page;
    await cp.goto("/engagements");
    const current = cp
      .getByRole("region", { name: tf("engagements.active.title") })
      .getByTestId("engagement-active")
      .filter({ hasText: amina.name });
    await expect(current.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
    await current.getByRole("link", { name: `${tf("engagementPage.list.open")} — ${amina.name}` }).click();
    await expect(cp).toHaveURL((url) => url.pathname === `/engagements/${engagementId}`);
    await expect(cp.getByRole("heading", { level: 1 })).toHaveText(amina.name);
    await expect(cp.getByTestId("session")).toHaveCount(6);
    const progress = cp.getByRole("progressbar", { name: tf("engagementPage.progress.title") });
    await expect(progress).toHaveAttribute("aria-valuenow", "0");
    await expect(progress).toHaveAttribute("aria-valuemax", "6");
    await expect(cp.getByTestId("next-step")).toContainText(introFr);

    // --- he proposes a time: first one in the past (refused, nothing typed is lost), then a good one
    const intro = cp.getByRole("article", { name: introFr });
    await expect(intro).toContainText(tf("sessions.status.planned"));
    await intro.getByRole("button", { name: `${tf("sessions.actions.propose")} — ${introFr}` }).click();
    const form = intro.getByRole("form", { name: tf("sessions.actions.send") });
    const link = `https://meet.example.org/carlos-amina-${randomBytes(3).toString("hex")}`;
    await form
      .getByLabel(tf("sessions.propose.when"))
      .fill(instantToLocalTime(new Date(Date.now() - 3 * 86_400_000), "Europe/Zurich"));
    await form.getByLabel(tf("sessions.propose.link")).fill(link);
    await form.getByRole("button", { name: tf("sessions.actions.send") }).click();
    await expect(form.getByText(tf("errors.sessionTimeInPast"))).toBeVisible();
    await expect(form.getByLabel(tf("sessions.propose.link"))).toHaveValue(link);
    // 10:00 in Geneva three days from now = 04:00 in New York (both on winter or both on summer time… or not: read it back below).
    const day = new Date(Date.now() + 3 * 86_400_000);
    const local = `${instantToLocalTime(day, "Europe/Zurich").slice(0, 10)}T10:00`;
    await form.getByLabel(tf("sessions.propose.when")).fill(local);
    await form.getByRole("button", { name: tf("sessions.actions.send") }).click();
    await expect(intro).toContainText(tf("sessions.status.proposed"));
    await expect(intro).toContainText("10:00 (Europe/Zurich)");
    const [row] = await query<{ id: string; startsAt: Date; timeZone: string; status: string }>(
      `select id, "startsAt", "timeZone", status from "EngagementSession" where "engagementId" = $1 and position = 1`,
      [engagementId],
    );
    expect(row).toMatchObject({ status: "proposed", timeZone: "Europe/Zurich" });
    expect(instantToLocalTime(new Date(row.startsAt), "Europe/Zurich")).toBe(local);

    // --- Amina reads it in her own time zone and accepts ------------------------------------
    const ap = a.page;
    await ap.goto(`/engagements/${engagementId}`);
    const hers = ap.getByRole("article", { name: introEn });
    await expect(hers).toContainText(te("sessions.status.proposed"));
    const hersAt = new Intl.DateTimeFormat("en", { timeStyle: "short", timeZone: "America/New_York" }).format(
      new Date(row.startsAt),
    );
    await expect(hers).toContainText(`${hersAt} (America/New York)`);
    await expect(ap.getByTestId("next-step")).toContainText(
      te("engagementPage.next.answer", { name: carlos.name, title: introEn }),
    );
    await hers.getByRole("button", { name: `${te("sessions.actions.accept")} — ${introEn}` }).click();
    await expect(hers).toContainText(te("sessions.status.scheduled"));
    await expect(hers.getByRole("link", { name: te("sessions.joinLink") })).toHaveAttribute("href", link);

    // --- the invitation is in the outbox for both, the same event ---------------------------------
    const events = [];
    for (const [to, lang] of [
      [amina.email, "en"],
      [carlos.email, "fr"],
    ] as const) {
      const [email] = await emailsOfKind(to, "session-scheduled", startedAt);
      expect(email, `confirmation to ${to}`).toBeTruthy();
      expect(email.subject).toContain(msg(lang, "sessionPlans.coaching.intro.title"));
      expect(email.attachments).toHaveLength(1);
      const [file] = email.attachments!;
      expect(file).toMatchObject({
        filename: "binome-session-1.ics",
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
      });
      const ics = parseIcs(file.content);
      expect(ics.method).toBe("REQUEST");
      expect(ics.vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Zurich");
      expect(ics.event.startDate.toJSDate().getTime()).toBe(new Date(row.startsAt).getTime());
      expect(ics.event.location).toBe(link);
      events.push(ics.event);
    }
    expect(events[0].uid).toBe(`${row.id}@binome`);
    expect(events[1].uid).toBe(events[0].uid);
    expect([events[0].sequence, events[1].sequence]).toEqual([0, 0]);

    // The outbox page offers the attachment; the engagement page offers the same event.
    await ap.goto("/dev/outbox");
    const mail = ap
      .getByTestId("outbox-email")
      .filter({ hasText: te("sessions.email.scheduled.subject", { title: introEn, name: carlos.name }) })
      .first();
    const attachment = mail.getByRole("link", { name: /binome-session-1\.ics/ });
    await expect(attachment).toBeVisible();
    const fromOutbox = await ap.request.get((await attachment.getAttribute("href"))!);
    expect(fromOutbox.headers()["content-type"]).toContain("text/calendar");
    expect(parseIcs(await fromOutbox.text()).event.uid).toBe(events[0].uid);
    await ap.goto(`/engagements/${engagementId}`);
    const download = await ap.request.get(
      (await ap.getByRole("link", { name: te("sessions.icsDownload") }).getAttribute("href"))!,
    );
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("binome-session-1.ics");
    const downloaded = parseIcs(await download.text());
    expect([downloaded.event.uid, downloaded.event.sequence, downloaded.method]).toEqual([events[0].uid, 0, "REQUEST"]);

    // --- before the meeting it cannot be marked completed; once it has taken place, Carlos marks it
    await cp.reload();
    await expect(intro).toContainText(tf("sessions.status.scheduled"));
    await expect(intro.getByRole("checkbox", { name: `${tf("sessions.select")} — ${introFr}` })).toHaveCount(0);
    await query(`update "EngagementSession" set "startsAt" = now() - interval '1 hour' where id = $1`, [row.id]);
    await cp.reload();
    await expect(intro).toContainText(tf("sessions.heldQuestion"));
    await intro.getByRole("checkbox", { name: `${tf("sessions.select")} — ${introFr}` }).check();
    await cp.getByRole("button", { name: tf("sessions.complete.button") }).click();
    await expect(intro).toContainText(tf("sessions.status.completed"));
    await expect(progress).toHaveAttribute("aria-valuenow", "1");
    await expect(progress).toHaveAttribute("aria-valuetext", "1 séance terminée sur 6");
    // Amina is asked for her one-minute evaluation.
    const [asked] = await emailsOfKind(amina.email, "sessions-completed", startedAt);
    expect(asked.text).toContain(introEn);
    await ap.reload();
    await expect(ap.getByRole("progressbar", { name: te("engagementPage.progress.title") })).toHaveAttribute(
      "aria-valuetext",
      "1 of 6 sessions completed",
    );
  } finally {
    await Promise.all([c.context.close(), a.context.close()]);
  }
});

test("María and Mehdi work through the first mentoring session's checklist, each with their own ticks and private notes", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(180_000);
  // A mentoring programme of the test's own: María mentors in it, Mehdi (reading French) is a
  // mentee of its cohort, and a fresh engagement of the two starts the plan from its first session.
  // Amina, a client of no part in it, looks on.
  const mentoring = await programmeWithCohort(make, "mentoring");
  const maria = await make.mentor({
    programmeId: mentoring.programmeId,
    name: named("María López"),
    capacity: 2,
    expertiseAreas: ["career"],
    coachingLanguages: ["en", "fr"],
    careerPath: "Field logistics, then policy work.",
    bioEn: "Mentor.",
    enrolIn: mentoring.cohortId,
  });
  const mehdi = await make.staff("Mehdi Benali", {
    roles: ["mentee"],
    preferredLanguage: "fr",
    enrolIn: mentoring.cohortId,
  });
  const amina = await make.staff("Amina Diallo", { roles: ["client"] });
  const engagementId = await startEngagement(make, {
    ...mentoring,
    profileId: maria.profileId,
    seekerId: mehdi.id,
    startedDaysAgo: 2,
  });
  const te = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const step = "sessionPlans.mentoring.getting-to-know";
  const note = `Mehdi wants to move to a field post within two years. (${randomBytes(3).toString("hex")})`;
  const m = await signedInPage(browser, baseURL!, maria, "en");
  const h = await signedInPage(browser, baseURL!, mehdi, "fr");
  const a = await signedInPage(browser, baseURL!, amina, "en");
  try {
    // --- María opens the engagement: the nine themed sessions, every two weeks ------------------------
    const mp = m.page;
    await mp.goto(`/engagements/${engagementId}`);
    await expect(mp.getByRole("heading", { level: 1 })).toHaveText(mehdi.name);
    await expect(mp.getByText(te("engagementPage.otherRole.mentoring.coach"), { exact: true })).toBeVisible();
    await expect(mp.getByTestId("session")).toHaveCount(9);
    const first = mp.getByRole("article", { name: te(`${step}.title`) });
    await expect(first).toContainText(te(`${step}.objective`));

    // Her checklist: two "before" items ticked, kept after a reload.
    const checklist = (lang: Locale) => msg(lang, "sessions.checklist.title").split("(")[0].trim();
    await first
      .locator("summary")
      .filter({ hasText: checklist("en") })
      .click();
    const readProfile = first.getByLabel(te(`${step}.before.read-profile`));
    const guidance = first.getByLabel(te(`${step}.before.guidance`));
    await readProfile.check();
    await guidance.check();
    await expect
      .poll(
        async () =>
          (
            await query(
              `select 1 from "SessionChecklistTick" t join "EngagementSession" s on s.id = t."sessionId" where s."engagementId" = $1 and t."userId" = $2`,
              [engagementId, maria.id],
            )
          ).length,
      )
      .toBe(2);
    await expect(first.locator("summary").filter({ hasText: checklist("en") })).toContainText("(2 ");
    await expect(first.getByText(te(`${step}.questions.proudest`))).toBeVisible();

    // Her private note on the session.
    await first
      .locator("summary")
      .filter({ hasText: te("sessions.note.summary") })
      .click();
    await first.getByLabel(te("sessions.note.label")).fill(note);
    await first.getByRole("button", { name: te("sessions.note.save") }).click();
    await expect(first.getByText(te("sessions.note.saved"))).toBeVisible();
    await mp.reload();
    await first
      .locator("summary")
      .filter({ hasText: checklist("en") })
      .click();
    await expect(first.getByLabel(te(`${step}.before.read-profile`))).toBeChecked();
    await expect(first.getByLabel(te(`${step}.before.resources`))).not.toBeChecked();

    // --- Mehdi: his own checklist (nothing of María's), and no trace of her note ---------------------
    const hp = h.page;
    await hp.goto(`/engagements/${engagementId}`);
    await expect(hp.getByText(tf("engagementPage.otherRole.mentoring.client"), { exact: true })).toBeVisible();
    const his = hp.getByRole("article", { name: tf(`${step}.title`) });
    await his
      .locator("summary")
      .filter({ hasText: checklist("fr") })
      .click();
    // His list is the mentee's own (tests/e2e/mentee-checklist.spec.ts): nothing of María's, nothing ticked.
    await expect(his.getByLabel(tf(`${step}.mentee.before.read-profile`))).not.toBeChecked();
    await expect(his.getByLabel(tf(`${step}.before.read-profile`))).toHaveCount(0);
    await his.getByLabel(tf(`${step}.mentee.during.relax`)).check();
    await expect
      .poll(
        async () =>
          (
            await query(
              `select 1 from "SessionChecklistTick" t join "EngagementSession" s on s.id = t."sessionId" where s."engagementId" = $1 and t."userId" = $2 and t."itemKey" = 'mentee.during.relax'`,
              [engagementId, mehdi.id],
            )
          ).length,
      )
      .toBe(1);
    await his
      .locator("summary")
      .filter({ hasText: tf("sessions.note.summary") })
      .click();
    await expect(his.getByLabel(tf("sessions.note.label"))).toHaveValue("");
    expect(await hp.content()).not.toContain(note.slice(0, 30));

    // --- they met on Teams: María marks the session held; Mehdi is reminded of his evaluation -------
    await first.getByRole("checkbox", { name: `${te("sessions.select")} — ${te(`${step}.title`)}` }).check();
    await mp.getByRole("button", { name: te("sessions.complete.button") }).click();
    await expect(first).toContainText(te("sessions.status.completed"));
    await hp.reload();
    await expect(hp.getByRole("progressbar", { name: tf("engagementPage.progress.title") })).toHaveAttribute(
      "aria-valuetext",
      "1 séance terminée sur 9",
    );
    const notice = hp
      .getByRole("article", { name: tf("sessionPlans.mentoring.setting-goals.title") })
      .getByTestId("evaluation-missing");
    await expect(notice).toContainText(tf("sessions.evaluationMissing", { title: tf(`${step}.title`) }));

    // --- nobody else sees the engagement, and María is not a coach in the directory ------------------
    const ap = a.page;
    const response = await ap.goto(`/engagements/${engagementId}`);
    expect(response?.status()).toBe(404);
    await expect(ap.getByRole("heading", { level: 1 })).toHaveText(te("notFound.title"));
    await ap.goto(`/coaches?q=${encodeURIComponent(maria.name)}`);
    await expect(ap.getByTestId("coach-card").filter({ hasText: maria.name })).toHaveCount(0);
  } finally {
    await Promise.all([m.context.close(), h.context.close(), a.context.close()]);
  }
});
