import { describe, expect, it } from "vitest";
import {
  bookableSlots,
  dayIn,
  daysAwayProblem,
  heldAtProblem,
  hhmmOf,
  isOffered,
  minuteOfDay,
  overlappingPeriod,
  periodProblem,
  slotsByDay,
  type SlotQuery,
} from "@/lib/domain/availability";

const iso = (d: Date) => d.toISOString();
const base = (over: Partial<SlotQuery>): SlotQuery => ({
  timeZone: "Europe/Zurich",
  periods: [],
  daysAway: [],
  busy: [],
  durationMinutes: 60,
  now: new Date("2026-12-01T00:00:00Z"), // Tuesday 1 December 2026, 01:00 in Geneva
  noticeHours: 0,
  horizonDays: 7,
  ...over,
});

describe("weekly periods", () => {
  it("reads and writes wall-clock times", () => {
    expect(minuteOfDay("09:30")).toBe(570);
    expect(minuteOfDay("24:00")).toBe(1440);
    expect(minuteOfDay("24:30")).toBeNull();
    expect(minuteOfDay("9:30")).toBeNull();
    expect(minuteOfDay("10:75")).toBeNull();
    expect(hhmmOf(570)).toBe("09:30");
  });

  it("refuses a period that ends before it starts, is outside the day, or is too short for a session", () => {
    expect(periodProblem({ weekday: 2, startMinute: 540, endMinute: 720 }, 15)).toBeNull();
    expect(periodProblem({ weekday: 0, startMinute: 540, endMinute: 720 }, 15)).toBe("availabilityPeriodInvalid");
    expect(periodProblem({ weekday: 8, startMinute: 540, endMinute: 720 }, 15)).toBe("availabilityPeriodInvalid");
    expect(periodProblem({ weekday: 2, startMinute: 720, endMinute: 540 }, 15)).toBe("availabilityPeriodInvalid");
    expect(periodProblem({ weekday: 2, startMinute: 540, endMinute: 1500 }, 15)).toBe("availabilityPeriodInvalid");
    expect(periodProblem({ weekday: 2, startMinute: 540, endMinute: 550 }, 15)).toBe("availabilityPeriodTooShort");
  });

  it("finds periods that overlap on the same weekday only", () => {
    const tue = { weekday: 2, startMinute: 540, endMinute: 720 };
    expect(overlappingPeriod([tue, { ...tue, weekday: 4 }])).toBe(-1);
    expect(overlappingPeriod([tue, { weekday: 2, startMinute: 720, endMinute: 780 }])).toBe(-1); // back to back
    expect(overlappingPeriod([tue, { weekday: 4, startMinute: 0, endMinute: 60 }, { ...tue, startMinute: 700 }])).toBe(
      2,
    );
  });

  it("checks days away", () => {
    expect(daysAwayProblem({ firstDay: "2026-12-24", lastDay: "2026-12-24" })).toBeNull();
    expect(daysAwayProblem({ firstDay: "2026-02-30", lastDay: "2026-03-02" })).toBe("availabilityDaysInvalid");
    expect(daysAwayProblem({ firstDay: "2026-12-24", lastDay: "2026-12-23" })).toBe("availabilityDaysInverted");
    expect(daysAwayProblem({ firstDay: "2026-01-01", lastDay: "2027-01-05" })).toBe("availabilityDaysTooLong");
  });
});

