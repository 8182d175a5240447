// The definitions of the cohort dashboard's figures (lib/domain/cohort-figures.ts).
import { describe, expect, it } from "vitest";
import {
  aggregateFeedback,
  bucketCounts,
  bucketOf,
  bucketRanges,
  coachLoad,
  cohortOver,
  cohortProgress,
  completionRate,
  countByStatus,
  dashboardAccess,
  funnelCounts,
  funnelRates,
  helpedCounts,
  median,
  needsExactPeople,
  peopleAtLeast,
  PENDING_AGE_BOUNDS_DAYS,
  rate,
  revealFeedback,
  seatFigures,
  seatsUsedRate,
  sessionCounts,
  sessionMonth,
  sessionsByMonth,
  sessionsPastEnd,
  supervisionAttendance,
  supervisionMonths,
  timeToMatchDays,
  utilisation,
} from "@/lib/domain/cohort-figures";
import { FEEDBACK_MIN_ANSWERS, FEEDBACK_MIN_PEOPLE, feedbackVisible } from "@/lib/domain/feedback";
import { ROLES, type Role } from "@/lib/domain/roles";

const d = (iso: string) => new Date(iso);

describe("who reads a cohort dashboard", () => {
  it("gives programme admins the whole dashboard, HR reviewers the credential queue, nobody else anything", () => {
    const expected: Record<Role, string> = {
      programme_admin: "full",
      hr_reviewer: "credentialQueue",
      client: "none",
      coach: "none",
      mentor: "none",
      mentee: "none",
      sponsor: "none",
    };
    for (const role of ROLES) expect(dashboardAccess([role]), role).toBe(expected[role]);
    expect(dashboardAccess([])).toBe("none");
    expect(dashboardAccess(["hr_reviewer", "programme_admin"])).toBe("full");
  });
});

describe("rates and medians", () => {
  it("divides, and says nothing rather than 0 % when there is nothing to divide by", () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 4)).toBe(0);
    expect(rate(3, 0)).toBeNull();
  });

  it("takes the median as percentile_cont(0.5) does: the middle value or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([8, 2, 4])).toBe(4);
    expect(median([8, 2, 4, 6])).toBe(5);
    expect(median([1, 1, 100])).toBe(1);
  });

  it("puts a value in the bucket whose lower bound it reached, as width_bucket does", () => {
    expect([0, 2.99, 3, 6.5, 7, 13.9, 14, 400].map((v) => bucketOf(v, PENDING_AGE_BOUNDS_DAYS))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
    expect(bucketCounts([0.5, 1, 3, 10, 30, 31], [3, 7, 14])).toEqual([2, 1, 1, 2]);
    expect(bucketRanges([3, 7, 14])).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 7 },
      { from: 7, to: 14 },
      { from: 14, to: null },
    ]);
  });
});

describe("seats", () => {
  it("counts enrolled and offered places as seats used, waitlisted people as the waiting list", () => {
    const counts = countByStatus([
      "enrolled",
      "enrolled",
      "offered",
      "waitlisted",
      "withdrawn",
      "waitlisted",
      "enrolled",
    ]);
    const f = seatFigures(5, counts);
    expect(f).toEqual({ seats: 5, held: 4, enrolled: 3, offered: 1, waitlisted: 2, withdrawn: 1 });
    expect(seatsUsedRate(f)).toBe(0.8);
    expect(seatFigures(10, {})).toEqual({ seats: 10, held: 0, enrolled: 0, offered: 0, waitlisted: 0, withdrawn: 0 });
  });
});

describe("the funnel enrolled → requested → matched → completed", () => {
  it("counts each stage among the people of the stage before", () => {
    const f = funnelCounts([
      { requested: false, matched: false, completed: false },
      { requested: true, matched: false, completed: false },
      { requested: true, matched: true, completed: false },
      { requested: true, matched: true, completed: true },
      // Matched without a request (paired by the programme team): counts as requested too.
      { requested: false, matched: true, completed: false },
    ]);
    expect(f).toEqual({ enrolled: 5, requested: 4, matched: 3, completed: 1 });
    expect(funnelRates(f)).toEqual({ enrolled: 1, requested: 0.8, matched: 0.6, completed: 0.2 });
    expect(funnelRates(funnelCounts([]))).toEqual({ enrolled: null, requested: null, matched: null, completed: null });
  });
});

