import { describe, expect, it } from "vitest";
import {
  attendanceByMonth,
  checkSupervisionDate,
  lastAttended,
  lastMonth,
  missedLastMonth,
} from "@/lib/domain/supervision";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = new Date("2026-11-23T10:00:00Z");

describe("supervision attendance", () => {
  it("is about the calendar month before today's", () => {
    expect(lastMonth(today)).toEqual({ year: 2026, month: 9 });
    expect(lastMonth(new Date("2027-01-05T00:00:00Z"))).toEqual({ year: 2026, month: 11 });
  });

  it("counts a coach who attended a session last month, not one who only recorded an absence", () => {
    expect(missedLastMonth([{ heldOn: d("2026-10-14"), attended: true }], today, null)).toBe(false);
    expect(missedLastMonth([{ heldOn: d("2026-10-14"), attended: false }], today, null)).toBe(true);
    expect(missedLastMonth([{ heldOn: d("2026-11-02"), attended: true }], today, null)).toBe(true);
    expect(missedLastMonth([], today, null)).toBe(true);
  });

  it("does not count a month that ended before the person became a coach", () => {
    expect(missedLastMonth([], today, d("2026-11-05"))).toBe(false);
    expect(missedLastMonth([], today, d("2026-10-20"))).toBe(true);
  });

  it("lists the last six complete months, oldest first", () => {
    const months = attendanceByMonth(
      [
        { heldOn: d("2026-06-10"), attended: true },
        { heldOn: d("2026-08-12"), attended: true },
        { heldOn: d("2026-09-09"), attended: false },
      ],
      today,
      d("2026-05-15"),
    );
    expect(months.map((m) => `${m.month.year}-${m.month.month + 1}:${m.state}`)).toEqual([
      "2026-5:missed",
      "2026-6:attended",
      "2026-7:missed",
      "2026-8:attended",
      "2026-9:missed",
      "2026-10:missed",
    ]);
    expect(attendanceByMonth([], today, d("2026-08-01"))[0].state).toBe("notDue");
  });

  it("knows the last session attended", () => {
    expect(
      lastAttended([
        { heldOn: d("2026-09-09"), attended: true },
        { heldOn: d("2026-10-09"), attended: false },
      ]),
    ).toEqual(d("2026-09-09"));
    expect(lastAttended([])).toBeNull();
  });

  it("records sessions that happened, at most two years back", () => {
    const day = d("2026-11-23");
    expect(checkSupervisionDate(d("2026-11-23"), day)).toEqual({ ok: true });
    expect(checkSupervisionDate(d("2026-11-24"), day)).toEqual({ ok: false, error: "supervisionDateFuture" });
    expect(checkSupervisionDate(d("2024-10-31"), day)).toEqual({ ok: false, error: "supervisionDateTooOld" });
    expect(checkSupervisionDate(d("2024-11-01"), day)).toEqual({ ok: true });
  });
});
