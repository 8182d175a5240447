// The signed-out landing page: what Binôme is, every programme (the demo data's, and any that other
// specs made) and the four services, in English and in French.
import type { Page } from "@playwright/test";
import { programmes } from "../../prisma/seed/data";
import { expect, msg, query, test, chooseLanguage } from "./fixtures";

const SERVICES = ["coaching", "mentoring", "counselling", "ombuds"] as const;

async function expectLanding(page: Page, locale: "en" | "fr") {
  const t = (key: string) => msg(locale, `landing.${key}`);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("title"));
  await expect(page.getByText(t("lead"))).toBeVisible();
  await expect(page.getByRole("link", { name: t("ctaSignIn") })).toBeVisible();

  const services = page.getByRole("region", { name: t("whichTitle") });
  await expect(services.getByRole("heading", { level: 3 })).toHaveText(SERVICES.map((s) => t(`${s}Title`)));
  for (const s of SERVICES) await expect(services.getByText(t(`${s}For`))).toBeVisible();

  // Every programme of the database has its card (other specs may have added some): compared as
  // sets, since programmes made in one transaction share their creation time.
  const catalogue = page.getByRole("region", { name: t("programmesTitle") });
  const cards = catalogue.getByRole("listitem");
  const stored = await query<{ name: string }>(
    `select ${locale === "fr" ? `"nameFr"` : `"nameEn"`} as name from "Programme"`,
  );
  await expect(cards).toHaveCount(stored.length);
  const shown = await cards.getByRole("heading", { level: 3 }).allTextContents();
  expect(shown.toSorted()).toEqual(stored.map((p) => p.name).toSorted());
  // The demo's programmes, each on its own card with its description.
  for (const p of programmes) {
    const name = locale === "fr" ? p.nameFr : p.nameEn;
    const card = cards.filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
    await expect(card).toHaveCount(1);
    await expect(card.getByText(locale === "fr" ? p.descriptionFr : p.descriptionEn)).toBeVisible();
  }
}

test("a signed-out visitor sees what Binôme is, the programmes and the four services, in English", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expectLanding(page, "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "false");
});

test("with the French language cookie the landing page is in French", async ({ page, context, baseURL }) => {
  await chooseLanguage(context, baseURL!, "fr");
  await page.goto("/");
  await expectLanding(page, "fr");
  await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");
});

test("clicking “Français” switches the landing page to French and it stays French", async ({ page, context }) => {
  await page.goto("/");
  await expectLanding(page, "en");
  await page.getByRole("button", { name: "Français" }).click();
  await expectLanding(page, "fr");
  await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");
  expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("fr");
  await page.reload();
  await expectLanding(page, "fr");
});

test.describe("with a French-speaking browser", () => {
  test.use({ locale: "fr-FR" });

  test("a first visit is in French (Accept-Language)", async ({ page }) => {
    await page.goto("/");
    await expectLanding(page, "fr");
  });
});
