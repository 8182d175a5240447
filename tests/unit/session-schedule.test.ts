import { describe, expect, it } from "vitest";
import { SESSION_PLANS } from "@/lib/domain/session-plans";
import {
  firstOverlap,
  instantToLocalTime,
  isKnownTimeZone,
  localTimeToInstant,
  overlaps,
  planSessions,
  SESSION_HORIZON_YEARS,
  sessionTimeProblem,
  timeZoneChoices,
} from "@/lib/domain/session-schedule";
import { proposeSessionSchema } from "@/lib/validation/sessions";

const zoned = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);

describe("plan generation", () => {
  it("coaching: the introduction within two weeks of the start, then one session a month, at midday in the coach's zone", () => {
    // Monday 23 November 2026, 09:00 in Geneva.
    const plan = planSessions(SESSION_PLANS.coaching, new Date("2026-11-23T08:00:00Z"), "Europe/Zurich");
    expect(plan.map((s) => s.stepKey)).toEqual([
      "coaching.intro",
      "coaching.session-1",
      "coaching.session-2",
      "coaching.session-3",
      "coaching.session-4",
      "coaching.session-5",
    ]);
    expect(plan.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.every((s) => s.durationMinutes === 45)).toBe(true);
    expect(plan.map((s) => zoned(s.suggestedAt, "Europe/Zurich"))).toEqual([
      "Mon, 07/12/2026, 12:00", // 14 days after the start
      "Thu, 07/01/2027, 12:00", // a month after the introduction
      "Mon, 08/02/2027, 12:00", // 7 February is a Sunday: the Monday after
      "Mon, 08/03/2027, 12:00", // 7 March is a Sunday too
      "Wed, 07/04/2027, 12:00", // after the change to summer time, still midday in Geneva
      "Fri, 07/05/2027, 12:00",
    ]);
  });

  it("mentoring: nine sessions of an hour, about twice a month (every 14 days)", () => {
    const plan = planSessions(SESSION_PLANS.mentoring, new Date("2026-11-23T12:00:00Z"), "America/Santiago");
    expect(plan).toHaveLength(9);
    expect(plan[0].stepKey).toBe("mentoring.getting-to-know");
    expect(plan.every((s) => s.durationMinutes === 60)).toBe(true);
    for (let i = 1; i < plan.length; i++) {
      const days = (plan[i].suggestedAt.getTime() - plan[i - 1].suggestedAt.getTime()) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(13.9);
      expect(days).toBeLessThanOrEqual(15);
    }
    expect(plan.every((s) => zoned(s.suggestedAt, "America/Santiago").endsWith("12:00"))).toBe(true);
  });

  it("computes days in the coach's zone: a start late on Sunday in Bangkok is already Monday there", () => {
    // Sunday 22 November 2026 20:00 UTC = Monday 23 November 03:00 in Bangkok.
    const start = new Date("2026-11-22T20:00:00Z");
    const bangkok = planSessions(SESSION_PLANS.networking, start, "Asia/Bangkok");
    const newYork = planSessions(SESSION_PLANS.networking, start, "America/New_York");
    expect(zoned(bangkok[0].suggestedAt, "Asia/Bangkok")).toBe("Mon, 07/12/2026, 12:00");
    expect(zoned(newYork[0].suggestedAt, "America/New_York")).toBe("Mon, 07/12/2026, 12:00"); // Sunday 6 Dec moved to Monday
    expect(bangkok[1]).toMatchObject({ stepKey: "networking.second-meeting", durationMinutes: 30 });
  });

  it("falls back to UTC for an unknown coach zone instead of failing", () => {
    const plan = planSessions(SESSION_PLANS.coaching, new Date("2026-11-23T08:00:00Z"), "Mars/Olympus");
    expect(plan[0].suggestedAt.toISOString()).toBe("2026-12-07T12:00:00.000Z");
  });
});

