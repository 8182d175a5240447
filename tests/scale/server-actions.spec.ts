// Server actions work whichever instance gets them: a programme admin creates cohorts with the real
// form in Chromium, the page drawn by one instance and the form's action run by the other (both
// ways), then twice more through the load balancer as it pleases.
import { randomBytes } from "node:crypto";
import { expectCohortCreated, sendCohortForm } from "./cohort-form";
import { expect, isActionPost, named, PIN_HEADER, query, servedBy, signedInContext, test } from "./scale-fixtures";

test("a form drawn by one instance is sent to the other, both ways, and through the load balancer", async ({
  browser,
  make,
}) => {
  const ade = await make.staff("Ade Okafor", { roles: ["programme_admin"] });
  const programme = await make.programme({ nameEn: named("Scale Coaching Programme") });
  const context = await signedInContext(browser, ade);
  try {
    const page = await context.newPage();
    // Which instance draws the page and which one runs the action, round by round (none: the load balancer's turn).
    const rounds: { page?: string; action?: string }[] = [
      { page: "a", action: "b" },
      { page: "b", action: "a" },
      {},
      {},
    ];
    let round = rounds[0];
    await page.route("**/*", async (route) => {
      const target = isActionPost(route.request()) ? round.action : round.page;
      if (!target) return route.continue();
      return route.continue({ headers: { ...(await route.request().allHeaders()), [PIN_HEADER]: target } });
    });

    const tag = randomBytes(3).toString("hex");
    const ran: { page: string; action: string }[] = [];
    for (const [i, r] of rounds.entries()) {
      round = r;
      const drawn = servedBy(await page.goto(`/admin/programmes/${programme.slug}/cohorts/new`));
      const cohort = { slug: `scale-${tag}-${i}`, name: `Scale ${tag} round ${i + 1}` };
      const action = await sendCohortForm(page, cohort);
      const answered = servedBy(await action.response());
      ran.push({ page: drawn, action: answered });
      await expectCohortCreated(page, cohort.name);
      const stored = await query(`select id from "Cohort" where "programmeId" = $1 and slug = $2`, [
        programme.id,
        cohort.slug,
      ]);
      expect(stored).toHaveLength(1);
    }
    expect(ran.slice(0, 2)).toEqual([
      { page: "a", action: "b" },
      { page: "b", action: "a" },
    ]);
    const cohorts = await query(`select id from "Cohort" where "programmeId" = $1`, [programme.id]);
    expect(cohorts).toHaveLength(rounds.length);
  } finally {
    await context.close();
  }
});
