// Many people at once on the server `npm run demo` runs (the embedded database in the PGlite run,
// a PostgreSQL server in the other): twenty staff members press "Join the cohort" at the same
// instant for a cohort with five seats left. Every one of them gets a right answer — a seat or a
// place on the waiting list — and the seats hold: five enrolled, fifteen waiting, no error, no
// "signed out", no duplicate.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { COACHING_FIGURES } from "../../lib/domain/session-plans";
import { expect, msg, query, signInAs, test } from "./fixtures";

/** The commitment's label, with the coaching plan's figures as the page writes them. */
const en = JSON.parse(readFileSync("messages/en.json", "utf8"));
const commitment = createTranslator({ locale: "en", messages: en })(
  "enrolment.join.commitmentCoaching",
  COACHING_FIGURES,
);

const PEOPLE = 20;
const SEATS = 5;

test("twenty people joining a five-seat cohort at the same instant all get a right answer", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const tag = randomBytes(4).toString("hex");
  const slug = `rush-${tag}`;
  const [programme] = await query<{ id: string }>(
    `insert into "Programme" (id, slug, type, "nameEn", "nameFr", "descriptionEn", "descriptionFr", "sessionPlan")
     values ($1, $2, 'coaching', $3, $3, 'A programme made by a test.', 'Un programme créé par un test.', 'coaching')
     returning id`,
    [`prog_${tag}`, slug, `Rush ${tag}`],
  );
  const [cohort] = await query<{ id: string }>(
    `insert into "Cohort" (id, "programmeId", slug, "nameEn", "nameFr", "startsOn", "endsOn", "enrolmentOpensOn", "enrolmentClosesOn", seats, status)
     values ($1, $2, 'now', $3, $3, current_date + 7, current_date + 180, current_date - 1, current_date + 30, $4, 'open')
     returning id`,
    [`coh_${tag}`, programme.id, `Rush ${tag} cohort`, SEATS],
  );

  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  try {
    for (let i = 0; i < PEOPLE; i++) {
      const email = `rush-${tag}-${i}@example.org`;
      await query(
        `with u as (insert into "User" (id, email, name, "appointmentType", "updatedAt")
                    values ($1, $2, $3, 'fixed_term', now()) returning id)
         insert into "RoleGrant" (id, "userId", role) select $4, id, 'client' from u`,
        [`usr_${tag}_${i}`, email, `Rush ${i}`, `rg_${tag}_${i}`],
      );
      const context = await browser.newContext();
      await signInAs(context, baseURL!, email);
      const page = await context.newPage();
      await page.goto(`/programmes/${slug}`);
      await page.getByRole("checkbox", { name: commitment }).check();
      contexts.push(context);
      pages.push(page);
    }

    // All at once.
    await Promise.all(
      pages.map((page) => page.getByRole("button", { name: msg("en", "enrolment.join.button") }).click()),
    );

    const enrolledTitle = msg("en", "enrolment.enrolled.title");
    const waitlistedTitle = msg("en", "enrolment.waitlisted.title");
    const answers = await Promise.all(
      pages.map(async (page) => {
        // The heading may carry a mark before the words (✓).
        const heading = page.getByRole("heading", { name: new RegExp(`(${enrolledTitle}|${waitlistedTitle})$`) });
        await expect(heading).toBeVisible({ timeout: 60_000 });
        const text = (await heading.textContent()) ?? "";
        return text.endsWith(enrolledTitle) ? enrolledTitle : text.endsWith(waitlistedTitle) ? waitlistedTitle : text;
      }),
    );
    expect(answers.filter((a) => a === enrolledTitle)).toHaveLength(SEATS);
    expect(answers.filter((a) => a === waitlistedTitle)).toHaveLength(PEOPLE - SEATS);
    for (const page of pages) {
      for (const error of ["errors.signedOut", "errors.generic", "errors.forbidden"]) {
        await expect(page.getByText(msg("en", error))).toHaveCount(0);
      }
    }

    const rows = await query<{ status: string; n: number }>(
      `select status::text, count(*)::int as n from "CohortEnrolment" where "cohortId" = $1 group by status order by status`,
      [cohort.id],
    );
    expect(rows).toEqual([
      { status: "enrolled", n: SEATS },
      { status: "waitlisted", n: PEOPLE - SEATS },
    ]);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
    await query(`delete from "CohortEnrolment" where "cohortId" = $1`, [cohort.id]);
    await query(`delete from "Cohort" where id = $1`, [cohort.id]);
    await query(`delete from "Programme" where id = $1`, [programme.id]);
    await query(`delete from "Session" where "userId" like $1`, [`usr_${tag}_%`]);
    await query(`delete from "AuditLog" where "actorId" like $1`, [`usr_${tag}_%`]);
    await query(`delete from "OutboxEmail" where "to" like $1`, [`rush-${tag}-%`]);
    await query(`delete from "User" where id like $1`, [`usr_${tag}_%`]);
  }
});
