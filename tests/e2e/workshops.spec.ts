// Workshops (development activities): an admin publishes one in French with a single seat; two
// clients register in English, the second lands on the waiting list; the first gives the seat up
// and the second is promoted (and e-mailed); once the workshop has started the admin records her
// attendance, and her attestation lists it. The people and the workshop are the test's own.
import AxeBuilder from "@axe-core/playwright";
import { expect, msg, named, outboxEmailsTo, query, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

function tomorrowAt10(): string {
  const d = new Date(Date.now() + 2 * 86_400_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T10:00`;
}

test("a workshop fills and waitlists; a freed seat is given; attendance shows on the attestation", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(150_000);
  const title = named("Atelier écoute");
  const titleEn = `${title} (EN)`;
  const admin = await make.staff("Hana Programme", { roles: ["programme_admin"], preferredLanguage: "fr" });
  const first = await make.staff("Joseph Client", { roles: ["client"] });
  const second = await make.staff("Amina Diallo", { roles: ["client"] });
  // Amina's completed coaching engagement: its attestation will list the workshop.
  const programme = await make.programme({ type: "coaching" });
  const coach = await make.coach();
  const engagement = await make.engagement({
    programmeId: programme.id,
    profileId: coach.profileId,
    seekerId: second.id,
    status: "completed",
    completedAt: new Date(),
  });

  const a = await signedInPage(browser, baseURL!, admin, "fr");
  const p1 = await signedInPage(browser, baseURL!, first, "en");
  const p2 = await signedInPage(browser, baseURL!, second, "en");
  try {
    // --- The admin publishes, in French, with one seat ----------------------------------------------
    const ap = a.page;
    await ap.goto("/admin/workshops/new");
    await expect(ap.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "workshops.admin.newTitle"));
    await ap.getByLabel(msg("fr", "workshops.form.titleEn")).fill(titleEn);
    await ap.getByLabel(msg("fr", "workshops.form.titleFr")).fill(title);
    await ap.getByLabel(msg("fr", "workshops.form.descriptionEn")).fill("Listening well, in practice.");
    await ap.getByLabel(msg("fr", "workshops.form.descriptionFr")).fill("Bien écouter, en pratique.");
    await ap.getByLabel(msg("fr", "workshops.audience.client")).check();
    await ap.getByLabel(msg("fr", "workshops.form.startsAtLocal")).fill(tomorrowAt10());
    await ap.getByLabel(msg("fr", "workshops.form.timeZone")).selectOption("Europe/Paris");
    await ap.getByLabel(msg("fr", "workshops.form.seats")).fill("1");
    // A link that is not https is refused beside its field, in French; nothing typed is lost.
    await ap.getByLabel(msg("fr", "workshops.form.meetingUrl")).fill("http://meet.example.org/x");
    await ap.getByRole("button", { name: msg("fr", "workshops.form.create") }).click();
    await expect(ap.getByText(msg("fr", "errors.workshopLinkInvalid"))).toBeVisible();
    await expect(ap.getByLabel(msg("fr", "workshops.form.titleFr"))).toHaveValue(title);
    await ap.getByLabel(msg("fr", "workshops.form.meetingUrl")).fill("https://meet.example.org/ecoute");
    await ap.getByRole("button", { name: msg("fr", "workshops.form.create") }).click();
    await expect(ap).toHaveURL(/\/admin\/workshops\/[^/?]+\?saved=1$/);
    await expect(ap.getByRole("heading", { level: 1 })).toHaveText(title);
    const workshopUrl = new URL(ap.url()).pathname;
    const workshopId = workshopUrl.split("/").pop()!;

    // --- Two clients register in English: one seat, then the waiting list ---------------------------
    await p1.page.goto("/workshops");
    await p1.page.getByRole("button", { name: `${msg("en", "workshops.page.register")}: ${titleEn}` }).click();
    await expect(p1.page.getByText(msg("en", "workshops.page.doneRegistered"))).toBeVisible();
    const card1 = p1.page.getByRole("listitem").filter({ hasText: titleEn });
    await expect(card1.getByText(msg("en", "workshops.page.registered"), { exact: true })).toBeVisible();
    await expect(card1.getByRole("link", { name: msg("en", "workshops.page.join") })).toHaveAttribute(
      "href",
      "https://meet.example.org/ecoute",
    );

    await p2.page.goto("/workshops");
    await p2.page.getByRole("button", { name: `${msg("en", "workshops.page.joinWaitlist")}: ${titleEn}` }).click();
    const card2 = p2.page.getByRole("listitem").filter({ hasText: titleEn });
    await expect(card2.getByText("You are 1st on the waiting list.")).toBeVisible();
    await expect(card2.getByRole("link", { name: msg("en", "workshops.page.join") })).toHaveCount(0);
    expect((await new AxeBuilder({ page: p2.page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

    // --- The first leaves: the second is promoted and told -----------------------------------------
    await card1.getByRole("button", { name: `${msg("en", "workshops.page.leave")}: ${titleEn}` }).click();
    await expect(p1.page.getByText(msg("en", "workshops.page.doneLeft"))).toBeVisible();
    await p2.page.reload();
    await expect(card2.getByText(msg("en", "workshops.page.registered"), { exact: true })).toBeVisible();
    const mails = await outboxEmailsTo(second.email);
    expect(mails.map((m) => m.subject)).toContain(`A seat is yours: ${titleEn}`);

    // --- Once it has started, the admin records Amina's attendance ----------------------------------
    await query(`update "Workshop" set "startsAt" = now() - interval '30 minutes' where id = $1`, [workshopId]);
    await ap.goto(workshopUrl);
    const present = ap.getByRole("button", { name: `${msg("fr", "workshops.admin.attended")} : ${second.name}` });
    await present.click();
    await expect(present).toHaveAttribute("aria-pressed", "true");
    expect((await new AxeBuilder({ page: ap }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

    // --- Her attestation lists the workshop ---------------------------------------------------------
    await p2.page.goto(`/engagements/${engagement.id}/attestation`);
    const section = p2.page.getByRole("region", { name: msg("en", "workshops.attestation.title") });
    await expect(section.getByRole("rowheader", { name: titleEn })).toBeVisible();
    await expect(section).toContainText("1.5 h");
  } finally {
    await Promise.all([a.context.close(), p1.context.close(), p2.context.close()]);
  }
});