describe("time to match", () => {
  it("runs from the request to the start of the engagement, in days", () => {
    expect(timeToMatchDays(d("2026-02-02T09:00:00Z"), d("2026-02-04T21:00:00Z"))).toBe(2.5);
  });
});

describe("sessions held versus planned", () => {
  const s = (status: Parameters<typeof sessionCounts>[0]["status"], suggested: string, startsAt?: string) => ({
    status,
    suggestedAt: d(suggested),
    startsAt: startsAt ? d(startsAt) : null,
  });

  it("places a session in the month of its agreed time, else of its suggested date (UTC)", () => {
    expect(sessionMonth(s("planned", "2026-02-27T10:00:00Z"))).toBe("2026-02");
    expect(sessionMonth(s("proposed", "2026-02-27T10:00:00Z", "2026-03-01T10:00:00Z"))).toBe("2026-03");
    // 31 January 23:30 in UTC is already February in Nairobi: months are UTC.
    expect(sessionMonth(s("scheduled", "2026-01-31T23:30:00Z", "2026-01-31T23:30:00Z"))).toBe("2026-01");
  });

  it("plans every session but cancelled ones and those left undone when an engagement ended early", () => {
    expect(sessionCounts(s("planned", "2026-02-01"), "active")).toEqual({ planned: true, held: false, missed: false });
    expect(sessionCounts(s("completed", "2026-02-01"), "ended")).toEqual({ planned: true, held: true, missed: false });
    expect(sessionCounts(s("missed", "2026-02-01"), "ended")).toEqual({ planned: true, held: false, missed: true });
    expect(sessionCounts(s("cancelled", "2026-02-01"), "active").planned).toBe(false);
    for (const undone of ["planned", "proposed", "scheduled"] as const) {
      expect(sessionCounts(s(undone, "2026-02-01"), "ended").planned, undone).toBe(false);
      expect(sessionCounts(s(undone, "2026-02-01"), "completed").planned, undone).toBe(true);
    }
  });

  it("adds them up per month, in order", () => {
    const rows = [
      { session: s("completed", "2026-03-02"), engagementStatus: "active" as const },
      { session: s("planned", "2026-02-20"), engagementStatus: "active" as const },
      { session: s("missed", "2026-03-09"), engagementStatus: "active" as const },
      { session: s("planned", "2026-04-01"), engagementStatus: "ended" as const },
      { session: s("cancelled", "2026-03-01"), engagementStatus: "active" as const },
    ];
    expect(sessionsByMonth(rows, { endsOn: d("2026-12-31") }, d("2026-01-10T12:00:00Z"))).toEqual([
      { month: "2026-02", planned: 1, held: 0, missed: 0, due: 0, pastEnd: 0 },
      { month: "2026-03", planned: 2, held: 1, missed: 1, due: 2, pastEnd: 0 },
    ]);
  });

  it("counts as due the sessions of the days before today, and those already held or missed", () => {
    const active = "active" as const;
    const rows = [
      { session: s("planned", "2026-03-09T10:00:00Z"), engagementStatus: active }, // yesterday, not marked: due
      { session: s("scheduled", "2026-03-01", "2026-03-10T08:00:00Z"), engagementStatus: active }, // today: not yet
      { session: s("completed", "2026-03-20", "2026-03-10T07:00:00Z"), engagementStatus: active }, // held: due
      { session: s("planned", "2026-03-25"), engagementStatus: active }, // later this month: not yet
      { session: s("cancelled", "2026-03-02"), engagementStatus: active }, // not planned at all
    ];
    expect(sessionsByMonth(rows, { endsOn: d("2026-06-30") }, d("2026-03-10T12:00:00Z"))).toEqual([
      { month: "2026-03", planned: 4, held: 1, missed: 0, due: 2, pastEnd: 0 },
    ]);
  });

  it("flags the sessions still to hold after the cohort's last day, and tells how many and until when", () => {
    const rows = [
      { session: s("planned", "2027-02-28T23:30:00Z"), engagementStatus: "active" as const }, // the last day: fine
      { session: s("planned", "2027-03-01T00:30:00Z"), engagementStatus: "active" as const },
      { session: s("proposed", "2027-03-15", "2027-04-02T10:00:00Z"), engagementStatus: "active" as const },
      { session: s("completed", "2027-03-10", "2027-03-10T10:00:00Z"), engagementStatus: "active" as const }, // held
      { session: s("planned", "2027-05-01"), engagementStatus: "ended" as const }, // will never take place
      { session: s("cancelled", "2027-05-01"), engagementStatus: "active" as const },
    ];
    const months = sessionsByMonth(rows, { endsOn: d("2027-02-28") }, d("2026-12-01T12:00:00Z"));
    expect(months.map((m) => [m.month, m.pastEnd])).toEqual([
      ["2027-02", 0],
      ["2027-03", 1],
      ["2027-04", 1],
    ]);
    expect(sessionsPastEnd(months)).toEqual({ sessions: 2, lastMonth: "2027-04" });
    expect(sessionsPastEnd(months.slice(0, 1))).toEqual({ sessions: 0, lastMonth: null });
  });
});

