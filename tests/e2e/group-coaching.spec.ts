// Group coaching in the browser: a coach, in French, schedules the second session of a group of
// four clients and marks the opening session held; every member is e-mailed the invitation; a
// member, in English, gives their own evaluation (the page passes axe-core); a stranger is told
// the group does not exist. The programme, cohort, coach, clients and group are the test's own.
import AxeBuilder from "@axe-core/playwright";
import { GROUP_PLAN } from "../../lib/domain/group-coaching";
import { expect, msg, named, outboxEmailsTo, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("a coach schedules a session for a group of four in French; a member evaluates in English", async ({
  browser,
  baseURL,
  make,
  db,
}) => {
  test.setTimeout(120_000);
  const programme = await make.programme({ type: "coaching", offersGroupCoaching: true });
  const cohort = await make.cohort({ programmeId: programme.id });
  const coach = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: "fr" });
  const members = await Promise.all(
    ["Amina Diallo", "Kofi Mensah", "Lena Novak", "Ravi Iyer"].map((name) =>
      make.staff(name, { roles: ["client"], enrolIn: { cohortId: cohort.id, role: "client" } }),
    ),
  );
  const openingAt = new Date(Date.now() - 3 * 3_600_000);
  const title = named("Leading through change");
  const group = await db.coachingGroup.create({
    data: {
      programmeId: programme.id,
      cohortId: cohort.id,
      profileId: coach.profileId,
      capacity: 6,
      titleEn: title,
      titleFr: `${title} (fr)`,
      descriptionEn: "Members bring a current situation and coach one another.",
      descriptionFr: "Les membres apportent une situation actuelle et se coachent mutuellement.",
      status: "running",
      startedAt: new Date(),
      members: { create: members.map((m) => ({ userId: m.id })) },
      sessions: {
        create: GROUP_PLAN.map((step, i) => ({
          position: i + 1,
          stepKey: step.key,
          durationMinutes: step.durationMinutes,
          ...(i === 0 ? { status: "scheduled" as const, startsAt: openingAt, timeZone: "Europe/Zurich" } : {}),
        })),
      },
    },
  });
  const url = `/groups/${group.id}`;

  // --- the coach, in French: schedule session 2, mark the opening session held ----------------------
  const c = await signedInPage(browser, baseURL!, coach, "fr");
  try {
    const page = c.page;
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (fr)`);
    for (const m of members)
      await expect(page.getByRole("region", { name: msg("fr", "groups.page.members") })).toContainText(m.name);
    const second = msg("fr", "groups.sessionTitle", { position: "2", name: msg("fr", "groups.plan.session-2.title") });
    const form = page.getByRole("form", { name: msg("fr", "groups.schedule.legend", { title: second }) });
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel(msg("fr", "groups.schedule.when")).fill(`${day}T14:00`);
    await form.getByLabel(msg("fr", "groups.schedule.timeZone")).selectOption("Europe/Zurich");
    await form.getByRole("button", { name: msg("fr", "groups.schedule.submit") }).click();
    await expect(page.getByText(msg("fr", "groups.schedule.saved"))).toBeVisible();
    const opening = msg("fr", "groups.sessionTitle", { position: "1", name: msg("fr", "groups.plan.opening.title") });
    await page.getByRole("button", { name: msg("fr", "groups.held.mark", { title: opening }) }).click();
    await expect(page.getByText(msg("fr", "groups.held.done"))).toBeVisible();
  } finally {
    await c.context.close();
  }
  // Every member got the invitation, in their language (English).
  for (const m of members) {
    const mails = await outboxEmailsTo(m.email);
    const second = msg("en", "groups.sessionTitle", { position: "2", name: msg("en", "groups.plan.session-2.title") });
    expect(mails.some((e) => e.subject.includes(title) && e.subject.includes(second))).toBe(true);
  }

  // --- a member, in English: their own evaluation of the opening session --------------------------
  const a = await signedInPage(browser, baseURL!, members[0], "en");
  try {
    const page = a.page;
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    const opening = msg("en", "groups.sessionTitle", { position: "1", name: msg("en", "groups.plan.opening.title") });
    const form = page.getByRole("form", { name: msg("en", "groups.evaluation.title", { title: opening }) });
    await form.getByRole("radio").nth(3).check();
    await form.getByLabel(msg("en", "feedback.panel.comment")).fill("Hearing how others handle it helped me.");
    await form.getByRole("button", { name: msg("en", "groups.evaluation.submit") }).click();
    await expect(page.getByText(msg("en", "groups.evaluation.thanks"))).toBeVisible();
    await page.reload();
    await expect(page.getByText(msg("en", "groups.evaluation.yours", { value: "4" }))).toBeVisible();
  } finally {
    await a.context.close();
  }

  // --- a stranger: no such group --------------------------------------------------------------------
  const stranger = await make.staff("Sam Stranger", { roles: ["client"] });
  const s = await signedInPage(browser, baseURL!, stranger, "en");
  try {
    const response = await s.page.goto(url);
    expect(response?.status()).toBe(404);
  } finally {
    await s.context.close();
  }
});

test("clients of the cohort join a forming group, from the list in English and from its page in French", async ({
  browser,
  baseURL,
  make,
  db,
}) => {
  const programme = await make.programme({ type: "coaching", offersGroupCoaching: true });
  const cohort = await make.cohort({ programmeId: programme.id });
  const coach = await make.coach({ name: named("Carlos Mendes") });
  const [first, second] = await Promise.all(
    ["Amina Diallo", "Kofi Mensah"].map((name) =>
      make.staff(name, { roles: ["client"], enrolIn: { cohortId: cohort.id, role: "client" } }),
    ),
  );
  const title = named("New in management");
  const group = await db.coachingGroup.create({
    data: {
      programmeId: programme.id,
      cohortId: cohort.id,
      profileId: coach.profileId,
      capacity: 4,
      titleEn: title,
      titleFr: `${title} (fr)`,
      descriptionEn: "First-time managers compare notes.",
      descriptionFr: "Des cadres débutants comparent leurs pratiques.",
      status: "forming",
      sessions: {
        create: GROUP_PLAN.map((step, i) => ({
          position: i + 1,
          stepKey: step.key,
          durationMinutes: step.durationMinutes,
        })),
      },
    },
  });

  // From the list, in English: the confirmation stays once the list shows her as a member.
  const a = await signedInPage(browser, baseURL!, first, "en");
  try {
    const page = a.page;
    await page.goto("/groups");
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await item.getByRole("button", { name: msg("en", "groups.join") }).click();
    await expect(item.getByText(msg("en", "groups.youAreMember"))).toBeVisible();
    await expect(item.getByRole("status")).toHaveText(msg("en", "groups.joined"));
    await expect(item.getByRole("button", { name: msg("en", "groups.join") })).toHaveCount(0);
  } finally {
    await a.context.close();
  }

  // From the group's page, in French: the same, and the members now number two.
  const k = await signedInPage(browser, baseURL!, second, "fr");
  try {
    const page = k.page;
    await page.goto(`/groups/${group.id}`);
    await expect(page.getByText(msg("fr", "groups.page.visitorNote"))).toBeVisible();
    await page.getByRole("button", { name: msg("fr", "groups.join") }).click();
    await expect(page.getByRole("status")).toHaveText(msg("fr", "groups.joined"));
    await expect(page.getByText(msg("fr", "groups.page.visitorNote"))).toHaveCount(0);
    await expect(page.getByRole("button", { name: msg("fr", "groups.join") })).toHaveCount(0);
  } finally {
    await k.context.close();
  }
  expect(await db.coachingGroupMember.count({ where: { groupId: group.id } })).toBe(2);
});
