// The last free place of a coach, taken from both instances at the same moment: Carlos has room for
// one more client and two requests; he accepts one in a browser served by instance a and the other
// in a browser served by instance b, at once. Exactly one engagement is made; the other page says
// why it could not be.
import type { Page } from "@playwright/test";
import { expect, isActionPost, msg, named, query, servedBy, signedInContext, test } from "./scale-fixtures";

test("two accepts of a coach's last place, one per instance at once, give one engagement", async ({
  browser,
  make,
}) => {
  const programme = await make.programme({ nameEn: named("Scale Coaching Programme") });
  const cohort = await make.cohort({ programmeId: programme.id });
  const carlos = await make.coach({ name: named("Carlos Mendes"), capacity: 1 });
  const clients = [
    await make.staff("Amina Diallo", { roles: ["client"], enrolIn: cohort.id }),
    await make.staff("Tom Becker", { roles: ["client"], enrolIn: cohort.id }),
  ];
  const dueAt = new Date(Date.now() + 5 * 24 * 3600_000);
  for (const client of clients)
    await make.request({
      programmeId: programme.id,
      cohortId: cohort.id,
      seekerId: client.id,
      choices: [{ profileId: carlos.profileId, status: "pending", askedAt: new Date(), dueAt }],
    });

  const contexts = [await signedInContext(browser, carlos, "a"), await signedInContext(browser, carlos, "b")];
  try {
    const pages: Page[] = [];
    for (const context of contexts) {
      const page = await context.newPage();
      await page.goto("/engagements");
      await expect(page.getByTestId("incoming-request")).toHaveCount(2);
      pages.push(page);
    }
    const accept = (i: number) =>
      pages[i].getByRole("button", { name: `${msg("en", "engagements.coach.accept")} — ${clients[i].name}` });
    // Instance a accepts Amina, instance b accepts Tom, at the same moment.
    const answers = pages.map((page) => page.waitForResponse((r) => isActionPost(r.request())));
    await Promise.all([accept(0).click(), accept(1).click()]);
    expect((await Promise.all(answers)).map((r) => servedBy(r))).toEqual(["a", "b"]);

    // One of the two pages says why; the other took the place.
    const refusal = msg("en", "errors.coachFullAccept");
    const refused = (page: Page) => page.getByRole("alert").filter({ hasText: refusal });
    await expect.poll(async () => (await refused(pages[0]).count()) + (await refused(pages[1]).count())).toBe(1);
    const loser = (await refused(pages[0]).count()) > 0 ? 0 : 1;
    await expect(refused(pages[loser])).toBeVisible();
    const engagements = await query<{ seekerId: string }>(
      `select "seekerId" from "Engagement" where "profileId" = $1 and status = 'active'`,
      [carlos.profileId],
    );
    expect(engagements).toHaveLength(1);
    expect(engagements[0].seekerId).toBe(clients[1 - loser].id);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
