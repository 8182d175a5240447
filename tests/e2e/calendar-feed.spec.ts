// Meeting links and the calendar feed, in the browser: the coach (in French) sets the engagement's
// Teams link — a javascript: address is refused beside the field — and the session card offers to
// join by it; the client (in English) gets their calendar subscription address on /account, and a
// calendar client (no cookie) reads the feed: the session's LOCATION and URL are the Teams link.
import AxeBuilder from "@axe-core/playwright";
import ICAL from "ical.js";
import { request as playwrightRequest } from "@playwright/test";
import { expect, msg, named, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const TEAMS = "https://teams.example.org/l/meetup-join/e2e-calendar-feed";

test("the coach sets the meeting link in French; the client subscribes to their feed in English", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(90_000);
  const programme = await make.programme({ type: "coaching", nameEn: named("Programme feed") });
  const cohort = await make.cohort({ programmeId: programme.id });
  const coach = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: "fr" });
  const client = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: cohort.id });
  const startsAt = new Date(Date.now() + 5 * 86_400_000);
  startsAt.setUTCHours(9, 0, 0, 0);
  const engagement = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: coach.profileId,
    seekerId: client.id,
    sessions: [{ status: "scheduled", startsAt, timeZone: "Europe/Zurich", mode: "video", location: null }],
  });
  const sessionId = engagement.sessions[0]!.id;

  const c = await signedInPage(browser, baseURL!, coach, "fr");
  const a = await signedInPage(browser, baseURL!, client, "en");
  const calendar = await playwrightRequest.newContext({ baseURL });
  try {
    // --- The coach, in French: a refused address, then the Teams link -----------------------------
    const cp = c.page;
    await cp.goto(`/engagements/${engagement.id}`);
    const section = cp.getByRole("region", { name: msg("fr", "meetingLink.heading") });
    const field = section.getByLabel(msg("fr", "meetingLink.label"));
    await field.fill("javascript:alert(1)");
    await section.getByRole("button", { name: msg("fr", "meetingLink.save") }).click();
    await expect(section.getByText(msg("fr", "errors.meetingUrlInvalid"))).toBeVisible();
    await expect(field).toHaveValue("javascript:alert(1)");
    await field.fill(TEAMS);
    await section.getByRole("button", { name: msg("fr", "meetingLink.save") }).click();
    await expect(section.getByText(msg("fr", "meetingLink.saved"))).toBeVisible();
    const card = cp.locator(`#session-${sessionId}`);
    await expect(card.getByRole("link", { name: msg("fr", "sessions.joinLink") })).toHaveAttribute("href", TEAMS);
    expect((await new AxeBuilder({ page: cp }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

    // --- The client, in English: the subscription address on /account -----------------------------
    const ap = a.page;
    await ap.goto("/account");
    const feed = ap.getByRole("region", { name: msg("en", "calendarFeed.card.heading") });
    await expect(feed.getByText(msg("en", "calendarFeed.card.none"))).toBeVisible();
    await feed.getByRole("button", { name: msg("en", "calendarFeed.card.create") }).click();
    const https = feed.getByLabel(msg("en", "calendarFeed.card.httpsLabel"), { exact: true });
    await expect(https).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expect(feed.getByLabel(msg("en", "calendarFeed.card.webcalLabel"))).toHaveValue(/^webcal:\/\//);
    expect((await new AxeBuilder({ page: ap }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    const address = new URL(await https.inputValue());

    // --- A calendar client, without any cookie, reads the feed ------------------------------------
    const response = await calendar.get(address.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const vevents = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent");
    const event = vevents.find((v) => v.getFirstPropertyValue("uid") === `${sessionId}@binome`);
    expect(event?.getFirstPropertyValue("location")).toBe(TEAMS);
    expect(event?.getFirstPropertyValue("url")).toBe(TEAMS);

    // A new address: the old one stops working at once.
    await feed.getByRole("button", { name: msg("en", "calendarFeed.card.regenerate") }).click();
    const dialog = ap.getByRole("dialog", { name: msg("en", "calendarFeed.card.confirmTitle") });
    await dialog.getByRole("button", { name: msg("en", "calendarFeed.card.confirm") }).click();
    await expect(feed.getByText(msg("en", "calendarFeed.card.regenerated"))).toBeVisible();
    expect((await calendar.get(address.pathname)).status()).toBe(404);
  } finally {
    await calendar.dispose();
    await c.context.close();
    await a.context.close();
  }
});
