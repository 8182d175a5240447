// The language choice is remembered: in a cookie for this browser, and on the signed-in
// person's profile for any other browser. An HR reviewer of the test's own, who prefers English.
import type { Page } from "@playwright/test";
import type { Person } from "../support/factories";
import { expect, msg, query, signInAs, test } from "./fixtures";

async function expectHome(page: Page, locale: "en" | "fr", hana: Person) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "home.title", { name: hana.name }));
  await expect(page.getByRole("button", { name: msg(locale, "common.signOut") })).toBeVisible();
  await expect(page.getByRole("button", { name: msg(locale, `language.${locale}`) })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
}

async function preferredLanguageOf(person: Person): Promise<string> {
  const [row] = await query<{ preferredLanguage: string }>(`select "preferredLanguage" from "User" where id = $1`, [
    person.id,
  ]);
  return row.preferredLanguage;
}

test("a signed-in person's choice of French is kept on reload and in a new browser", async ({
  page,
  context,
  baseURL,
  browser,
  make,
}) => {
  const hana = await make.staff("Hana Kim", { roles: ["hr_reviewer"], preferredLanguage: "en" });
  const preferredLanguage = () => preferredLanguageOf(hana);
  expect(await preferredLanguage()).toBe("en");
  await signInAs(context, baseURL!, hana);
  await page.goto("/");
  await expectHome(page, "en", hana);

  await page.getByRole("button", { name: "Français" }).click();
  await expectHome(page, "fr", hana);
  await expect(
    page.getByRole("navigation", { name: msg("fr", "nav.label") }).getByRole("link", { name: msg("fr", "nav.home") }),
  ).toBeVisible();

  await page.reload();
  await expectHome(page, "fr", hana);
  expect(await preferredLanguage()).toBe("fr");

  // A brand-new browser (no language cookie, English Accept-Language), signed in again as Hana.
  const other = await browser.newContext({ locale: "en-GB" });
  try {
    await signInAs(other, baseURL!, hana);
    const second = await other.newPage();
    await second.goto("/");
    expect((await other.cookies()).some((c) => c.name === "NEXT_LOCALE")).toBe(false);
    await expectHome(second, "fr", hana);

    // Back to English, from that browser: the page and the profile follow.
    await second.getByRole("button", { name: "English" }).click();
    await expectHome(second, "en", hana);
    await expect.poll(preferredLanguage).toBe("en");
  } finally {
    await other.close();
  }
});
