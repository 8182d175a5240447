// The cohort form of a programme admin (/admin/programmes/<slug>/cohorts/new), filled in and sent
// as a person does: the server action the two-instance specs post through the load balancer.
import type { Page, Request } from "@playwright/test";
import { expect, isActionPost, msg } from "./scale-fixtures";

const t = (key: string) => msg("en", `adminProgrammes.cohortForm.${key}`);

/** Fills in the new-cohort form already open on `page` and sends it; returns the action's request. */
export async function sendCohortForm(page: Page, cohort: { slug: string; name: string }): Promise<Request> {
  const form = page.getByRole("form", { name: t("newTitle") });
  await form.getByLabel(t("nameEn")).fill(cohort.name);
  await form.getByLabel(t("nameFr")).fill(`${cohort.name} (fr)`);
  await form.getByLabel(t("slug")).fill(cohort.slug);
  await form.getByLabel(t("startsOn")).fill("2099-09-01");
  await form.getByLabel(t("endsOn")).fill("2100-02-28");
  await form.getByLabel(t("enrolmentOpensOn")).fill("2099-07-01");
  await form.getByLabel(t("enrolmentClosesOn")).fill("2099-08-15");
  await form.getByLabel(t("seats")).fill("25");
  const action = page.waitForRequest(isActionPost);
  await form.getByRole("button", { name: t("create") }).click();
  return action;
}

/** What the person sees once the cohort is created: the programmes page with its confirmation. */
export async function expectCohortCreated(page: Page, name: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === "/admin/programmes");
  await expect(
    page.getByRole("status").filter({ hasText: msg("en", "adminProgrammes.saved.cohortCreated") }),
  ).toBeVisible();
  await expect(page.getByRole("rowheader", { name, exact: true })).toBeVisible();
}