describe("time zones and local times", () => {
  it("knows IANA zones and refuses offsets, abbreviations and made-up names", () => {
    for (const zone of ["Europe/Zurich", "America/Argentina/Buenos_Aires", "UTC", "Asia/Kolkata", "America/New_York"])
      expect(isKnownTimeZone(zone), zone).toBe(true);
    for (const zone of ["", "+01:00", "CET1", "Mars/Olympus", "Europe/Nowhere", "europe zurich", "../etc/passwd"])
      expect(isKnownTimeZone(zone), zone).toBe(false);
  });

  it("offers UTC first and keeps a person's own zone even when the runtime does not list it", () => {
    const choices = timeZoneChoices("Europe/Zurich");
    expect(choices[0]).toBe("UTC");
    expect(choices).toContain("Europe/Zurich");
    expect(new Set(choices).size).toBe(choices.length);
  });

  it("turns a wall-clock time in a zone into the instant, and back", () => {
    expect(localTimeToInstant("2026-12-03T10:00", "Europe/Zurich")?.toISOString()).toBe("2026-12-03T09:00:00.000Z");
    expect(localTimeToInstant("2026-07-03T10:00", "Europe/Zurich")?.toISOString()).toBe("2026-07-03T08:00:00.000Z");
    expect(localTimeToInstant("2026-12-03T10:00", "America/New_York")?.toISOString()).toBe("2026-12-03T15:00:00.000Z");
    expect(instantToLocalTime(new Date("2026-12-03T09:00:00Z"), "America/New_York")).toBe("2026-12-03T04:00");
    expect(instantToLocalTime(new Date("2026-12-03T09:00:00Z"), "Asia/Kolkata")).toBe("2026-12-03T14:30");
  });

  it("refuses a time skipped when the clocks go forward, malformed input and unknown zones", () => {
    expect(localTimeToInstant("2026-03-29T02:30", "Europe/Zurich")).toBeNull();
    expect(localTimeToInstant("2026-02-30T10:00", "Europe/Zurich")).toBeNull();
    expect(localTimeToInstant("2026-12-03 10:00", "Europe/Zurich")).toBeNull();
    expect(localTimeToInstant("2026-12-03T25:00", "Europe/Zurich")).toBeNull();
    expect(localTimeToInstant("2026-12-03T10:00", "Mars/Olympus")).toBeNull();
  });
});

describe("the overlap rule", () => {
  const at = (iso: string, durationMinutes = 45) => ({ startsAt: new Date(iso), durationMinutes });
  it("refuses sessions that share any minute, and allows back-to-back ones", () => {
    expect(overlaps(at("2026-12-03T09:00:00Z"), at("2026-12-03T09:30:00Z"))).toBe(true);
    expect(overlaps(at("2026-12-03T09:30:00Z"), at("2026-12-03T09:00:00Z"))).toBe(true);
    expect(overlaps(at("2026-12-03T09:00:00Z", 120), at("2026-12-03T09:30:00Z", 15))).toBe(true);
    expect(overlaps(at("2026-12-03T09:00:00Z"), at("2026-12-03T09:45:00Z"))).toBe(false);
    expect(overlaps(at("2026-12-03T09:45:00Z"), at("2026-12-03T09:00:00Z"))).toBe(false);
  });

  it("names the first session in the way", () => {
    const others = [
      { id: "a", ...at("2026-12-03T07:00:00Z") },
      { id: "b", ...at("2026-12-03T09:40:00Z", 60) },
    ];
    expect(firstOverlap(at("2026-12-03T09:00:00Z"), others)?.id).toBe("b");
    expect(firstOverlap(at("2026-12-03T08:00:00Z"), others)).toBeUndefined();
  });
});

describe("the horizon of a proposed time", () => {
  const now = new Date("2026-12-03T10:00:00Z");

  it("is the future, up to two years ahead", () => {
    expect(SESSION_HORIZON_YEARS).toBe(2);
    expect(sessionTimeProblem(new Date("2026-12-03T09:59:00Z"), now)).toBe("sessionTimeInPast");
    expect(sessionTimeProblem(now, now)).toBe("sessionTimeInPast");
    expect(sessionTimeProblem(new Date("2026-12-03T10:01:00Z"), now)).toBeNull();
    expect(sessionTimeProblem(new Date("2028-12-03T10:00:00Z"), now)).toBeNull();
    expect(sessionTimeProblem(new Date("2028-12-03T10:01:00Z"), now)).toBe("sessionTimeTooFar");
    expect(sessionTimeProblem(new Date("9999-12-31T23:59:00Z"), now)).toBe("sessionTimeTooFar");
  });

  it("is checked by the form's schema, beside the time field", () => {
    const values = (startsAtLocal: string) => ({
      sessionId: "s1",
      startsAtLocal,
      timeZone: "Europe/Zurich",
      mode: "video",
      location: "https://meet.example.org/x",
    });
    const issue = (startsAtLocal: string) => {
      const parsed = proposeSessionSchema.safeParse(values(startsAtLocal));
      return parsed.success ? null : { path: parsed.error.issues[0].path, message: parsed.error.issues[0].message };
    };
    expect(issue("9999-12-31T10:00")).toEqual({ path: ["startsAtLocal"], message: "sessionTimeTooFar" });
    expect(issue("2020-01-06T10:00")).toEqual({ path: ["startsAtLocal"], message: "sessionTimeInPast" });
    const nextMonth = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(issue(`${nextMonth}T10:00`)).toBeNull();
  });
});
