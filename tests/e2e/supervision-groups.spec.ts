// Group supervision in the browser: a programme admin schedules a session in English; a coach
// registers in French (and is e-mailed the invitation); the session takes place last month; its
// supervisor records attendance, and the cohort dashboard's supervision figure follows. The people,
// programme and cohort are the test's own.
import AxeBuilder from "@axe-core/playwright";
import { expect, msg, named, outboxEmailsTo, query, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const axe = async (page: import("@playwright/test").Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id);

const monthsAgo = (n: number, day = 1) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, day));
};
const two = (n: number) => String(n).padStart(2, "0");

test("an admin schedules a supervision session, a coach registers, the supervisor records attendance, the dashboard follows", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(150_000);
  const programme = await make.programme({ nameEn: named("Supervision programme") });
  const cohort = await make.cohort({ programmeId: programme.id, startsOn: monthsAgo(2), endsOn: monthsAgo(-6) });
  const supervisor = await make.coach({ name: named("Lina Haddad"), supervisorSince: monthsAgo(6) });
  const coach = await make.coach({ name: named("Karim Benali"), preferredLanguage: "fr" });
  const client = await make.staff("Ana Lopez", { roles: ["client"], enrolIn: cohort.id });
  await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: coach.profileId,
    seekerId: client.id,
    status: "active",
    startedAt: monthsAgo(2, 3),
  });
  const admin = await make.staff("Ade Admin", { roles: ["programme_admin"] });
  const a = await signedInPage(browser, baseURL!, admin, "en");
  const k = await signedInPage(browser, baseURL!, coach, "fr");
  const s = await signedInPage(browser, baseURL!, supervisor, "en");
  try {
    // --- the admin, in English: schedules it for 20 days from now ----------------------------------
    const ap = a.page;
    await ap.goto("/admin/supervision");
    const form = ap.getByRole("form", { name: msg("en", "supervisionGroups.schedule.title") });
    await form
      .getByLabel(msg("en", "supervisionGroups.schedule.supervisor"), { exact: true })
      .selectOption({ label: supervisor.name });
    const when = new Date(Date.now() + 20 * 86_400_000);
    await form
      .getByLabel(msg("en", "supervisionGroups.schedule.when"))
      .fill(`${when.getUTCFullYear()}-${two(when.getUTCMonth() + 1)}-${two(when.getUTCDate())}T10:00`);
    await form.getByLabel(msg("en", "supervisionGroups.schedule.timeZone")).selectOption("UTC");
    // Too few seats: told beside the field, nothing typed lost.
    await form.getByLabel(msg("en", "supervisionGroups.schedule.seats")).fill("1");
    await form.getByRole("button", { name: msg("en", "supervisionGroups.schedule.submit") }).click();
    await expect(form.getByText(msg("en", "errors.supervisionSeatsInvalid"))).toBeVisible();
    await form.getByLabel(msg("en", "supervisionGroups.schedule.seats")).fill("2");
    await form.getByRole("button", { name: msg("en", "supervisionGroups.schedule.submit") }).click();
    await expect(form.getByText(msg("en", "supervisionGroups.schedule.done"))).toBeVisible();
    const row = ap.getByTestId("group-session").filter({ hasText: supervisor.name });
    await expect(row.getByTestId("seats-taken")).toHaveText("0 of 2 seats taken");
    expect(await axe(ap)).toEqual([]);
    const [{ id }] = await query<{ id: string }>(
      `select s.id from "SupervisionSession" s where s."supervisorUserId" = $1`,
      [supervisor.id],
    );

    // --- the coach, in French: registers ------------------------------------------------------------
    const kp = k.page;
    await kp.goto("/coach/supervision");
    const open = kp.getByTestId("open-group-session").filter({ hasText: supervisor.name });
    await open.getByRole("button", { name: new RegExp(`^${msg("fr", "supervisionGroups.coach.register")}`) }).click();
    await expect(open.getByText(msg("fr", "supervisionGroups.coach.registered"))).toBeVisible();
    await expect(open.getByTestId("seats-left")).toHaveText("1 place restante sur 2");
    expect(await axe(kp)).toEqual([]);
    await expect
      .poll(async () => (await outboxEmailsTo(coach.email)).map((m) => m.subject))
      .toEqual([expect.stringMatching(/^Supervision de groupe : /)]);

    // --- the session took place last month ----------------------------------------------------------
    await query(`update "SupervisionSession" set "startsAt" = $2 where id = $1`, [
      id,
      new Date(monthsAgo(1, 12).getTime() + 10 * 3_600_000),
    ]);
    const figure = ap.getByTestId("figure-supervision");
    await ap.goto(`/admin/cohorts/${cohort.id}`);
    await expect(figure).toContainText(msg("en", "dashboard.cards.supervisionDetail", { attended: "0", due: "2" }));

    // --- the supervisor records attendance ----------------------------------------------------------
    const sp = s.page;
    await sp.goto("/coach/supervision");
    await sp
      .getByRole("region", { name: msg("en", "supervisionGroups.led.title") })
      .getByRole("link")
      .first()
      .click();
    await expect(sp).toHaveURL(new RegExp(`/supervision/sessions/${id}$`));
    await sp
      .getByRole("group", { name: coach.name })
      .getByLabel(msg("en", "supervisionGroups.attendance.attended"))
      .check();
    await sp.getByRole("button", { name: msg("en", "supervisionGroups.attendance.save") }).click();
    await expect(sp.getByText(msg("en", "supervisionGroups.attendance.saved"))).toBeVisible();
    expect(await axe(sp)).toEqual([]);

    // --- the dashboard's figure follows; the coach reads the record as a group session ------------
    await ap.reload();
    await expect(figure).toContainText(msg("en", "dashboard.cards.supervisionDetail", { attended: "1", due: "2" }));
    await kp.reload();
    await expect(kp.getByTestId("supervision-record").first()).toContainText(
      msg("fr", "supervisionGroups.source.group"),
    );
  } finally {
    await Promise.all([a.context.close(), k.context.close(), s.context.close()]);
  }
});
