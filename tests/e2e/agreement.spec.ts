// The agreement that opens an engagement: Amina (client, in English) sees the banner on her new
// coaching engagement, reads the agreement (the session plan's figures, a coach finishing what they
// start, the charter annexed) and accepts it; Carlos (coach, in French) sees her acceptance and
// accepts too; then the banner gives way to one line, the page lists both acceptances, and the
// printable view prints the agreement alone. A mentee accepts a mentoring agreement, without the
// charter; a stranger is told the page does not exist. The people and engagements are each test's own.
import AxeBuilder from "@axe-core/playwright";
import { AGREEMENT_VERSIONS } from "../../lib/domain/engagement-agreement";
import { expect, msg, named, signedInPage, test, type E2eFactories } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const V = AGREEMENT_VERSIONS.coaching;

async function engagementOf(make: E2eFactories, type: "coaching" | "mentoring") {
  const programme = await make.programme({ type, nameEn: named(`Programme ${type}`) });
  const cohort = await make.cohort({ programmeId: programme.id });
  return { programmeId: programme.id, cohortId: cohort.id };
}

test("the client and the coach each accept their coaching agreement; the page shows both, and prints", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(120_000);
  const p = await engagementOf(make, "coaching");
  const carlos = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: "fr" });
  const amina = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: p.cohortId });
  const { id } = await make.engagement({ ...p, profileId: carlos.profileId, seekerId: amina.id, status: "active" });
  const a = await signedInPage(browser, baseURL!, amina, "en");
  const c = await signedInPage(browser, baseURL!, carlos, "fr");
  try {
    // --- Amina, in English: the banner, then the agreement ------------------------------------------
    const ap = a.page;
    await ap.goto(`/engagements/${id}`);
    const banner = ap.getByTestId("agreement-banner");
    await expect(banner).toContainText(msg("en", "agreement.banner.you.awaiting"));
    await expect(banner).toContainText(msg("en", "agreement.banner.other.awaiting", { name: carlos.name }));
    await banner.screenshot({ path: test.info().outputPath("banner-en.png") });
    await banner.getByRole("link", { name: msg("en", "agreement.banner.open") }).click();
    await expect(ap).toHaveURL(new RegExp(`/engagements/${id}/agreement$`));
    await expect(ap.getByRole("heading", { level: 1 })).toHaveText(msg("en", "agreement.documentTitle.coaching"));
    // The plan's figures come from the coaching plan: six meetings, 45 minutes, one a month.
    await expect(ap.getByTestId("agreement-plan")).toContainText("The coaching has 6 meetings.");
    await expect(ap.getByTestId("agreement-plan")).toContainText("5 sessions of 45 minutes, one a month");
    await expect(ap.getByTestId("agreement-ending")).toContainText(msg("en", "agreement.coaching.ending.finish"));
    await expect(ap.getByTestId("agreement-confidentiality")).toContainText(
      msg("en", "agreement.coaching.confidentiality.nobody"),
    );
    const annex = ap.getByRole("region", { name: msg("en", "agreement.annexTitle") });
    await expect(annex.getByText(msg("en", "commitments.charter.items.protection.title"))).toBeVisible();
    await expect(annex.locator("dt")).toHaveCount(17);
    expect((await new AxeBuilder({ page: ap }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    const accept = ap.getByRole("button", { name: msg("en", "agreement.accept") });
    await expect(accept).toBeDisabled();
    await ap.getByLabel(msg("en", "agreement.confirm.coaching")).check();
    await accept.click();
    await expect(ap.getByTestId("agreement-accepted")).toContainText(`You accepted version ${V} on`);
    const list = ap.getByTestId("agreement-acceptances");
    await expect(list).toContainText(`✓ ${amina.name} (client) accepted version ${V} on`);
    await expect(list).toContainText(msg("en", "agreement.awaiting", { name: carlos.name, role: "coach", version: V }));

    // --- Carlos, in French: her acceptance, then his -------------------------------------------------
    const cp = c.page;
    await cp.goto(`/engagements/${id}`);
    await expect(cp.getByTestId("agreement-banner")).toContainText(
      msg("fr", "agreement.banner.other.accepted", { name: amina.name }),
    );
    await cp.goto(`/engagements/${id}/agreement`);
    await expect(cp.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "agreement.documentTitle.coaching"));
    await expect(cp.getByTestId("agreement-acceptances")).toContainText(
      `✓ ${amina.name} (personne coachée) a accepté la version ${V} le`,
    );
    await cp.getByLabel(msg("fr", "agreement.confirm.coaching")).check();
    await cp.getByRole("button", { name: msg("fr", "agreement.accept") }).click();
    await expect(cp.getByTestId("agreement-accepted")).toContainText(`Vous avez accepté la version ${V} le`);
    await expect(cp.getByTestId("agreement-acceptances")).toContainText(
      `✓ ${carlos.name} (coach) a accepté la version ${V} le`,
    );
    await cp.screenshot({ path: test.info().outputPath("agreement-fr.png"), fullPage: true });
    await cp.goto(`/engagements/${id}`);
    await expect(cp.getByTestId("agreement-banner")).toContainText(
      msg("fr", "agreement.banner.complete", { version: V }),
    );

    // --- The printable view: the agreement alone, the charter in full ------------------------------
    await ap.goto(`/engagements/${id}/agreement`);
    await expect(ap.getByTestId("agreement-acceptances")).toContainText(
      `✓ ${carlos.name} (coach) accepted version ${V}`,
    );
    await ap.emulateMedia({ media: "print" });
    await expect(ap.getByRole("button", { name: msg("en", "agreement.print") })).toBeHidden();
    await expect(ap.getByRole("heading", { name: msg("en", "agreement.acceptTitle") })).toBeHidden();
    await expect(ap.locator("body > header")).toBeHidden();
    const charter = ap.locator(".agreement-annex [role=region]");
    expect(await charter.evaluate((el) => getComputedStyle(el).maxHeight)).toBe("none");
    await ap.screenshot({ path: test.info().outputPath("agreement-print-en.png"), fullPage: true });
  } finally {
    await a.context.close();
    await c.context.close();
  }
});

