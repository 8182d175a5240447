// The workshop rules: audiences, the registration window, seats then the waiting list, its order,
// who is promoted when seats free up, attendance after the start, and hours on attestations.
import { describe, expect, it } from "vitest";
import {
  attendanceOpen,
  mayRegister,
  placeInLine,
  registrationOutcome,
  registrationWindow,
  seatsAllowed,
  toPromote,
  waitlistOrder,
  waitlistPosition,
  workshopHours,
} from "@/lib/domain/workshops";

const at = (iso: string) => new Date(iso);
const now = at("2026-12-04T10:00:00Z");
const workshop = { seats: 2, startsAt: at("2026-12-10T14:00:00Z"), cancelledAt: null };
const line = [
  { id: "c", status: "waitlisted" as const, registeredAt: at("2026-12-01T10:00:03Z") },
  { id: "a", status: "registered" as const, registeredAt: at("2026-12-01T10:00:00Z") },
  { id: "d", status: "waitlisted" as const, registeredAt: at("2026-12-01T10:00:02Z") },
  { id: "b", status: "cancelled" as const, registeredAt: at("2026-12-01T10:00:01Z") },
  { id: "e", status: "waitlisted" as const, registeredAt: at("2026-12-01T10:00:03Z") },
];

describe("workshop rules", () => {
  it("lets holders of one of the audience roles register, nobody else", () => {
    expect(mayRegister(["coach"], ["coach", "mentor"])).toBe(true);
    expect(mayRegister(["client", "mentee"], ["mentee"])).toBe(true);
    expect(mayRegister(["client"], ["coach"])).toBe(false);
    expect(mayRegister(["programme_admin"], ["coach", "client", "mentor", "mentee"])).toBe(false);
  });

  it("closes registration at the start and when cancelled", () => {
    expect(registrationWindow(workshop, now)).toEqual({ open: true });
    expect(registrationWindow(workshop, workshop.startsAt)).toEqual({ open: false, reason: "workshopStarted" });
    expect(registrationWindow({ ...workshop, cancelledAt: now }, now)).toEqual({
      open: false,
      reason: "workshopCancelled",
    });
  });

  it("gives a seat while one is free, then the waiting list", () => {
    expect(registrationOutcome(3, 2)).toBe("registered");
    expect(registrationOutcome(3, 3)).toBe("waitlisted");
  });

  it("orders the waiting list by registration time, then id, and numbers places from 1", () => {
    expect(waitlistOrder(line).map((r) => r.id)).toEqual(["d", "c", "e"]);
    expect(waitlistPosition(line, "e")).toBe(3);
    expect(waitlistPosition(line, "a")).toBeNull();
  });

  it("promotes the first people waiting into the free seats, none once started", () => {
    expect(toPromote(workshop, line, now).map((r) => r.id)).toEqual(["d"]);
    expect(toPromote({ ...workshop, seats: 5 }, line, now).map((r) => r.id)).toEqual(["d", "c", "e"]);
    expect(toPromote({ ...workshop, seats: 1 }, line, now)).toEqual([]);
    expect(toPromote(workshop, line, workshop.startsAt)).toEqual([]);
  });

  it("keeps places strictly increasing within the same millisecond", () => {
    expect(placeInLine(now, null)).toEqual(now);
    expect(placeInLine(now, now).getTime()).toBe(now.getTime() + 1);
  });

  it("records attendance after the start only; seats never below those taken; hours to the quarter", () => {
    expect(attendanceOpen(workshop, now)).toBe(false);
    expect(attendanceOpen(workshop, at("2026-12-10T14:00:00Z"))).toBe(true);
    expect(seatsAllowed(2, 3)).toBe(false);
    expect(seatsAllowed(3, 3)).toBe(true);
    expect(workshopHours(90)).toBe(1.5);
    expect(workshopHours(50)).toBe(0.75);
  });
});
