// Keeping a credential current, in the browser, once in English and once in French: a coach whose
// credential expires in 20 days sees the warning on their profile and uploads the renewal with its
// new date; HR finds it in the credential queue and approves it; the coach then logs continuing
// development hours and sees the total. Everything is the spec's own (a coach and an HR reviewer).
import AxeBuilder from "@axe-core/playwright";
import { expect, msg, named, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const DAY = 86_400_000;
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048, 0x20)]);
const iso = (d: Date) => d.toISOString().slice(0, 10);

for (const locale of ["en", "fr"] as const) {
  test(`${locale}: a coach whose credential expires soon uploads the renewal, HR approves it, the coach logs development hours`, async ({
    browser,
    baseURL,
    make,
  }) => {
    test.setTimeout(120_000);
    const t = (key: string, values?: Record<string, string>) => msg(locale, `credentialRenewal.${key}`, values);
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
    const expiresOn = new Date(today.getTime() + 20 * DAY);
    const coach = await make.coach({
      name: named("Renée Coach"),
      preferredLanguage: locale,
      credentialDate: new Date(expiresOn.getTime() - 3 * 365 * DAY),
      credentialExpiresOn: expiresOn,
    });
    const hr = await make.staff("Hana Reviewer", { roles: ["hr_reviewer"], preferredLanguage: locale });
    const c = await signedInPage(browser, baseURL!, coach, locale);
    const h = await signedInPage(browser, baseURL!, hr, locale);
    try {
      // --- the coach: the warning, then the renewal ------------------------------------------
      const cp = c.page;
      await cp.goto("/coach/profile#renewal");
      const currency = cp.getByTestId("credential-currency");
      await expect(currency).toHaveAttribute("data-state", "expiringSoon");
      await expect(currency).toContainText(t("state.expiringSoon").split("{date}")[0]);
      const renewal = cp.getByRole("form", { name: t("renewalTitle") });
      await renewal
        .getByLabel(t("file"))
        .setInputFiles({ name: "icf-pcc-2026.pdf", mimeType: "application/pdf", buffer: PDF });
      await renewal.getByLabel(t("credentialDate")).fill(iso(new Date(today.getTime() - 2 * DAY)));
      await renewal.getByRole("button", { name: t("send") }).click();
      await expect(cp.getByTestId("renewal-pending")).toBeVisible();
      expect((await new AxeBuilder({ page: cp }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
      await cp.locator("#renewal").screenshot({ path: test.info().outputPath(`renewal-coach-${locale}.png`) });

      // --- HR: the queue, the renewal, approved ------------------------------------------------
      const hp = h.page;
      await hp.goto("/hr/credentials");
      const row = hp.getByTestId("renewal-row").filter({ hasText: coach.name });
      await expect(row).toBeVisible();
      await row.getByRole("link", { name: coach.name }).click();
      const review = hp.getByTestId("hr-credential-currency");
      await expect(review).toContainText(t("hr.renewalTitle"));
      await expect(review.getByRole("link", { name: "icf-pcc-2026.pdf" })).toBeVisible();
      expect((await new AxeBuilder({ page: hp }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
      await review.screenshot({ path: test.info().outputPath(`renewal-hr-${locale}.png`) });
      await review.getByRole("button", { name: t("hr.approve") }).click();
      await expect(review.getByText(t("hr.approved"))).toBeVisible();
      await expect(review).not.toContainText(t("hr.renewalTitle"));

      // --- the coach: current again, then development hours -------------------------------
      // (A reload: going to another #fragment of the same page would not fetch it again.)
      await cp.reload();
      await expect(currency).toHaveAttribute("data-state", "current");
      const development = cp.locator("#development");
      await development.getByLabel(t("activityDate")).fill(iso(new Date(today.getTime() - 5 * DAY)));
      await development.getByLabel(t("activityHours")).fill("2.5");
      await development.getByLabel(t("activityTitle")).fill("ICF webinar on team coaching");
      await development.getByRole("button", { name: t("log") }).click();
      await expect(development.getByTestId("development-activity")).toContainText("ICF webinar on team coaching");
      await expect(development.getByTestId("development-total")).toContainText(locale === "fr" ? "2,5" : "2.5");
      await development.screenshot({ path: test.info().outputPath(`development-${locale}.png`) });
    } finally {
      await c.context.close();
      await h.context.close();
    }
  });
}
