// Takes Chromium screenshots of pages of a running Binôme (for review and for the README).
//   tsx scripts/screenshot.ts <base-url> <out-dir> [persona-email] [locale] path...
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";

const [base, outDir, persona, locale, ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: locale === "fr" ? "fr-FR" : "en-GB",
});
if (locale) await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
const page = await context.newPage();
if (persona && persona !== "-") {
  await page.goto(`${base}/signin`);
  await page.locator(`button:has-text("${persona}")`).first().click();
  await page.waitForURL(`${base}/`);
}
for (const p of paths) {
  await page.goto(`${base}${p}`);
  const file = path.join(
    outDir,
    `${(persona ?? "anon").replace(/\W+/g, "-")}-${locale ?? "en"}${p.replace(/\W+/g, "-")}.png`,
  );
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