describe("how far a cohort got", () => {
  const month = (due: number, held: number) => ({ month: "2026-03", planned: 10, held, missed: 0, due, pastEnd: 0 });
  const cohort = { endsOn: d("2026-06-30"), status: "running" };

  it("is over once its last day has passed (UTC) or it was closed", () => {
    expect(cohortOver(cohort, d("2026-06-30T23:59:00Z"))).toBe(false);
    expect(cohortOver(cohort, d("2026-07-01T00:00:00Z"))).toBe(true);
    expect(cohortOver({ ...cohort, status: "closed" }, d("2026-03-01T00:00:00Z"))).toBe(true);
  });

  it("shows a live cohort's progress: sessions held of those due, engagements in progress, none as 0 %", () => {
    const now = d("2026-04-15T12:00:00Z");
    expect(cohortProgress(cohort, now, [month(6, 4), month(2, 2)], { active: 5, completed: 0, ended: 0 })).toEqual({
      kind: "progress",
      held: 6,
      due: 8,
      share: 0.75,
      active: 5,
      completed: 0,
      ended: 0,
    });
    // Nothing due yet: no share, never 0 %.
    expect(cohortProgress(cohort, now, [], { active: 2, completed: 0, ended: 0 })).toMatchObject({ share: null });
  });

  it("gives the completion rate once the cohort is over and no engagement is still active", () => {
    const after = d("2026-08-01T12:00:00Z");
    expect(cohortProgress(cohort, after, [month(8, 6)], { active: 0, completed: 3, ended: 1 })).toEqual({
      kind: "completion",
      rate: 0.75,
      completed: 3,
      ended: 1,
    });
    // Over on paper, but an engagement still runs: still progress.
    expect(cohortProgress(cohort, after, [month(8, 6)], { active: 1, completed: 3, ended: 1 }).kind).toBe("progress");
  });
});

describe("completion rate", () => {
  it("is the share of engagements over that were completed rather than ended early; active ones wait", () => {
    expect(completionRate({ completed: 3, ended: 1 })).toBe(0.75);
    expect(completionRate({ completed: 0, ended: 2 })).toBe(0);
    expect(completionRate({ completed: 0, ended: 0 })).toBeNull();
  });
});

describe("coach utilisation", () => {
  it("divides the coaches' active clients by the places they offer", () => {
    expect(
      utilisation([
        { active: 1, capacity: 3 },
        { active: 2, capacity: 2 },
        { active: 0, capacity: 1 },
      ]),
    ).toBe(0.5);
    expect(utilisation([])).toBeNull();
  });

  it("says whether a coach has every place taken, some, or no active client", () => {
    expect(coachLoad(3, 3)).toBe("full");
    expect(coachLoad(1, 1)).toBe("full");
    expect(coachLoad(1, 3)).toBe("partly");
    expect(coachLoad(0, 2)).toBe("free");
  });
});

