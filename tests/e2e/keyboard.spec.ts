// The main workflows with the keyboard alone (WCAG 2.1.1) and focus never hidden (WCAG 2.2, 2.4.11):
// after each page is opened, only Tab, Shift+Tab, Enter, Space, the arrow keys and typing are used.
// Amina chooses three coaches in the directory and sends her request, Carlos accepts it; on their
// engagement page the "Mark as completed" bar shows only while a session is ticked and, at every
// Tab stop, on a desktop and on a phone, covers nothing that has the focus; Hana approves a coach's
// credentials; on a phone the directory's filters fold behind one button that counts them. Then two
// of the demo's newcomers (Inès, a mentee without a mentor, and Joseph, whose coaching is complete)
// sign in from the sign-in page and start their workflows.
// The people, programmes and engagements are the spec's own; the demo personas are only read.
import type { Locator, Page } from "@playwright/test";
import { COMMITMENTS_VERSION } from "../../lib/domain/commitments";
import { expect, msg, named, query, signedInPage, test, type E2eFactories } from "./fixtures";

const t = (key: string, values?: Record<string, string>) => msg("en", key, values);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The `one {…}` branch of an ICU plural text, with # as 1 (msg() does not expand plurals). */
function one(key: string): string {
  return msg("en", key)
    .match(/one \{([^}]*)\}/)![1]
    .replace("#", "1");
}

function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus; fails if it never does. On a page just
 * opened, a target in the page's main part is reached through the "Skip to content" link (Tab, Enter)
 * when Tab lands on it.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}) {
  const element = await target.elementHandle();
  const fresh = await element!.evaluate((el) => !!el.closest("main") && document.activeElement === document.body);
  if (fresh && !back) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("href") === "#main"))
      await page.keyboard.press("Enter");
  }
  for (let i = 0; i < max; i++) {
    if (await element!.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}

/** Presses an arrow key in a focused <select> until it holds `value` (a closed select moves on its own). */
async function arrowTo(page: Page, select: Locator, value: string, max = 30) {
  for (let i = 0; i < max && (await select.inputValue()) !== value; i++) await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(value);
}

type Stop = { name: string; problems: string[]; barShown: boolean };

/**
 * Where the focus is and whether anything hides it: its centre is inside the window and the element
 * found there is the focused one (or inside it, or its label), and it does not overlap the sticky
 * "Mark as completed" bar unless it is in that bar.
 */
function focusedStop(start?: Element | null): Stop | "start" | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  if (el === start) return "start";
  const name = `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60)}"`;
  const problems: string[] = [];
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (r.width === 0 || r.height === 0) problems.push("has no size");
  else if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) problems.push("is outside the window");
  else {
    const hit = document.elementFromPoint(x, y);
    const labels = Array.from((el as HTMLInputElement).labels ?? []);
    const seen = hit && (hit === el || el.contains(hit) || hit.contains(el) || labels.some((l) => l.contains(hit)));
    if (!seen) problems.push(`is covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`);
  }
  const bar = document.getElementById("mark-completed");
  const barShown = !!bar && getComputedStyle(bar).position === "sticky";
  if (barShown && !bar!.contains(el)) {
    const b = bar!.getBoundingClientRect();
    const overlaps =
      Math.min(r.bottom, b.bottom) > Math.max(r.top, b.top) && Math.min(r.right, b.right) > Math.max(r.left, b.left);
    if (overlaps) problems.push("overlaps the Mark as completed bar");
  }
  return { name, problems, barShown };
}

/**
 * Tabs once round the whole page, from the element that has the focus (or the page's start) back to
 * it, and returns every stop on the way (the page itself, between its last stop and its first, is
 * passed).
 */
async function everyTabStop(page: Page): Promise<Stop[]> {
  const start = await page.evaluateHandle(() => document.activeElement);
  const fromTop = await start.evaluate((el) => !el || el === document.body);
  const stops: Stop[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(focusedStop, start);
    if (stop === "start" || (stop === null && fromTop && stops.length > 0)) return stops;
    if (stop) stops.push(stop);
  }
  throw new Error("More than 200 Tab stops: the focus seems caught in a loop");
}

