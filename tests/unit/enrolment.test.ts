import { describe, expect, it } from "vitest";
import {
  canJoin,
  canMove,
  ENROLMENT_STATUSES,
  enrolmentRoleFor,
  enrolmentWindow,
  holdsSeat,
  joinOutcome,
  offerExpiry,
  offerLapsed,
  placeInLine,
  seatsHeld,
  seatsLeft,
} from "@/lib/domain/enrolment";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("which role a programme enrols", () => {
  it("enrols clients in coaching and mentees in mentoring", () => {
    expect(enrolmentRoleFor("coaching")).toBe("client");
    expect(enrolmentRoleFor("tripartite_coaching")).toBe("client");
    expect(enrolmentRoleFor("mentoring")).toBe("mentee");
    expect(enrolmentRoleFor("networking")).toBeNull();
  });
});

describe("enrolment window", () => {
  const cohort = { status: "open" as const, enrolmentOpensOn: day("2026-03-01"), enrolmentClosesOn: day("2026-03-31") };

  it("is open from the first day to the end of the last day (UTC)", () => {
    expect(enrolmentWindow(cohort, new Date("2026-03-01T00:00:00Z"))).toEqual({ open: true });
    expect(enrolmentWindow(cohort, new Date("2026-03-31T23:59:59Z"))).toEqual({ open: true });
  });

  it("says why it is not open", () => {
    expect(enrolmentWindow(cohort, new Date("2026-02-28T23:59:59Z"))).toEqual({
      open: false,
      reason: "enrolmentNotYetOpen",
    });
    expect(enrolmentWindow(cohort, new Date("2026-04-01T00:00:00Z"))).toEqual({
      open: false,
      reason: "enrolmentClosed",
    });
    for (const status of ["draft", "running", "closed"] as const)
      expect(enrolmentWindow({ ...cohort, status }, new Date("2026-03-15T12:00:00Z"))).toEqual({
        open: false,
        reason: "cohortNotOpen",
      });
  });
});

describe("seats", () => {
  it("are held by enrolled and offered places only", () => {
    expect(ENROLMENT_STATUSES.filter(holdsSeat)).toEqual(["enrolled", "offered"]);
    expect(
      seatsHeld([{ status: "enrolled" }, { status: "offered" }, { status: "waitlisted" }, { status: "withdrawn" }]),
    ).toBe(2);
    expect(seatsLeft(3, 2)).toBe(1);
    expect(seatsLeft(3, 5)).toBe(0);
  });

  it("give a seat while one is left, else the waiting list", () => {
    expect(joinOutcome(3, 0)).toBe("enrolled");
    expect(joinOutcome(3, 2)).toBe("enrolled");
    expect(joinOutcome(3, 3)).toBe("waitlisted");
    expect(joinOutcome(0, 0)).toBe("waitlisted");
  });
});

describe("seat offers", () => {
  it("lapse seatOfferDays after they are made", () => {
    const at = new Date("2026-03-10T09:30:00Z");
    expect(offerExpiry(at, 3)).toEqual(new Date("2026-03-13T09:30:00Z"));
    expect(offerLapsed(new Date("2026-03-13T09:30:00Z"), new Date("2026-03-13T09:29:59Z"))).toBe(false);
    expect(offerLapsed(new Date("2026-03-13T09:30:00Z"), new Date("2026-03-13T09:30:00Z"))).toBe(true);
    expect(offerLapsed(null, at)).toBe(false);
  });
});

describe("status moves", () => {
  it("allow only the documented moves", () => {
    const allowed = ENROLMENT_STATUSES.flatMap((from) =>
      ENROLMENT_STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual([
      "enrolled→withdrawn",
      "offered→enrolled",
      "offered→withdrawn",
      "waitlisted→offered",
      "waitlisted→withdrawn",
    ]);
  });

  it("let a person join with no place, or again after withdrawing", () => {
    expect(canJoin(null)).toBe(true);
    expect(canJoin("withdrawn")).toBe(true);
    expect(canJoin("enrolled")).toBe(false);
    expect(canJoin("waitlisted")).toBe(false);
    expect(canJoin("offered")).toBe(false);
  });
});

describe("place in line", () => {
  const t = new Date("2026-11-23T10:00:00.000Z");
  it("is the join time when nobody joined later", () => {
    expect(placeInLine(t, null)).toEqual(t);
    expect(placeInLine(t, new Date("2026-11-23T09:00:00.000Z"))).toEqual(t);
  });
  it("comes after the latest place given, even when the join started earlier or at the same millisecond", () => {
    expect(placeInLine(t, t).getTime()).toBe(t.getTime() + 1);
    expect(placeInLine(new Date("2026-11-23T09:59:59.000Z"), t).getTime()).toBe(t.getTime() + 1);
  });
});
