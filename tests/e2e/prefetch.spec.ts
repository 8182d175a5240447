// A page view is one request to the server: links fetch their page ahead only when the reader is
// about to follow them (pointed at, touched or focused), not because they scrolled into view
// (components/ui/link.tsx). Every page is rendered per person, so next/link's own prefetching made
// a client's visit of /coaches cost the server some forty renders.
import type { Page, Request } from "@playwright/test";
import { expect, msg, named, signInAs, test } from "./fixtures";

/** The requests for pages (documents and Server Components payloads) the page sends from now on. */
function pageRequests(page: Page, origin: string) {
  const seen: string[] = [];
  const listen = (r: Request) => {
    const url = new URL(r.url());
    if (url.origin !== origin || url.pathname.startsWith("/_next/") || url.pathname.startsWith("/api/")) return;
    if (url.pathname === "/icon.svg") return;
    seen.push(`${r.headers()["rsc"] ? "rsc" : "page"} ${url.pathname}`);
  };
  page.on("request", listen);
  return seen;
}

test("a client's visit of the directory costs one page request; a card fetches its profile ahead only when pointed at", async ({
  page,
  context,
  baseURL,
  make,
}) => {
  const programme = await make.programme();
  const cohort = await make.cohort({ programmeId: programme.id });
  const coach = await make.coach({ name: named("Aude Prefetch"), expertiseAreas: ["leadership"] });
  const client = await make.staff("Paul Lien", { roles: ["client"], enrolIn: cohort.id });
  await signInAs(context, baseURL!, client);
  const origin = new URL(baseURL!).origin;

  const seen = pageRequests(page, origin);
  await page.goto(`/coaches?q=${encodeURIComponent(coach.name!)}`);
  const card = page.getByRole("link", { name: msg("en", "directory.card.view", { name: coach.name! }) });
  await expect(card).toBeVisible();
  // The menu's links and the card are in view; none of their pages is asked for.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  expect(seen).toEqual(["page /coaches"]);

  // Pointing at the card fetches its profile ahead (Next asks for the route's tree, then its page), and
  // nothing else; the click then shows it.
  const profile = await card.getAttribute("href");
  await card.hover();
  await expect.poll(() => seen.filter((r) => r.startsWith("rsc ")).length).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(new Set(seen.slice(1))).toEqual(new Set([`rsc ${profile}`]));
  await card.click();
  await expect(page).toHaveURL((url) => url.pathname === profile);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(coach.name!);

  // From the keyboard: the focus on a menu link fetches that page ahead, and Enter opens it. (The
  // pointer leaves the page first, so that nothing under it is pointed at.)
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  seen.length = 0;
  const first = page
    .getByRole("navigation", { name: msg("en", "nav.label") })
    .getByRole("link")
    .first();
  const target = await first.getAttribute("href");
  await first.focus();
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(new Set(seen)).toEqual(new Set([`rsc ${target}`]));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === target);
});