/** A coaching programme of the spec's own with a running cohort. */
async function coachingCohort(make: E2eFactories) {
  const programme = await make.programme({ nameEn: named("Keyboard Coaching Programme") });
  const cohort = await make.cohort({ programmeId: programme.id });
  return { programmeId: programme.id, cohortId: cohort.id };
}

test("Amina chooses three coaches and sends her request, and Carlos accepts it, with the keyboard alone", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(120_000);
  const word = named("Coach").split(" ")[1];
  const { cohortId } = await coachingCohort(make);
  const amina = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: cohortId });
  const [carlos, isabelle, kwame] = await Promise.all(
    ["Carlos Mendes", "Isabelle Moreau", "Kwame Mensah"].map((name) =>
      make.coach({ name: `${name} ${word}`, expertiseAreas: ["leadership"], coachingLanguages: ["en", "fr"] }),
    ),
  );
  const a = await signedInPage(browser, baseURL!, amina, "en");
  const c = await signedInPage(browser, baseURL!, carlos, "en");
  try {
    const p = a.page;
    await p.goto("/coaches");
    // The directory's search box, then Enter.
    const filters = p.getByRole("search", { name: t("directory.filters.label") });
    await tabTo(p, filters.getByLabel(t("directory.filters.search")));
    await p.keyboard.type(word);
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => url.searchParams.get("q") === word);
    await expect(p.getByTestId("coach-card")).toHaveCount(3);
    // Carlos's profile, then "Request this coach".
    await tabTo(p, p.getByRole("link", { name: t("directory.card.view", { name: carlos.name }) }));
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => url.pathname === `/coaches/${carlos.profileId}`);
    await tabTo(p, p.getByRole("link", { name: t("directory.profile.request") }));
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => url.pathname === "/requests/new");

    // The form: Carlos first; the filter narrows the lists to this spec's coaches; two back-ups
    // picked with the arrow keys; a message; Enter on the button.
    const form = p.getByRole("form", { name: t("requests.title") });
    await expect(form.getByLabel(t("requests.choice1"))).toHaveValue(carlos.profileId);
    await tabTo(p, form.getByLabel(t("requests.filter")));
    await p.keyboard.type(word);
    const second = form.getByLabel(t("requests.choice2"));
    await tabTo(p, second);
    await arrowTo(p, second, isabelle.profileId);
    const third = form.getByLabel(t("requests.choice3"));
    await tabTo(p, third);
    await arrowTo(p, third, kwame.profileId);
    await tabTo(p, form.getByLabel(t("requests.message")));
    await p.keyboard.type("I lead a new team and would like to work on delegating.");
    await tabTo(p, form.getByRole("button", { name: t("requests.submit") }));
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => url.pathname === "/engagements");
    await expect(p.getByRole("status")).toContainText(t("engagements.requestSent"));
    const choices = p.getByRole("region", { name: t("engagements.kinds.coach.seekerTitle") }).getByRole("listitem");
    await expect(choices).toHaveCount(3);
    for (const [i, coach] of [carlos, isabelle, kwame].entries())
      await expect(choices.nth(i)).toContainText(coach.name);

    // Carlos accepts from his engagements page.
    const cp = c.page;
    await cp.goto("/engagements");
    await tabTo(cp, cp.getByRole("button", { name: `${t("engagements.coach.accept")} — ${amina.name}` }));
    await cp.keyboard.press("Enter");
    await expect(cp.getByTestId("incoming-request").filter({ hasText: amina.name })).toHaveCount(0);
    await expect(
      cp
        .getByRole("region", { name: t("engagements.active.title") })
        .getByTestId("engagement-active")
        .filter({ hasText: amina.name }),
    ).toHaveCount(1);
  } finally {
    await a.context.close();
    await c.context.close();
  }
});

