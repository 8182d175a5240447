// Finishing what one starts, in the browser, once in English and once in French: a coach stopping
// early is reminded of the duty, must give real reasons, proposes a colleague and suggests another
// way; the client reads the notice (reasons, proposal, seat kept) and asks the colleague in one step.
// Everything is the spec's own: a coaching programme, its cohort, the client's seat, three coaches.
import AxeBuilder from "@axe-core/playwright";
import { expect, msg, named, outboxEmailsTo, query, signedInPage, test } from "./fixtures";

const reasons = "I am posted to a field mission next month, with no connection for our sessions.";

for (const locale of ["en", "fr"] as const) {
  test(`${locale}: a coach ends early with reasons and proposes a colleague; the client asks the colleague from the notice`, async ({
    browser,
    baseURL,
    make,
  }) => {
    test.setTimeout(120_000);
    const t = (key: string, values?: Record<string, string>) => msg(locale, `engagements.active.${key}`, values);
    const programme = await make.programme({ type: "coaching", nameEn: named("Early ending coaching") });
    const cohort = await make.cohort({ programmeId: programme.id, seats: 1 });
    const carlos = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: locale });
    const nadia = await make.coach({ name: named("Nadia Haddad") });
    const amina = await make.staff("Amina Diallo", {
      roles: ["client"],
      enrolIn: cohort.id,
      preferredLanguage: locale,
    });
    await make.engagement({
      programmeId: programme.id,
      cohortId: cohort.id,
      profileId: carlos.profileId,
      seekerId: amina.id,
      startedAt: new Date(Date.now() - 20 * 86_400_000),
    });
    const c = await signedInPage(browser, baseURL!, carlos, locale);
    const a = await signedInPage(browser, baseURL!, amina, locale);
    try {
      // --- Carlos: reminded of the duty, real reasons required, a colleague proposed ----------
      const cp = c.page;
      await cp.goto("/engagements");
      const item = cp.getByTestId("engagement-active").filter({ hasText: amina.name });
      await item.getByRole("button", { name: t("end") }).click();
      const form = item.getByTestId("early-ending-form");
      await expect(form).toContainText(t("early.coachDuty", { name: amina.name }));
      const confirm = form.getByRole("button", { name: t("early.confirm", { name: amina.name }) });
      await form.getByLabel(t("early.reasons", { name: amina.name })).fill("Busy.");
      await confirm.click();
      await expect(form.getByText(msg(locale, "errors.endReasonTooShort"))).toBeVisible();
      await form.getByLabel(t("early.reasons", { name: amina.name })).fill(reasons);
      await form.getByLabel(t("early.coachProposed")).selectOption({ label: nadia.name });
      await form.getByLabel(t("early.alternative")).fill("The group coaching circle in March.");
      await form.screenshot({ path: test.info().outputPath(`early-ending-form-${locale}.png`) });
      await confirm.click();
      await expect(cp.getByTestId("engagement-active").filter({ hasText: amina.name })).toHaveCount(0);

      // --- Amina: the notice, her seat kept, one step to ask Nadia ----------------------------
      const ap = a.page;
      await ap.goto("/engagements");
      const notice = ap.getByTestId("early-ending-notice");
      await expect(notice).toContainText(t("notice.coachTitle", { name: carlos.name }));
      await expect(notice).toContainText(reasons);
      await expect(notice).toContainText(t("notice.seatKept"));
      await expect(notice).toContainText(t("notice.coachProposed", { name: carlos.name, proposed: nadia.name }));
      await expect(notice.getByRole("link", { name: t("notice.coachDirectory") })).toHaveAttribute("href", "/coaches");
      const { violations } = await new AxeBuilder({ page: ap })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
      await ap.screenshot({ path: test.info().outputPath(`early-ending-notice-${locale}.png`), fullPage: true });
      const mail = (await outboxEmailsTo(amina.email)).at(-1)!;
      expect(mail.subject).toBe(msg(locale, "email.requests.ended.early.coach.subject", { name: carlos.name }));
      expect(mail.text).toContain(nadia.name);

      await notice.getByRole("button", { name: t("notice.ask", { proposed: nadia.name }) }).click();
      await expect(ap.getByText(msg(locale, "engagements.requestSent"))).toBeVisible();
      await expect(ap.getByTestId("early-ending-notice")).toHaveCount(0);
      const rows = await query<{ profileId: string; status: string; seat: string }>(
        `select c."profileId", r.status, e.status as seat
           from "MatchRequest" r join "MatchRequestChoice" c on c."requestId" = r.id
           join "CohortEnrolment" e on e."userId" = r."seekerId" and e."cohortId" = r."cohortId"
          where r."seekerId" = $1`,
        [amina.id],
      );
      expect(rows).toEqual([{ profileId: nadia.profileId, status: "open", seat: "enrolled" }]);
    } finally {
      await c.context.close();
      await a.context.close();
    }
  });
}
