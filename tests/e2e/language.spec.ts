// The language choice is remembered: in a cookie for this browser, and on the signed-in
// person's profile for any other browser. Uses Hana Kim, whom no other spec relies on for
// her language, and puts her back to English at the end.
import type { Page } from "@playwright/test";
import { expect, msg, query, signInAs, test } from "./fixtures";

const HANA = "hana.hr@example.org";

async function expectHome(page: Page, locale: "en" | "fr") {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "home.title", { name: "Hana Kim" }));
  await expect(page.getByRole("button", { name: msg(locale, "common.signOut") })).toBeVisible();
  await expect(page.getByRole("button", { name: msg(locale, `language.${locale}`) })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
}

async function preferredLanguage(): Promise<string> {
  const [row] = await query<{ preferredLanguage: string }>(`select "preferredLanguage" from "User" where email = $1`, [
    HANA,
  ]);
  return row.preferredLanguage;
}

test.afterEach(async () => {
  // Whatever happened above, Hana prefers English again.
  await query(`update "User" set "preferredLanguage" = 'en' where email = $1`, [HANA]);
});

test("a signed-in person's choice of French is kept on reload and in a new browser", async ({
  page,
  context,
  baseURL,
  browser,
}) => {
  expect(await preferredLanguage()).toBe("en");
  await signInAs(context, baseURL!, HANA);
  await page.goto("/");
  await expectHome(page, "en");

  await page.getByRole("button", { name: "Français" }).click();
  await expectHome(page, "fr");
  await expect(
    page.getByRole("navigation", { name: msg("fr", "nav.label") }).getByRole("link", { name: msg("fr", "nav.home") }),
  ).toBeVisible();

  await page.reload();
  await expectHome(page, "fr");
  expect(await preferredLanguage()).toBe("fr");

  // A brand-new browser (no language cookie, English Accept-Language), signed in again as Hana.
  const other = await browser.newContext({ locale: "en-GB" });
  try {
    await signInAs(other, baseURL!, HANA);
    const second = await other.newPage();
    await second.goto("/");
    expect((await other.cookies()).some((c) => c.name === "NEXT_LOCALE")).toBe(false);
    await expectHome(second, "fr");

    // Back to English, from that browser: the page and the profile follow.
    await second.getByRole("button", { name: "English" }).click();
    await expectHome(second, "en");
    await expect.poll(preferredLanguage).toBe("en");
  } finally {
    await other.close();
  }
});