test("the Mark as completed bar shows only while a session is ticked and never hides the focus, on a phone and a desktop", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(120_000);
  const coaching = await coachingCohort(make);
  const carlos = await make.coach({ name: named("Carlos Mendes") });
  const amina = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: coaching.cohortId });
  const { id: engagementId } = await make.engagement({
    ...coaching,
    profileId: carlos.profileId,
    seekerId: amina.id,
    status: "active",
    startedAt: new Date(Date.now() - 86_400_000),
  });
  const { context, page } = await signedInPage(browser, baseURL!, carlos, "en");
  const bar = page.getByRole("form", { name: t("sessions.complete.label") });
  const button = bar.getByRole("button", { name: t("sessions.complete.button") });
  const ticks = page.getByRole("checkbox", { name: startingWith(t("sessions.select")) });
  try {
    for (const [viewport, size] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`/engagements/${engagementId}`);
      await expect(page.getByTestId("session")).toHaveCount(6);
      await expect(ticks).toHaveCount(6);

      // Nothing ticked: no bar (and on the phone, nothing hides the focus anywhere on the page).
      await expect(button).toHaveCount(0);
      if (viewport === "phone") {
        const before = await everyTabStop(page);
        expect(before.length).toBeGreaterThan(30);
        expect(before.filter((s) => s.barShown || s.problems.length > 0)).toEqual([]);
      }

      // Tab down to the first session's box and tick it with Space: the bar appears, and does not
      // cover the box just ticked (the window scrolled to it as little as it could, to its bottom).
      await tabTo(page, ticks.first());
      await page.keyboard.press("Space");
      await expect(ticks.first()).toBeChecked();
      await expect(bar).toContainText(one("sessions.complete.selected"));
      await expect(button).toBeVisible();
      // On a phone the bar keeps to a small part of the screen.
      if (viewport === "phone") expect((await bar.boundingBox())!.height).toBeLessThan(PHONE.height * 0.15);
      await expect.poll(() => page.evaluate(focusedStop, null), { message: viewport }).toMatchObject({ problems: [] });

      // With the bar shown, every Tab stop of the page stays in view above it (or is in it).
      const after = await everyTabStop(page);
      expect(
        after.some((s) => s.barShown),
        viewport,
      ).toBe(true);
      expect(
        after.filter((s) => s.problems.length > 0),
        viewport,
      ).toEqual([]);
      expect(after.map((s) => s.name)).toContain(`button "${t("sessions.complete.button")}"`);

      // Unticking it again hides the bar.
      await tabTo(page, ticks.first(), { back: true });
      await page.keyboard.press("Space");
      await expect(button).toHaveCount(0);
    }

    // On the desktop, two sessions ticked and marked completed from the bar.
    await tabTo(page, ticks.first());
    await page.keyboard.press("Space");
    await tabTo(page, ticks.nth(1));
    await page.keyboard.press("Space");
    await tabTo(page, button);
    await page.keyboard.press("Enter");
    await expect(bar.getByText(t("sessions.complete.done"))).toBeVisible();
    await expect(button).toHaveCount(0);
    await expect
      .poll(async () =>
        (
          await query<{ status: string }>(
            `select status from "EngagementSession" where "engagementId" = $1 order by position`,
            [engagementId],
          )
        ).map((s) => s.status),
      )
      .toEqual(["completed", "completed", "planned", "planned", "planned", "planned"]);
  } finally {
    await context.close();
  }
});

