// A person's place in a cohort: which role a programme enrols, when enrolment is open, how
// seats are counted, what joining gives, and the allowed moves between enrolment statuses.
// Pure: the verbs in lib/server/enrolment/ apply these rules inside their transactions.
import type { Role } from "./roles";

export type ProgrammeType = "coaching" | "mentoring" | "networking" | "tripartite_coaching";
export type CohortStatus = "draft" | "open" | "running" | "closed";
/**
 * The cohorts people take part in now: taking enrolments (open) or under way (running). A place
 * in one of them is what lets a client or mentee ask for a match.
 */
export const CURRENT_COHORT_STATUSES = ["open", "running"] as const satisfies readonly CohortStatus[];
export const ENROLMENT_STATUSES = ["enrolled", "waitlisted", "offered", "withdrawn"] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** The role a person joins a programme's cohort in: client for coaching, mentee for mentoring. */
export function enrolmentRoleFor(type: ProgrammeType): Extract<Role, "client" | "mentee"> | null {
  switch (type) {
    case "coaching":
    case "tripartite_coaching":
      return "client";
    case "mentoring":
      return "mentee";
    case "networking":
      return null;
  }
}

const DAY_MS = 86_400_000;

export type EnrolmentWindow =
  { open: true } | { open: false; reason: "cohortNotOpen" | "enrolmentNotYetOpen" | "enrolmentClosed" };

/**
 * Whether a cohort takes enrolments at `now`: its status is "open" and today (UTC) lies within
 * its enrolment window, both ends included (the dates are calendar days, stored as UTC midnight).
 */
export function enrolmentWindow(
  cohort: { status: CohortStatus; enrolmentOpensOn: Date; enrolmentClosesOn: Date },
  now: Date,
): EnrolmentWindow {
  if (cohort.status !== "open") return { open: false, reason: "cohortNotOpen" };
  if (now.getTime() < cohort.enrolmentOpensOn.getTime()) return { open: false, reason: "enrolmentNotYetOpen" };
  if (now.getTime() >= cohort.enrolmentClosesOn.getTime() + DAY_MS) return { open: false, reason: "enrolmentClosed" };
  return { open: true };
}

/** Statuses that hold one of the cohort's seats: enrolled, and offered (the seat waits for its answer). */
export const SEAT_HOLDING_STATUSES = ["enrolled", "offered"] as const satisfies readonly EnrolmentStatus[];

export function holdsSeat(status: EnrolmentStatus): boolean {
  return (SEAT_HOLDING_STATUSES as readonly EnrolmentStatus[]).includes(status);
}

export function seatsHeld(enrolments: readonly { status: EnrolmentStatus }[]): number {
  return enrolments.filter((e) => holdsSeat(e.status)).length;
}

export function seatsLeft(seats: number, held: number): number {
  return Math.max(0, seats - held);
}

/** What joining gives: a seat while one is left, otherwise a place on the waiting list. */
export function joinOutcome(seats: number, held: number): "enrolled" | "waitlisted" {
  return held < seats ? "enrolled" : "waitlisted";
}

/** When a seat offered at `offeredAt` lapses: `seatOfferDays` whole days later. */
export function offerExpiry(offeredAt: Date, seatOfferDays: number): Date {
  return new Date(offeredAt.getTime() + Math.max(1, seatOfferDays) * DAY_MS);
}

export function offerLapsed(offerExpiresAt: Date | null, now: Date): boolean {
  return offerExpiresAt !== null && offerExpiresAt.getTime() <= now.getTime();
}

/** The allowed moves between statuses (joining again after withdrawing is a new join, not a move). */
const MOVES: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  enrolled: ["withdrawn"],
  waitlisted: ["withdrawn", "offered"],
  offered: ["enrolled", "withdrawn"],
  withdrawn: [],
};

export function canMove(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return MOVES[from].includes(to);
}

/** Whether a person with this enrolment (or none) may join: only with no place, or after withdrawing. */
export function canJoin(current: EnrolmentStatus | null): boolean {
  return current === null || current === "withdrawn";
}

/**
 * A new place in a cohort's line, taken while the cohort is locked: never before the latest place
 * already given, so the line's order is the order in which joins got the lock, with no ties
 * (two people are never told the same position).
 */
export function placeInLine(now: Date, latestPlace: Date | null): Date {
  return latestPlace && latestPlace.getTime() >= now.getTime() ? new Date(latestPlace.getTime() + 1) : now;
}
