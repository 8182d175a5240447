// How long a coach has to answer a check-in, as the pages say it: two days on a new tripartite
// programme (the tripartite coaching document's rule), two working days once the programme admin
// ticks the setting on the programme's form. The spec makes its own programme, so the seeded one
// (and every other spec's missions) keep their setting.
import { expect, msg, signedInPage, test } from "./fixtures";

test("a programme admin makes check-ins count working days, and the coachee's mission page says so in both languages", async ({
  browser,
  baseURL,
  make,
}) => {
  const programme = await make.programme({ type: "tripartite_coaching" });
  const [admin, sponsor, coachee, coach] = [
    await make.staff("Ade Admin", { roles: ["programme_admin"] }),
    await make.staff("Sam Taylor", { roles: ["sponsor"] }),
    await make.staff("Amina Diallo", { roles: ["client"] }),
    await make.coach({}),
  ];
  const mission = await make.mission({
    programmeId: programme.id,
    sponsorId: sponsor.id,
    coacheeId: coachee.id,
    coachProfileId: coach.profileId,
    status: "in_progress",
  });

  // As the seed says: two days, weekends included.
  const c = await signedInPage(browser, baseURL!, coachee, "en");
  await c.page.goto(`/missions/${mission.id}`);
  const checkIns = c.page.getByRole("region", { name: msg("en", "checkIns.title") });
  await expect(checkIns.getByText("The coach answers within two days.")).toBeVisible();
  await expect(checkIns.getByText(/answers within two days\.$/)).toBeVisible();

  // The programme admin ticks working days on the programme's form.
  const a = await signedInPage(browser, baseURL!, admin, "en");
  await a.page.goto(`/admin/programmes/${programme.slug}`);
  const workingDays = a.page.getByRole("checkbox", { name: msg("en", "adminProgrammes.form.checkInWorkingDays") });
  await expect(workingDays).not.toBeChecked();
  await workingDays.check();
  await a.page.getByRole("button", { name: msg("en", "adminProgrammes.form.save") }).click();
  await expect(a.page).toHaveURL(/\/admin\/programmes\?saved=programme/);
  const summary = a.page.locator(`#programme-${programme.slug}`);
  await expect(summary.getByText(msg("en", "adminProgrammes.summary.checkIns"))).toBeVisible();
  await expect(summary.getByText("two working days", { exact: true })).toBeVisible();

  // The coachee's page now says two working days, in English and in French.
  await c.page.reload();
  await expect(checkIns.getByText("The coach answers within two working days (Monday to Friday).")).toBeVisible();
  await expect(checkIns.getByText(/answers within two working days\.$/)).toBeVisible();
  const f = await signedInPage(browser, baseURL!, coachee, "fr");
  await f.page.goto(`/missions/${mission.id}`);
  const pointsDeContact = f.page.getByRole("region", { name: msg("fr", "checkIns.title") });
  await expect(
    pointsDeContact.getByText("Le coach répond dans les deux jours ouvrés (du lundi au vendredi)."),
  ).toBeVisible();

  for (const ctx of [c, a, f]) await ctx.context.close();
});
