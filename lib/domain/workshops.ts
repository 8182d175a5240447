// Development activities (workshops): who may register, until when, what registering gives (a
// seat while one is free, otherwise a place on the waiting list), the order of that list, who is
// promoted when a seat frees up, and when attendance may be recorded. Pure: the verbs in
// lib/server/workshops/ apply these rules inside their transactions, under the workshop's row lock.
import type { Role } from "./roles";

/** The roles a workshop may be published for. */
export const WORKSHOP_AUDIENCES = ["coach", "client", "mentor", "mentee"] as const satisfies readonly Role[];
export type WorkshopAudience = (typeof WORKSHOP_AUDIENCES)[number];

export const WORKSHOP_REGISTRATION_STATUSES = ["registered", "waitlisted", "cancelled"] as const;
export type WorkshopRegistrationStatus = (typeof WORKSHOP_REGISTRATION_STATUSES)[number];

export const WORKSHOP_SEATS_MIN = 1;
export const WORKSHOP_SEATS_MAX = 500;
export const WORKSHOP_DURATION_MIN = 15;
export const WORKSHOP_DURATION_MAX = 8 * 60;
export const WORKSHOP_TITLE_MAX = 160;
export const WORKSHOP_DESCRIPTION_MAX = 4000;

export function isWorkshopAudience(value: string): value is WorkshopAudience {
  return (WORKSHOP_AUDIENCES as readonly string[]).includes(value);
}

/** Whether a person holding `roles` is among a workshop's audiences (holds one of its roles). */
export function mayRegister(roles: readonly Role[], audiences: readonly Role[]): boolean {
  return audiences.some((a) => isWorkshopAudience(a) && roles.includes(a));
}

export type WorkshopWindow = { open: true } | { open: false; reason: "workshopCancelled" | "workshopStarted" };

/** Registering (and leaving the waiting list) closes when the workshop starts, or when it is cancelled. */
export function registrationWindow(workshop: { startsAt: Date; cancelledAt: Date | null }, now: Date): WorkshopWindow {
  if (workshop.cancelledAt) return { open: false, reason: "workshopCancelled" };
  if (now.getTime() >= workshop.startsAt.getTime()) return { open: false, reason: "workshopStarted" };
  return { open: true };
}

/** What registering gives, counted under the workshop's lock: a seat while one is free, else the waiting list. */
export function registrationOutcome(seats: number, registered: number): "registered" | "waitlisted" {
  return registered < seats ? "registered" : "waitlisted";
}

export function seatsLeft(seats: number, registered: number): number {
  return Math.max(0, seats - registered);
}

type InLine = { id: string; status: WorkshopRegistrationStatus; registeredAt: Date };

/** The waiting list, first first: by the time each person registered (strictly increasing), then by id. */
export function waitlistOrder<T extends InLine>(registrations: readonly T[]): T[] {
  return registrations
    .filter((r) => r.status === "waitlisted")
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A person's place on the waiting list (1 for the first), or null when they are not on it. */
export function waitlistPosition(registrations: readonly InLine[], registrationId: string): number | null {
  const index = waitlistOrder(registrations).findIndex((r) => r.id === registrationId);
  return index < 0 ? null : index + 1;
}

/**
 * Who takes the seats that are free: the first `seats - registered` people of the waiting list.
 * Called after a registered person leaves or the seats are raised; none while the workshop is
 * cancelled or has started.
 */
export function toPromote<T extends InLine>(
  workshop: { seats: number; startsAt: Date; cancelledAt: Date | null },
  registrations: readonly T[],
  now: Date,
): T[] {
  if (!registrationWindow(workshop, now).open) return [];
  const registered = registrations.filter((r) => r.status === "registered").length;
  return waitlistOrder(registrations).slice(0, seatsLeft(workshop.seats, registered));
}

/**
 * The place in line of someone registering now: now, or just after the latest place given at this
 * workshop when the clock has not moved on (two registrations in the same millisecond keep their order).
 */
export function placeInLine(now: Date, latestPlace: Date | null): Date {
  return latestPlace && latestPlace.getTime() >= now.getTime() ? new Date(latestPlace.getTime() + 1) : now;
}

/** Whether a person may leave: a seat or a place on the waiting list, before the start of a workshop not cancelled. */
export function mayLeave(status: WorkshopRegistrationStatus): boolean {
  return status === "registered" || status === "waitlisted";
}

/** Attendance is recorded once the workshop has started, for registered people only. */
export function attendanceOpen(workshop: { startsAt: Date; cancelledAt: Date | null }, now: Date): boolean {
  return !workshop.cancelledAt && now.getTime() >= workshop.startsAt.getTime();
}

/** A workshop's seats may not fall below the seats already taken. */
export function seatsAllowed(seats: number, registered: number): boolean {
  return seats >= Math.max(WORKSHOP_SEATS_MIN, registered);
}

/** The hours a workshop counts for on an attestation (to a quarter of an hour). */
export function workshopHours(durationMinutes: number): number {
  return Math.round((durationMinutes / 60) * 4) / 4;
}

/** When a workshop ends. */
export function workshopEndsAt(workshop: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(workshop.startsAt.getTime() + workshop.durationMinutes * 60_000);
}
