// Signing in with an e-mail link: the link arrives in the outbox, signs in once, and the
// form reveals nothing about which addresses have an account.
import type { Page } from "@playwright/test";
import { unique } from "../support/factories";
import { expect, msg, outboxEmailsTo, signInLinkIn, test, chooseLanguage } from "./fixtures";

async function askForLink(page: Page, address: string) {
  await page.goto("/signin");
  await page.getByLabel(msg("en", "signIn.emailLabel")).fill(address);
  await page.getByRole("button", { name: msg("en", "signIn.submit") }).click();
}

async function expectCheckEmailPage(page: Page, address: string) {
  await expect(page).toHaveURL((url) => url.pathname === "/signin/check-email");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "signIn.checkTitle"));
  await expect(page.getByText(msg("en", "signIn.checkLead", { email: address }))).toBeVisible();
}

/** The check-email page's text with the address blanked out. */
async function checkEmailText(page: Page, address: string) {
  return (await page.getByRole("main").innerText()).replaceAll(address, "<address>");
}

test("a sign-in link from the outbox signs Amina in, once", async ({ page, browser, make }) => {
  const amina = await make.staff("Amina Diallo", { roles: ["client"] });
  const AMINA = amina.email;
  const before = new Set((await outboxEmailsTo(AMINA)).map((e) => e.id));
  await askForLink(page, AMINA);
  await expectCheckEmailPage(page, AMINA);

  // The newest e-mail to Amina, written for this request.
  let fresh: Awaited<ReturnType<typeof outboxEmailsTo>> = [];
  await expect
    .poll(async () => {
      fresh = (await outboxEmailsTo(AMINA)).filter((e) => !before.has(e.id));
      return fresh.length;
    })
    .toBe(1);
  const [email] = fresh;
  expect(email.subject).toBe(msg("en", "email.signIn.subject"));
  const link = signInLinkIn(email.text);

  // The demo outbox page lists it too.
  await page.getByRole("link", { name: msg("en", "nav.outbox") }).click();
  const listed = page.locator(`[data-testid="outbox-email"][data-to="${AMINA}"]`).first();
  await expect(listed).toContainText(link);

  await page.goto(link);
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "home.title", { name: amina.name }));
  await expect(page.getByRole("button", { name: msg("en", "common.signOut") })).toBeVisible();

  // The same link, opened again in a browser with no session: it has been used up.
  const other = await browser.newContext({ locale: "en-GB" });
  try {
    const second = await other.newPage();
    await second.goto(link);
    await expect(second).toHaveURL(
      (url) => url.pathname === "/signin" && url.searchParams.get("error") === "Verification",
    );
    await expect(second.getByRole("main").getByRole("alert")).toHaveText(msg("en", "errors.Verification"));
    await expect(second.getByRole("heading", { level: 1 })).toHaveText(msg("en", "signIn.title"));
    await expect(second.getByRole("button", { name: msg("en", "common.signOut") })).toHaveCount(0);
    expect((await other.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(false);
    // Still signed out on the home page.
    await second.goto("/");
    await expect(second.getByRole("heading", { level: 1 })).toHaveText(msg("en", "landing.title"));
  } finally {
    await other.close();
  }
});

test("an unknown address gets the very same check-email page, and no e-mail is written", async ({ page, make }) => {
  const nobody = `${unique("nobody")}@example.org`;
  await askForLink(page, nobody);
  await expectCheckEmailPage(page, nobody);
  const unknownText = await checkEmailText(page, nobody);
  expect(await outboxEmailsTo(nobody)).toEqual([]);

  // Compare with what a known person sees.
  const sam = (await make.staff("Sam Taylor", { roles: ["sponsor"] })).email;
  await askForLink(page, sam);
  await expectCheckEmailPage(page, sam);
  expect(await checkEmailText(page, sam)).toBe(unknownText);
  expect((await outboxEmailsTo(sam)).length).toBeGreaterThan(0);
  expect(await outboxEmailsTo(nobody)).toEqual([]);
});

test("an invalid address is refused next to the field, in English, and the text stays", async ({ page }) => {
  await page.goto("/signin");
  const field = page.getByLabel(msg("en", "signIn.emailLabel"));
  await field.fill("not-an-email");
  await page.getByRole("button", { name: msg("en", "signIn.submit") }).click();
  await expect(field).toHaveAccessibleDescription(msg("en", "errors.emailInvalid"));
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(msg("en", "errors.emailInvalid"))).toBeVisible();
  await expect(field).toHaveValue("not-an-email");
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
});

test("an invalid address is refused in French when the language is French", async ({ page, context, baseURL }) => {
  await chooseLanguage(context, baseURL!, "fr");
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const field = page.getByLabel(msg("fr", "signIn.emailLabel"));
  await field.fill("not-an-email");
  await page.getByRole("button", { name: msg("fr", "signIn.submit") }).click();
  await expect(field).toHaveAccessibleDescription(msg("fr", "errors.emailInvalid"));
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("not-an-email");
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
});

test("switching to French while the error shows translates it and keeps the typed text", async ({ page }) => {
  await page.goto("/signin");
  const field = page.getByRole("textbox");
  await field.fill("not-an-email");
  await page.getByRole("button", { name: msg("en", "signIn.submit") }).click();
  await expect(field).toHaveAccessibleDescription(msg("en", "errors.emailInvalid"));

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("fr", "signIn.title"));
  await expect(field).toHaveAccessibleDescription(msg("fr", "errors.emailInvalid"));
  await expect(field).toHaveValue("not-an-email");
});
