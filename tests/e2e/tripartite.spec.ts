// Tripartite framing and intermediate meetings in the browser, in English and in French: the coach
// records the preliminary meeting's framing and opens the synthesis document (printable, accessible);
// the sponsor reads it without the coachee's needs (the coachee did not attend); on a mission under
// way the coachee asks for an intermediate meeting with a reason, and the sponsor is told by e-mail
// in their own language. Every test makes its own people and missions.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, msg, outboxEmailsTo, signedInPage, test, type E2eFactories } from "./fixtures";

type Locale = "en" | "fr";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/** A mission at `status`, with its milestones, between four people of this test. */
async function mission(make: E2eFactories, status: "framing" | "in_progress", sponsorLanguage: Locale) {
  const programme = await make.onlyProgramme("tripartite_coaching");
  const sponsor = await make.staff("Sam Taylor", { roles: ["sponsor"], preferredLanguage: sponsorLanguage });
  const hr = await make.staff("Hana Kim", { roles: ["hr_reviewer"] });
  const coachee = await make.staff("Amina Diallo", { roles: ["client"] });
  const coach = await make.coach({ name: "Carlos Mendes", timeZone: "Europe/Zurich" });
  const row = await make.mission({
    programmeId: programme.id,
    sponsorId: sponsor.id,
    hrId: hr.id,
    coacheeId: coachee.id,
    coachProfileId: coach.profileId,
    status,
    coacheeRequest: "Delegate better.",
    coacheeRequestAt: new Date(),
    requestsValidatedAt: new Date(),
    milestones: {
      create: [
        "preliminary_meeting",
        "coachee_meeting",
        "midpoint_review",
        "closing_session",
        "final_meeting",
        "follow_up",
      ].map((kind) => ({ kind: kind as "preliminary_meeting" })),
    },
  });
  return { id: row.id, sponsor, hr, coachee, coach };
}

const ORGANISATION_NEEDS = "ORG-NEEDS: a lead who settles disagreements without escalating";
const COACHEE_NEEDS = "COACHEE-NEEDS: ease in delegating";

for (const locale of ["en", "fr"] as const) {
  const t = (key: string, values?: Record<string, string>) => msg(locale, key, values);

  test(`framing record, synthesis document and an intermediate meeting request (${locale})`, async ({
    browser,
    baseURL,
    make,
  }) => {
    test.setTimeout(120_000);
    // --- The coach records the framing; the synthesis document opens, printable. ------------------------
    const framing = await mission(make, "framing", locale);
    const coach = await signedInPage(browser, baseURL!, framing.coach, locale);
    const c = coach.page;
    await c.goto(`/missions/${framing.id}`);
    expect(await violationsOn(c)).toEqual([]);
    const form = c.getByRole("form", { name: t("missions.framing.formTitle") });
    // A refusal keeps what was typed: the context is missing.
    await form.getByLabel(t("missions.framing.fields.organisationNeeds")).fill(ORGANISATION_NEEDS);
    await form.getByRole("button", { name: t("missions.framing.save") }).click();
    await expect(form.getByText(t("errors.framingContextRequired"))).toBeVisible();
    await expect(form.getByLabel(t("missions.framing.fields.organisationNeeds"))).toHaveValue(ORGANISATION_NEEDS);
    await form.getByLabel(t("missions.framing.fields.coacheeNeeds")).fill(COACHEE_NEEDS);
    await form.getByLabel(t("missions.framing.fields.context")).fill("A new unit of twelve people.");
    await form.getByLabel(t("missions.framing.fields.expectedResults")).fill("A weekly meeting she runs.");
    await form.getByLabel(t("missions.framing.fields.coachExpectations")).fill("Challenge, in confidence.");
    await form.getByLabel(t("missions.framing.fields.approach")).fill("Six sessions on delegation.");
    await form.getByRole("button", { name: t("missions.framing.save") }).click();
    await c.getByRole("link", { name: t("missions.framing.documentLink") }).click();
    await expect(c).toHaveURL(new RegExp(`/missions/${framing.id}/framing$`));
    await expect(c.getByRole("heading", { level: 1 })).toHaveText(t("missions.framing.document.title"));
    await expect(c.getByTestId("framing-coacheeNeeds")).toContainText(COACHEE_NEEDS);
    await expect(c.getByRole("button", { name: t("missions.framing.document.print") })).toBeVisible();
    expect(await violationsOn(c)).toEqual([]);
    await c.screenshot({ path: test.info().outputPath(`framing-document-${locale}.png`), fullPage: true });

    // --- The sponsor reads it, without the coachee's needs (the coachee did not attend). ----------------
    const sponsor = await signedInPage(browser, baseURL!, framing.sponsor, locale);
    const s = sponsor.page;
    await s.goto(`/missions/${framing.id}/framing`);
    await expect(s.getByTestId("framing-organisationNeeds")).toContainText(ORGANISATION_NEEDS);
    await expect(s.getByTestId("framing-coacheeNeeds")).toContainText(
      t("missions.framing.coacheeNeedsPrivate", { coachee: framing.coachee.name! }),
    );
    await expect(s.locator("main")).not.toContainText(COACHEE_NEEDS);
    const told = await outboxEmailsTo(framing.sponsor.email);
    expect(told.map((e) => e.subject)).toContain(
      msg(locale, "missions.email.events.framingRecorded.subject", { coachee: framing.coachee.name! }),
    );

    // --- On a mission under way, the coachee asks for an intermediate meeting. -------------------------
    const running = await mission(make, "in_progress", locale === "en" ? "fr" : "en");
    const coachee = await signedInPage(browser, baseURL!, running.coachee, locale);
    const a = coachee.page;
    await a.goto(`/missions/${running.id}`);
    const ask = a.getByRole("form", { name: t("missions.intermediate.formTitle") });
    await ask.getByRole("button", { name: t("missions.intermediate.submit") }).click();
    await expect(ask.getByText(t("errors.intermediateReasonRequired"))).toBeVisible();
    await ask.getByLabel(t("missions.intermediate.reasonLabel")).fill("My team changed: we should review the goals.");
    await ask.getByRole("button", { name: t("missions.intermediate.submit") }).click();
    await expect(a.getByTestId("intermediate-meeting")).toContainText("My team changed");
    await expect(a.getByText(t("missions.intermediate.waiting"))).toBeVisible();
    await a.screenshot({ path: test.info().outputPath(`intermediate-${locale}.png`), fullPage: true });

    // The sponsor (in the other language) is told in theirs; the reason is read on the page.
    const other: Locale = locale === "en" ? "fr" : "en";
    const mails = await outboxEmailsTo(running.sponsor.email);
    expect(mails.map((e) => e.subject)).toContain(
      msg(other, "missions.email.events.intermediateRequested.subject", { coachee: running.coachee.name! }),
    );
    for (const ctx of [coach.context, sponsor.context, coachee.context]) await ctx.close();
  });
}