describe("supervision attendance", () => {
  it("counts the cohort's complete months only, from its first to its last", () => {
    const pilot = { startsOn: d("2023-02-01"), endsOn: d("2023-07-31") };
    expect(supervisionMonths(pilot, d("2026-01-10"))).toEqual([
      "2023-02",
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
    ]);
    expect(supervisionMonths(pilot, d("2023-04-30"))).toEqual(["2023-02", "2023-03"]);
    expect(supervisionMonths(pilot, d("2023-02-20"))).toEqual([]);
    expect(supervisionMonths({ startsOn: d("2025-11-01"), endsOn: d("2026-04-30") }, d("2026-03-02"))).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });

  it("expects each coach once a month from the month their first engagement began", () => {
    const months = ["2026-02", "2026-03", "2026-04"];
    const coaches = [
      { since: d("2026-02-10"), attendedMonths: ["2026-02", "2026-04"] },
      { since: d("2026-03-31"), attendedMonths: ["2026-02", "2026-03"] },
      { since: d("2026-05-01"), attendedMonths: [] },
    ];
    expect(supervisionAttendance(months, coaches)).toEqual([
      { month: "2026-02", due: 1, attended: 1 },
      { month: "2026-03", due: 2, attended: 1 },
      { month: "2026-04", due: 2, attended: 1 },
    ]);
  });
});

describe("feedback aggregates", () => {
  const answer = (authorId: string, usefulness: number, helped: string[] = []) => ({ authorId, usefulness, helped });

  it("needs at least five answers, from at least three people", () => {
    expect(FEEDBACK_MIN_ANSWERS).toBe(5);
    expect(FEEDBACK_MIN_PEOPLE).toBe(3);
    expect(feedbackVisible({ answers: 5, people: 3 })).toBe(true);
    expect(feedbackVisible({ answers: 4, people: 4 })).toBe(false);
    // Many answers, but all from one person (or one pair): never shown.
    expect(feedbackVisible({ answers: 12, people: 1 })).toBe(false);
    expect(feedbackVisible({ answers: 12, people: 2 })).toBe(false);
  });

  it("shows the mean and the spread of scores of a large enough group", () => {
    const g = aggregateFeedback([answer("a", 5), answer("b", 4), answer("c", 4), answer("a", 3), answer("d", 2)]);
    expect(g).toEqual({ answers: 5, visible: true, meanUsefulness: 3.6, usefulness: [0, 1, 1, 2, 1] });
  });

  it("shows only the number of answers of a group too small to show, never a score", () => {
    const fromOnePerson = [5, 4, 5, 5, 4, 5].map((u) => answer("a", u));
    expect(aggregateFeedback(fromOnePerson)).toEqual({
      answers: 6,
      visible: false,
      meanUsefulness: null,
      usefulness: null,
    });
    expect(aggregateFeedback([answer("a", 1), answer("b", 5)])).toEqual({
      answers: 2,
      visible: false,
      meanUsefulness: null,
      usefulness: null,
    });
    expect(
      revealFeedback({ answers: 0, people: 0, usefulnessSum: 0, usefulness: [0, 0, 0, 0, 0] }).meanUsefulness,
    ).toBeNull();
  });

  it("tells from a few sampled authors how many people answered at least, and when to count them exactly", () => {
    expect(peopleAtLeast(["a", "a", "a", "a"])).toBe(1);
    expect(peopleAtLeast(["a", "c", "b", "c"])).toBe(3);
    expect(peopleAtLeast([null, null])).toBe(0);
    // One author seen: all the same, so one person exactly. Three or more: enough. Two: count them.
    expect(needsExactPeople(12, 1)).toBe(false);
    expect(needsExactPeople(12, 3)).toBe(false);
    expect(needsExactPeople(12, 2)).toBe(true);
    // Too few answers to show anyway: no need to count.
    expect(needsExactPeople(4, 2)).toBe(false);
  });

  it("counts the answers that ticked each thing that helped", () => {
    const answers = [answer("a", 5, ["listening", "tools"]), answer("b", 4, ["listening"]), answer("c", 3, [])];
    expect(helpedCounts(answers, ["listening", "tools", "questions"])).toEqual({
      listening: 2,
      tools: 1,
      questions: 0,
    });
  });
});