describe("bookable slots", () => {
  it("cuts each weekly period into sessions starting every half hour, in the coach's zone", () => {
    // Tuesdays 09:00–11:00 in Geneva (UTC+1 in December): 08:00, 08:30, 09:00 UTC for an hour's session.
    const slots = bookableSlots(base({ periods: [{ weekday: 2, startMinute: 540, endMinute: 660 }] }));
    expect(slots.map(iso)).toEqual([
      "2026-12-01T08:00:00.000Z",
      "2026-12-01T08:30:00.000Z",
      "2026-12-01T09:00:00.000Z",
      "2026-12-08T08:00:00.000Z",
      "2026-12-08T08:30:00.000Z",
      "2026-12-08T09:00:00.000Z",
    ]);
  });

  it("keeps the wall-clock time across a change of clocks (Geneva, end of October)", () => {
    // Sunday 25 October 2026 clocks go back in Europe: Tuesday 09:00 is 07:00 UTC before, 08:00 after.
    const slots = bookableSlots(
      base({
        now: new Date("2026-10-19T00:00:00Z"),
        horizonDays: 14,
        durationMinutes: 30,
        periods: [{ weekday: 2, startMinute: 540, endMinute: 570 }],
      }),
    );
    expect(slots.map(iso)).toEqual(["2026-10-20T07:00:00.000Z", "2026-10-27T08:00:00.000Z"]);
  });

  it("skips the wall-clock time that does not exist when clocks go forward", () => {
    // Sunday 29 March 2026 in Geneva: 02:00 jumps to 03:00.
    const slots = bookableSlots(
      base({
        now: new Date("2026-03-28T12:00:00Z"),
        horizonDays: 1,
        durationMinutes: 30,
        periods: [{ weekday: 7, startMinute: 90, endMinute: 210 }], // 01:30–03:30
      }),
    );
    // 01:30 (CET) and 03:00 (CEST) exist; 02:00 and 02:30 do not.
    expect(slots.map(iso)).toEqual(["2026-03-29T00:30:00.000Z", "2026-03-29T01:00:00.000Z"]);
  });

  it("offers nothing on days away, an absence spanning several days included", () => {
    const periods = [
      { weekday: 2, startMinute: 540, endMinute: 600 },
      { weekday: 4, startMinute: 540, endMinute: 600 },
    ];
    const slots = bookableSlots(
      base({ periods, horizonDays: 14, daysAway: [{ firstDay: "2026-12-03", lastDay: "2026-12-08" }] }),
    );
    // Thursday 3 and Tuesday 8 are away; Tuesday 1, Thursday 10 and Tuesday 15 remain.
    expect(slots.map((s) => dayIn(s, "Europe/Zurich").day)).toEqual(["2026-12-01", "2026-12-10", "2026-12-15"]);
  });

  it("leaves out the coach's other sessions, the past and the notice", () => {
    const periods = [{ weekday: 2, startMinute: 540, endMinute: 720 }]; // 08:00–11:00 UTC
    const busy = [{ startsAt: new Date("2026-12-01T09:15:00Z"), durationMinutes: 30 }];
    const slots = bookableSlots(
      base({ periods, busy, horizonDays: 1, now: new Date("2026-11-30T20:00:00Z"), noticeHours: 12 }),
    );
    // From 08:00 UTC (the notice ends then), without the three overlapping 09:15–09:45.
    expect(slots.map(iso)).toEqual(["2026-12-01T08:00:00.000Z", "2026-12-01T10:00:00.000Z"]);
  });

  it("reads the weekly hours in a zone far from the client's, and groups slots by the client's day", () => {
    // Mondays 17:00–18:00 in Los Angeles are Tuesdays 10:00 in Tokyo (now: Monday 30 November, 16:00 there).
    const slots = bookableSlots(
      base({ timeZone: "America/Los_Angeles", periods: [{ weekday: 1, startMinute: 1020, endMinute: 1080 }] }),
    );
    expect(slots.map(iso)).toEqual(["2026-12-01T01:00:00.000Z", "2026-12-08T01:00:00.000Z"]);
    expect(slotsByDay(slots, "Asia/Tokyo").map((d) => d.day)).toEqual(["2026-12-01", "2026-12-08"]);
    expect(slotsByDay(slots, "America/Los_Angeles").map((d) => d.day)).toEqual(["2026-11-30", "2026-12-07"]);
    expect(isOffered(slots, new Date("2026-12-08T01:00:00Z"))).toBe(true);
    expect(isOffered(slots, new Date("2026-12-08T01:30:00Z"))).toBe(false);
  });

  it("offers a time once when periods overlap, and nothing for an unknown zone", () => {
    const p = { weekday: 2, startMinute: 540, endMinute: 600 };
    expect(bookableSlots(base({ periods: [p, p] }))).toHaveLength(2);
    expect(bookableSlots(base({ periods: [p], timeZone: "Mars/Olympus" }))).toEqual([]);
  });
});

describe("held earlier than planned", () => {
  const c = {
    now: new Date("2026-12-04T12:00:00Z"),
    engagementStartedAt: new Date("2026-11-01T00:00:00Z"),
    previousHeldAt: new Date("2026-11-20T10:00:00Z"),
  };
  it("accepts a real time that has passed, after the start and the previous session", () => {
    expect(heldAtProblem(new Date("2026-12-03T10:00:00Z"), c)).toBeNull();
  });
  it("refuses a time to come, before the engagement began, or before the previous session", () => {
    expect(heldAtProblem(new Date("2026-12-05T10:00:00Z"), c)).toBe("sessionHeldInFuture");
    expect(heldAtProblem(new Date("2026-10-30T10:00:00Z"), c)).toBe("sessionHeldBeforeStart");
    expect(heldAtProblem(new Date("2026-11-15T10:00:00Z"), c)).toBe("sessionHeldBeforePrevious");
    expect(heldAtProblem(new Date("2026-11-15T10:00:00Z"), { ...c, previousHeldAt: null })).toBeNull();
  });
});
