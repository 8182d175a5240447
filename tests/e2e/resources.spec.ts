// The resource library: a programme admin, in French, completes a draft's link (a hostile one is
// refused beside the field first) and attaches it to the "Setting goals" session; a mentee of the
// programme, in English, finds it on that session of her engagement, opens it in a new tab, and
// finds it again on /resources with a tag filter; both pages are axe-clean. The programme, people,
// engagement and resource are the test's own. A second test: an admin uploads a file, removes it after a
// confirmation (the resource becomes a draft), and gives it a link instead.
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, msg, named, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const GOALS = "sessionPlans.mentoring.setting-goals.title";

test("an admin completes a draft resource in French; a mentee opens it from her session and on /resources", async ({
  browser,
  baseURL,
  make,
  db,
}) => {
  test.setTimeout(180_000);
  const tag = `goals-${randomBytes(3).toString("hex")}`;
  const titleEn = named("Setting goals you can act on");
  const titleFr = named("Fixer des objectifs sur lesquels agir");
  const url = `https://learning.example.org/${tag}`;
  const programme = await make.programme({ type: "mentoring", nameEn: named("Mentoring") });
  const cohort = await make.cohort({ programmeId: programme.id });
  const mentor = await make.mentor({ programmeId: programme.id, name: named("María López"), enrolIn: cohort.id });
  const mentee = await make.staff("Inès Lambert", { roles: ["mentee"], preferredLanguage: "en", enrolIn: cohort.id });
  const admin = await make.staff("Ade Okafor", { roles: ["programme_admin"], preferredLanguage: "fr" });
  const { id: engagementId } = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: mentor.profileId,
    seekerId: mentee.id,
    status: "active",
    startedAt: new Date(),
  });
  // The draft, as the demo data has them: texts, no link yet, no session.
  const draft = await db.resource.create({
    data: {
      programmeId: programme.id,
      titleEn,
      titleFr,
      descriptionEn: "A short video before the second session.",
      descriptionFr: "Une courte vidéo avant la deuxième séance.",
      languages: ["en"],
      tags: [tag, "video"],
      kind: "video",
    },
  });

  const a = await signedInPage(browser, baseURL!, admin, "fr");
  const m = await signedInPage(browser, baseURL!, mentee, "en");
  try {
    // --- The admin, in French, completes the link and attaches the resource to a session ----------
    const ap = a.page;
    await ap.goto("/admin/resources");
    const row = ap.getByRole("row").filter({ hasText: titleFr });
    await expect(row).toContainText(msg("fr", "resources.admin.status.draft"));
    await row.getByRole("link", { name: titleFr }).click();
    await expect(ap.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "resources.admin.editTitle"));
    await expect(ap.getByText(msg("fr", "resources.admin.draftNotice"))).toBeVisible();
    // A link that is not https is refused beside its field, in French; nothing typed is lost.
    await ap.getByLabel(msg("fr", "resources.form.url")).fill("javascript:alert(document.cookie)");
    await ap.getByRole("button", { name: msg("fr", "resources.form.save") }).click();
    await expect(ap.getByText(msg("fr", "errors.resourceLinkInvalid"))).toBeVisible();
    await expect(ap.getByLabel(msg("fr", "resources.form.titleFr"))).toHaveValue(titleFr);
    await ap.getByLabel(msg("fr", "resources.form.url")).fill(url);
    await ap.getByLabel(`2. ${msg("fr", GOALS)}`).check();
    await ap.getByRole("button", { name: msg("fr", "resources.form.save") }).click();
    await expect(ap.getByText(msg("fr", "resources.admin.saved"))).toBeVisible();
    await expect(ap.getByText(msg("fr", "resources.admin.status.published"), { exact: true })).toBeVisible();
    await expect(ap.getByLabel(`2. ${msg("fr", GOALS)}`)).toBeChecked();
    expect(
      (await db.auditLog.findMany({ where: { targetId: draft.id }, select: { action: true } })).map((r) => r.action),
    ).toEqual(["resource.update"]);

    // --- The mentee, in English, finds it on the "Setting goals" session ---------------------------
    const mp = m.page;
    // The example domain answers inside the test (no network).
    await m.context.route("https://learning.example.org/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><html lang=en><title>Goals</title></html>" }),
    );
    await mp.goto(`/engagements/${engagementId}`);
    const session = mp.getByRole("article", { name: msg("en", GOALS) });
    const onStep = session.getByRole("region", { name: msg("en", "resources.onStep") });
    await expect(onStep).toBeVisible();
    const open = onStep.getByRole("link", { name: titleEn });
    await expect(open).toHaveAttribute("href", url);
    await expect(open).toHaveAttribute("target", "_blank");
    await expect(open).toHaveAttribute("rel", /noopener/);
    const [tab] = await Promise.all([mp.waitForEvent("popup"), open.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(url);
    await tab.close();
    // Not on the other sessions.
    await expect(
      mp.getByRole("article", { name: msg("en", "sessionPlans.mentoring.leadership.title") }).getByText(titleEn),
    ).toHaveCount(0);
    const stepScan = await new AxeBuilder({ page: mp }).withTags(WCAG).analyze();
    expect(stepScan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // --- …and on /resources, with a tag filter ---------------------------------------------------
    await mp
      .getByRole("navigation", { name: msg("en", "nav.label") })
      .getByRole("link", { name: msg("en", "nav.resources") })
      .click();
    await expect(mp.getByRole("heading", { level: 1 })).toHaveText(msg("en", "resources.title"));
    await mp.getByLabel(msg("en", "resources.tag")).selectOption(tag);
    await mp.getByRole("button", { name: msg("en", "resources.apply") }).click();
    await expect(mp).toHaveURL(new RegExp(`tag=${tag}`));
    await expect(mp.getByRole("status")).toHaveText("1 resource");
    const listed = mp.getByTestId("resource");
    await expect(listed).toHaveCount(1);
    await expect(listed.getByRole("link", { name: titleEn })).toHaveAttribute("href", url);
    await expect(listed).toContainText(msg("en", "resources.kind.video"));
    // Another programme's resource, or a draft, is never listed.
    const other = await make.programme({ type: "mentoring" });
    await db.resource.create({
      data: {
        programmeId: other.id,
        titleEn: `${titleEn} (other)`,
        languages: ["en"],
        tags: [tag],
        kind: "video",
        url,
      },
    });
    await db.resource.create({
      data: { programmeId: programme.id, titleEn: `${titleEn} (draft)`, languages: ["en"], tags: [tag], kind: "video" },
    });
    await mp.reload();
    await expect(listed).toHaveCount(1);
    const listScan = await new AxeBuilder({ page: mp }).withTags(WCAG).analyze();
    expect(listScan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  } finally {
    await a.context.close();
    await m.context.close();
  }
});

test("an admin uploads a handbook as a file, then removes it to give the resource a link instead", async ({
  browser,
  baseURL,
  make,
  db,
}) => {
  test.setTimeout(120_000);
  const en = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const titleEn = named("Coaching handbook");
  const programme = await make.programme({ type: "coaching" });
  const admin = await make.staff("Ade Okafor", { roles: ["programme_admin"], preferredLanguage: "en" });
  const resource = await db.resource.create({
    data: { programmeId: programme.id, titleEn, languages: ["en"], tags: ["handbook"], kind: "document" },
  });
  const a = await signedInPage(browser, baseURL!, admin, "en");
  try {
    const page = a.page;
    await page.goto(`/admin/resources/${resource.id}`);
    // A PDF, recognised by its content.
    await page.getByLabel(en("resources.admin.fileLabel")).setInputFiles({
      name: "handbook.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n% handbook\n"),
    });
    await page.getByRole("button", { name: en("resources.admin.upload") }).click();
    await expect(page.getByText(en("resources.admin.uploaded"))).toBeVisible();
    const file = page.getByRole("region", { name: en("resources.admin.fileTitle") });
    await expect(file.getByRole("link", { name: "handbook.pdf" })).toBeVisible();
    // With a file, the form offers no link.
    await expect(page.getByLabel(en("resources.form.url"))).toHaveCount(0);

    // Remove the file: a confirmation says what follows; cancelling keeps it.
    await file.getByRole("button", { name: en("resources.admin.removeFile") }).click();
    const dialog = page.getByRole("dialog", { name: en("resources.admin.removeFileTitle", { name: "handbook.pdf" }) });
    await expect(dialog).toContainText(en("resources.admin.removeFileExplained"));
    const scan = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(file.getByRole("link", { name: "handbook.pdf" })).toBeVisible();
    await file.getByRole("button", { name: en("resources.admin.removeFile") }).click();
    await dialog.getByRole("button", { name: en("resources.admin.removeFileConfirm") }).click();
    await expect(dialog).toHaveCount(0);
    await expect(file.getByRole("link", { name: "handbook.pdf" })).toHaveCount(0);
    await expect(page.getByText(en("resources.admin.draftNotice"))).toBeVisible();

    // Now the link is taken, and the resource is published.
    await page.getByLabel(en("resources.form.url")).fill("https://learning.example.org/handbook");
    await page.getByRole("button", { name: en("resources.form.save") }).click();
    await expect(page.getByText(en("resources.admin.saved"))).toBeVisible();
    await expect(page.getByText(en("resources.admin.status.published"), { exact: true })).toBeVisible();
    const row = await db.resource.findUniqueOrThrow({ where: { id: resource.id } });
    expect([row.storageKey, row.url]).toEqual([null, "https://learning.example.org/handbook"]);
  } finally {
    await a.context.close();
  }
});