test("Hana approves a coach's credentials with the keyboard alone", async ({ browser, baseURL, make }) => {
  const priya = await make.coach({
    name: named("Priya Raman"),
    status: "submitted",
    submittedAt: new Date(),
    credentialKind: "icf_training",
    trainingHours: 60,
    observedPractice: true,
    expertiseAreas: ["career"],
    coachingLanguages: ["en"],
    bioEn: "Programme officer who completed an ICF-accredited coach training with supervised practice.",
    commitmentsAcceptedAt: new Date(),
    commitmentsVersion: COMMITMENTS_VERSION,
  });
  const hana = await make.staff("Hana Kim", { roles: ["hr_reviewer"], appointmentType: "permanent" });
  const th = (key: string, values?: Record<string, string>) => t(`hrCredentials.${key}`, values);
  const { context, page } = await signedInPage(browser, baseURL!, hana, "en");
  try {
    await page.goto(`/hr/credentials/${priya.profileId}`);
    await expect(page.getByTestId("status-badge")).toHaveText(th("status.submitted"));
    const review = page.getByTestId("review-form");
    for (const item of [
      th("checklist.credentialValid"),
      th("checklist.trainingHours", { min: "50" }),
      th("checklist.observedPractice"),
    ]) {
      const box = review.getByRole("checkbox", { name: startingWith(item) });
      await tabTo(page, box);
      await page.keyboard.press("Space");
      await expect(box).toBeChecked();
    }
    // The decisions are one radio group: Tab enters it, the arrow keys choose.
    const approve = review.getByRole("radio", { name: startingWith(th("decision.approve")) });
    await tabTo(page, review.getByRole("radio").first());
    for (let i = 0; i < 3 && !(await isFocused(approve)); i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    await expect(approve).toBeChecked();
    await tabTo(page, review.getByRole("button", { name: th("decision.submit.approve") }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toHaveText(th("done.approve"));
    await expect(page.getByTestId("status-badge")).toHaveText(th("status.approved"));
  } finally {
    await context.close();
  }
});

test("on a phone the directory's filters fold behind one button that counts them, and open with the keyboard", async ({
  browser,
  baseURL,
  make,
}) => {
  const keiko = await make.staff("Keiko Yamamoto", { roles: ["client"] });
  const { context, page } = await signedInPage(browser, baseURL!, keiko, "en");
  try {
    await page.setViewportSize(PHONE);
    await page.goto("/coaches");
    const toggle = page.getByRole("button", {
      name: startingWith(msg("en", "directory.filters.toggle").match(/=0 \{([^}]*)\}/)![1]),
    });
    const expertise = page.getByLabel(t("directory.filters.expertise"));
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(expertise).toBeHidden();
    // Folded, the first coach is in the first screen.
    const first = await page.getByTestId("coach-card").first().boundingBox();
    expect(first!.y).toBeLessThan(PHONE.height);

    await tabTo(page, toggle);
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await tabTo(page, expertise);
    await arrowTo(page, expertise, "leadership");
    await tabTo(page, page.getByRole("button", { name: t("directory.filters.apply") }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.searchParams.get("expertise") === "leadership");
    // Folded again after the page reloads, the button says one filter is active; Space opens it.
    await expect(toggle).toHaveText(new RegExp(one("directory.filters.toggle")));
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await tabTo(page, toggle);
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(expertise).toHaveValue("leadership");
  } finally {
    await context.close();
  }
});

test("the demo's newcomers start their workflows from the sign-in page with the keyboard alone", async ({
  browser,
}) => {
  const start = async (name: string, locale: "en" | "fr" = "en") => {
    // The sign-in page in English; once signed in, the persona's own language.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/signin");
    await tabTo(page, page.getByRole("button", { name: t("signIn.demoButton", { name }) }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "home.title", { name }));
    return { context, page };
  };
  // Inès, enrolled as a mentee without a mentor, reads French: the mentors, one's profile, the request form.
  const ines = await start("Inès Lambert", "fr");
  try {
    const p = ines.page;
    const tf = (key: string) => msg("fr", key);
    await tabTo(p, p.getByRole("navigation", { name: tf("nav.label") }).getByRole("link", { name: tf("nav.mentors") }));
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => url.pathname === "/mentors");
    await tabTo(p, p.getByTestId("coach-card").first().getByRole("link"));
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => /^\/mentors\/[\w-]+$/.test(url.pathname));
    await tabTo(p, p.getByRole("link", { name: tf("mentorDirectory.profile.request") }));
    await p.keyboard.press("Enter");
    await expect(p.getByRole("form", { name: tf("mentorRequests.title") })).toBeVisible();
  } finally {
    await ines.context.close();
  }
  // Joseph, whose coaching is complete: his engagement, then the attestation and its print button.
  const joseph = await start("Joseph Kamau");
  try {
    const p = joseph.page;
    await tabTo(
      p,
      p.getByRole("navigation", { name: t("nav.label") }).getByRole("link", { name: t("nav.engagements") }),
    );
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => url.pathname === "/engagements");
    await tabTo(p, p.getByRole("link", { name: startingWith(t("engagementPage.list.open")) }).first());
    await p.keyboard.press("Enter");
    await expect(p).toHaveURL((url) => /^\/engagements\/[\w-]+$/.test(url.pathname));
    await tabTo(p, p.getByRole("link", { name: t("feedback.closing.attestationLink") }));
    await p.keyboard.press("Enter");
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(t("attestation.title"));
    await tabTo(p, p.getByRole("button", { name: t("attestation.print") }));
  } finally {
    await joseph.context.close();
  }
});
