// Availability and booking in the browser: Carlos (coach, Geneva, in French) sets his weekly hours
// and a day away, by keyboard-usable fields only; Amina (client, Tokyo, in English) sees the free
// slots of her next session in her own zone with his noted, books one, and both receive the
// calendar invitation. Then she marks the booked session held earlier than planned, with its real
// time. The people and the engagement are the test's own.
import AxeBuilder from "@axe-core/playwright";
import ICAL from "ical.js";
import { instantToLocalTime } from "../../lib/domain/session-schedule";
import { expect, msg, named, query, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("a coach sets weekly hours in French, a client in another zone books a slot in English, both get the invitation", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(150_000);
  const programme = await make.programme({ type: "coaching", nameEn: named("Programme coaching") });
  const cohort = await make.cohort({ programmeId: programme.id });
  const carlos = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: "fr", timeZone: "Europe/Zurich" });
  const amina = await make.staff("Amina Diallo", { roles: ["client"], timeZone: "Asia/Tokyo", enrolIn: cohort.id });
  const { id } = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: carlos.profileId,
    seekerId: amina.id,
    status: "active",
    startedAt: new Date(Date.now() - 7 * 86_400_000),
  });
  const startedAt = new Date(Date.now() - 60_000);
  const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const te = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const c = await signedInPage(browser, baseURL!, carlos, "fr");
  const a = await signedInPage(browser, baseURL!, amina, "en");
  try {
    // --- Carlos, in French: Tuesday mornings every week, and every other weekday too ---------------
    const cp = c.page;
    await cp.goto("/coach/availability");
    await expect(cp.getByRole("heading", { level: 1 })).toHaveText(tf("availability.title"));
    const weekly = cp.getByRole("form", { name: tf("availability.weekly.heading") });
    await expect(weekly.getByLabel(tf("availability.weekly.timeZone"))).toHaveValue("Europe/Zurich");
    for (let day = 1; day <= 7; day++) {
      await weekly.getByRole("button", { name: tf("availability.weekly.add") }).click();
      const row = weekly.getByTestId("period").nth(day - 1);
      await row.getByLabel(tf("availability.weekly.weekday")).selectOption(String(day));
      await row.getByLabel(tf("availability.weekly.start")).fill("09:00");
      await row.getByLabel(tf("availability.weekly.end")).fill(day === 1 ? "08:00" : "12:00");
    }
    // An end before the start is refused beside the field; nothing typed is lost.
    await weekly.getByRole("button", { name: tf("availability.weekly.save") }).click();
    await expect(weekly.getByText(tf("errors.availabilityPeriodInvalid"))).toBeVisible();
    await weekly.getByTestId("period").first().getByLabel(tf("availability.weekly.end")).fill("12:00");
    await weekly.getByRole("button", { name: tf("availability.weekly.save") }).click();
    await expect(weekly.getByText(`✓ ${tf("availability.weekly.saved")}`)).toBeVisible();
    // A day away: the day after tomorrow.
    const away = cp.getByRole("form", { name: tf("availability.away.add") });
    const awayDay = instantToLocalTime(new Date(Date.now() + 2 * 86_400_000), "Europe/Zurich").slice(0, 10);
    await away.getByLabel(tf("availability.away.firstDay")).fill(awayDay);
    await away.getByLabel(tf("availability.away.lastDay")).fill(awayDay);
    await away.getByLabel(tf("availability.away.reason")).fill("Congé");
    await away.getByRole("button", { name: tf("availability.away.add") }).click();
    await expect(cp.getByRole("list", { name: tf("availability.away.heading") })).toContainText("Congé");
    expect((await new AxeBuilder({ page: cp }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

    // --- Amina, in English, in Tokyo: books the first slot of her next session --------------------
    const ap = a.page;
    await ap.goto(`/engagements/${id}`);
    const introEn = te("sessionPlans.coaching.intro.title");
    const intro = ap.getByRole("article", { name: introEn });
    await intro.getByRole("button", { name: `${te("booking.open")} — ${introEn}` }).click();
    const form = intro.getByRole("form", { name: te("booking.formLabel") });
    await expect(form).toContainText(
      te("booking.zoneHintOther", { zone: "Asia/Tokyo", name: carlos.name, coachZone: "Europe/Zurich" }),
    );
    // No slot on Carlos's day away.
    const values = await form
      .locator("input[name=startsAt]")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values.length).toBeGreaterThan(10);
    expect(values.some((v) => instantToLocalTime(new Date(v), "Europe/Zurich").startsWith(awayDay))).toBe(false);
    expect(values.every((v) => /T(09|10|11):(00|30)$/.test(instantToLocalTime(new Date(v), "Europe/Zurich")))).toBe(
      true,
    );
    // Submitting without a slot names the list.
    await form.getByLabel(te("sessions.propose.link")).fill("https://meet.example.org/amina-carlos");
    await form.getByRole("button", { name: te("booking.submit") }).click();
    await expect(form.getByText(te("errors.bookingSlotRequired"))).toBeVisible();
    await form.locator("input[name=startsAt]").first().check();
    expect((await new AxeBuilder({ page: ap }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    await form.getByRole("button", { name: te("booking.submit") }).click();
    await expect(intro).toContainText(te("sessions.status.scheduled"));

    // --- both receive the invitation for the booked time ------------------------------------------
    const [row] = await query<{ id: string; startsAt: Date }>(
      `select id, "startsAt" from "EngagementSession" where "engagementId" = $1 and position = 1`,
      [id],
    );
    expect(new Date(row.startsAt).toISOString()).toBe(values[0]);
    for (const to of [amina.email, carlos.email]) {
      const [email] = await query<{ attachments: { content: string }[] }>(
        `select attachments from "OutboxEmail" where "to" = $1 and kind = 'session-scheduled' and "createdAt" >= $2`,
        [to, startedAt],
      );
      expect(email, `invitation to ${to}`).toBeTruthy();
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(email.attachments[0].content)).getFirstSubcomponent("vevent")!,
      );
      expect(event.uid).toBe(`${row.id}@binome`);
    }

    // --- it took place earlier than planned: Amina marks it held with its real time ---------------
    await intro.getByRole("button", { name: `${te("booking.heldEarlier.open")} — ${introEn}` }).click();
    const held = intro.getByRole("form", { name: te("booking.heldEarlier.label") });
    const realTime = instantToLocalTime(new Date(Date.now() - 86_400_000), "Asia/Tokyo").slice(0, 11) + "10:00";
    await held.getByLabel(te("booking.heldEarlier.when")).fill(realTime);
    await held.getByRole("button", { name: te("booking.heldEarlier.submit") }).click();
    await expect(intro).toContainText(te("sessions.status.completed"));
  } finally {
    await c.context.close();
    await a.context.close();
  }
});
