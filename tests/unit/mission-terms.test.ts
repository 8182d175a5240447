import { describe, expect, it } from "vitest";
import { checkInDays, checkInDueAt, checkInState, isOverdueCheckIn, sortForCoach } from "@/lib/domain/check-ins";
import { missionPlanFigures, missionSessions, missionSuggestedAt, TERM_LIMITS } from "@/lib/domain/mission-terms";
import { stepOf } from "@/lib/domain/session-plans";

describe("the sessions an accepted contract gives the engagement", () => {
  it("follows the coaching plan's steps, as many as the contract says, each of the contract's length", () => {
    const sessions = missionSessions(
      { sessionCount: 4, sessionMinutes: 60, rhythmWeeks: 3 },
      new Date("2026-11-02T10:00:00Z"),
      "Europe/Zurich",
    );
    expect(sessions.map((s) => s.stepKey)).toEqual([
      "coaching.intro",
      "coaching.session-1",
      "coaching.session-2",
      "coaching.session-3",
    ]);
    expect(sessions.map((s) => s.position)).toEqual([1, 2, 3, 4]);
    expect(sessions.every((s) => s.durationMinutes === 60)).toBe(true);
    for (const s of sessions) expect(stepOf(s.stepKey)).toBeDefined();
  });

  it("spaces them by the contract's rhythm (weekends move to Monday)", () => {
    const sessions = missionSessions(
      { sessionCount: 3, sessionMinutes: 45, rhythmWeeks: 2 },
      new Date("2026-11-02T10:00:00Z"),
      "UTC",
    );
    const days = sessions.map((s) => Math.round((+s.suggestedAt - +sessions[0].suggestedAt) / 86_400_000));
    expect(days).toEqual([0, 14, 28]);
  });

  it("never holds more sessions than the plan has steps", () => {
    expect(missionSessions({ sessionCount: 99, sessionMinutes: 45, rhythmWeeks: 2 }, new Date(), "UTC")).toHaveLength(
      TERM_LIMITS.sessionCount.max,
    );
  });
});

describe("what the engagement page says of a mission's plan", () => {
  it("reads the contract's figures: every session, their length, one every N weeks", () => {
    expect(missionPlanFigures({ sessionCount: 6, sessionMinutes: 60, rhythmWeeks: 3 })).toEqual({
      total: 6,
      sessions: 5,
      minutes: 60,
      unit: "week",
      every: 3,
    });
  });

  it("suggests the mid-point session on the mid-point review's date, once the review has one", () => {
    const planned = missionSessions(
      { sessionCount: 6, sessionMinutes: 60, rhythmWeeks: 3 },
      new Date("2026-10-15T12:00:00Z"),
      "UTC",
    );
    const review = new Date("2026-12-07T15:00:00Z");
    const mid = { ...planned.find((s) => s.stepKey === "coaching.session-3")!, status: "planned" };
    const other = { ...planned.find((s) => s.stepKey === "coaching.session-4")!, status: "planned" };
    expect(missionSuggestedAt(mid, review)).toEqual(review);
    // No date yet: the plan's own suggestion; another session, or one with a proposed time: unchanged.
    expect(missionSuggestedAt(mid, null)).toEqual(mid.suggestedAt);
    expect(missionSuggestedAt(other, review)).toEqual(other.suggestedAt);
    expect(missionSuggestedAt({ ...mid, status: "proposed" }, review)).toEqual(mid.suggestedAt);
  });
});

describe("check-ins", () => {
  it("are due two days later, weekends included, as the seed says", () => {
    // Monday → Wednesday, same hour.
    expect(checkInDueAt(new Date("2026-11-16T09:00:00Z"), false).toISOString()).toBe("2026-11-18T09:00:00.000Z");
    // Thursday afternoon → Saturday afternoon: the weekend counts.
    expect(checkInDueAt(new Date("2026-11-19T15:00:00Z"), false).toISOString()).toBe("2026-11-21T15:00:00.000Z");
    // Saturday → Monday.
    expect(checkInDueAt(new Date("2026-11-21T10:30:00Z"), false).toISOString()).toBe("2026-11-23T10:30:00.000Z");
    // The programme's default is calendar days.
    expect(checkInDueAt(new Date("2026-11-19T15:00:00Z"))).toEqual(
      checkInDueAt(new Date("2026-11-19T15:00:00Z"), false),
    );
  });
  it("are due two working days later where the programme counts working days", () => {
    // Monday → Wednesday.
    expect(checkInDueAt(new Date("2026-11-16T09:00:00Z"), true).toISOString()).toBe("2026-11-18T09:00:00.000Z");
    // Thursday → the Monday after: Saturday and Sunday do not count.
    expect(checkInDueAt(new Date("2026-11-19T15:00:00Z"), true).toISOString()).toBe("2026-11-23T15:00:00.000Z");
    // Friday → Tuesday.
    expect(checkInDueAt(new Date("2026-11-20T11:00:00Z"), true).toISOString()).toBe("2026-11-24T11:00:00.000Z");
  });
  it("name their delay by the programme's setting", () => {
    expect(checkInDays(true)).toBe("working");
    expect(checkInDays(false)).toBe("calendar");
  });
  it("are open, overdue once due, answered once answered", () => {
    const dueAt = new Date("2026-11-18T09:00:00Z");
    expect(checkInState({ answeredAt: null, dueAt }, new Date("2026-11-18T08:59:00Z"))).toBe("open");
    expect(checkInState({ answeredAt: null, dueAt }, new Date("2026-11-18T09:00:00Z"))).toBe("overdue");
    expect(
      isOverdueCheckIn({ answeredAt: new Date("2026-11-19T00:00:00Z"), dueAt }, new Date("2026-11-20T00:00:00Z")),
    ).toBe(false);
  });
  it("list overdue first for the coach, then open, then answered", () => {
    const now = new Date("2026-11-20T12:00:00Z");
    const c = (id: string, dueAt: string, answeredAt: string | null, createdAt = "2026-11-01T00:00:00Z") => ({
      id,
      dueAt: new Date(dueAt),
      answeredAt: answeredAt ? new Date(answeredAt) : null,
      createdAt: new Date(createdAt),
    });
    const sorted = sortForCoach(
      [
        c("answered", "2026-11-10T00:00:00Z", "2026-11-09T00:00:00Z"),
        c("open", "2026-11-24T00:00:00Z", null),
        c("late", "2026-11-19T00:00:00Z", null),
      ],
      now,
    );
    expect(sorted.map((x) => x.id)).toEqual(["late", "open", "answered"]);
  });
});
