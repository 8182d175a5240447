import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import {
  mayRegister,
  registrationWindow,
  seatsLeft,
  waitlistOrder,
  WORKSHOP_AUDIENCES,
  workshopEndsAt,
} from "../../domain/workshops";
import type { Role } from "../../generated/prisma/client";

export type OwnWorkshop = {
  id: string;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  seats: number;
  seatsLeft: number;
  waitlisted: number;
  /** The caller's place: a seat, a place in line, or nothing (never registered, or left). */
  status: "registered" | "waitlisted" | null;
  position: number | null;
  /** Only to a person holding a seat. */
  meetingUrl: string | null;
  open: boolean;
};

/**
 * The workshops for the caller's roles that have not ended, soonest first, with their own place;
 * workshops they hold a place at stay listed even if their roles changed.
 */
export async function loadOwnWorkshops(prisma: Db, actor: Actor, now = new Date()): Promise<OwnWorkshop[]> {
  const audiences = WORKSHOP_AUDIENCES.filter((a) => actor.roles.includes(a));
  const rows = await prisma.workshop.findMany({
    where: {
      cancelledAt: null,
      // Not ended: started at most the longest workshop's length ago; the exact end is checked below.
      startsAt: { gte: new Date(now.getTime() - 8 * 3_600_000) },
      OR: [
        { audiences: { hasSome: audiences as Role[] } },
        { registrations: { some: { userId: actor.id, status: { in: ["registered", "waitlisted"] } } } },
      ],
    },
    orderBy: { startsAt: "asc" },
    include: {
      registrations: {
        where: { status: { in: ["registered", "waitlisted"] } },
        select: { id: true, userId: true, status: true, registeredAt: true },
      },
    },
  });
  return rows
    .filter((w) => workshopEndsAt(w).getTime() > now.getTime())
    .map((w) => {
      const own = w.registrations.find((r) => r.userId === actor.id) ?? null;
      const registered = w.registrations.filter((r) => r.status === "registered").length;
      const line = waitlistOrder(w.registrations);
      const status = own?.status === "registered" || own?.status === "waitlisted" ? own.status : null;
      return {
        id: w.id,
        titleEn: w.titleEn,
        titleFr: w.titleFr,
        descriptionEn: w.descriptionEn,
        descriptionFr: w.descriptionFr,
        startsAt: w.startsAt,
        durationMinutes: w.durationMinutes,
        timeZone: w.timeZone,
        seats: w.seats,
        seatsLeft: seatsLeft(w.seats, registered),
        waitlisted: line.length,
        status,
        position: own && status === "waitlisted" ? line.findIndex((r) => r.id === own.id) + 1 : null,
        meetingUrl: status === "registered" ? w.meetingUrl : null,
        open: registrationWindow(w, now).open && (status !== null || mayRegister(actor.roles, w.audiences)),
      };
    });
}