test("a mentee accepts a mentoring agreement, without the charter; a stranger finds no such page", async ({
  browser,
  baseURL,
  make,
}) => {
  const p = await engagementOf(make, "mentoring");
  const maria = await make.mentor({ programmeId: p.programmeId, name: named("María López") });
  const mehdi = await make.staff("Mehdi Benali", { roles: ["mentee"], preferredLanguage: "fr", enrolIn: p.cohortId });
  const stranger = await make.staff("Someone Else", { roles: ["client"] });
  const { id } = await make.engagement({ ...p, profileId: maria.profileId, seekerId: mehdi.id, status: "active" });
  const m = await signedInPage(browser, baseURL!, mehdi, "fr");
  const s = await signedInPage(browser, baseURL!, stranger, "en");
  try {
    const mp = m.page;
    await mp.goto(`/engagements/${id}/agreement`);
    await expect(mp.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "agreement.documentTitle.mentoring"));
    await expect(mp.getByTestId("agreement-confidentiality")).toContainText(
      msg("fr", "agreement.mentoring.confidentiality.names"),
    );
    await expect(mp.getByRole("heading", { name: msg("fr", "agreement.annexTitle") })).toHaveCount(0);
    await mp.getByLabel(msg("fr", "agreement.confirm.mentoring")).check();
    await mp.getByRole("button", { name: msg("fr", "agreement.accept") }).click();
    await expect(mp.getByTestId("agreement-accepted")).toBeVisible();
    await expect(mp.getByTestId("agreement-acceptances")).toContainText(
      `✓ ${mehdi.name} (personne mentorée) a accepté la version ${AGREEMENT_VERSIONS.mentoring} le`,
    );
    expect((await s.page.goto(`/engagements/${id}/agreement`))?.status()).toBe(404);
  } finally {
    await m.context.close();
    await s.context.close();
  }
});
