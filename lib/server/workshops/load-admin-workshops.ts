import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { instantToLocalTime } from "../../domain/session-schedule";
import { waitlistOrder, type WorkshopAudience } from "../../domain/workshops";
import type { WorkshopInput } from "../../validation/workshops";
import { DomainError } from "../errors";

export type AdminWorkshopRow = {
  id: string;
  titleEn: string;
  titleFr: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  audiences: WorkshopAudience[];
  seats: number;
  registered: number;
  waitlisted: number;
  cancelled: boolean;
};

/** Every workshop for programme admins, the next ones first, then the past ones (latest first), with seats taken and the waiting list. */
export async function loadAdminWorkshops(prisma: Db, actor: Actor, now = new Date()): Promise<AdminWorkshopRow[]> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const rows = await prisma.workshop.findMany({
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      titleEn: true,
      titleFr: true,
      startsAt: true,
      timeZone: true,
      durationMinutes: true,
      audiences: true,
      seats: true,
      cancelledAt: true,
      registrations: { where: { status: { in: ["registered", "waitlisted"] } }, select: { status: true } },
    },
  });
  const list = rows.map(({ registrations, cancelledAt, audiences, ...w }) => ({
    ...w,
    audiences: audiences as WorkshopAudience[],
    registered: registrations.filter((r) => r.status === "registered").length,
    waitlisted: registrations.filter((r) => r.status === "waitlisted").length,
    cancelled: cancelledAt !== null,
  }));
  const upcoming = list.filter((w) => w.startsAt.getTime() >= now.getTime());
  const past = list.filter((w) => w.startsAt.getTime() < now.getTime()).reverse();
  return [...upcoming, ...past];
}

export type AdminRegistration = {
  id: string;
  name: string;
  email: string;
  status: "registered" | "waitlisted" | "cancelled";
  position: number | null;
  registeredAt: Date;
  attended: boolean | null;
};

export type AdminWorkshop = AdminWorkshopRow & {
  descriptionEn: string;
  descriptionFr: string;
  meetingUrl: string;
  cancelledAt: Date | null;
  values: WorkshopInput;
  registrations: AdminRegistration[];
};

/** One workshop for programme admins: its values for the form, the seats taken, the waiting list in order, attendance. */
export async function loadAdminWorkshop(prisma: Db, actor: Actor, workshopId: string): Promise<AdminWorkshop | null> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const w = await prisma.workshop.findUnique({
    where: { id: workshopId },
    include: {
      registrations: {
        orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          registeredAt: true,
          attended: true,
          user: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (!w) return null;
  const order = waitlistOrder(w.registrations).map((r) => r.id);
  const audiences = w.audiences as WorkshopAudience[];
  return {
    id: w.id,
    titleEn: w.titleEn,
    titleFr: w.titleFr,
    descriptionEn: w.descriptionEn,
    descriptionFr: w.descriptionFr,
    meetingUrl: w.meetingUrl,
    startsAt: w.startsAt,
    timeZone: w.timeZone,
    durationMinutes: w.durationMinutes,
    audiences,
    seats: w.seats,
    cancelledAt: w.cancelledAt,
    cancelled: w.cancelledAt !== null,
    registered: w.registrations.filter((r) => r.status === "registered").length,
    waitlisted: order.length,
    values: {
      titleEn: w.titleEn,
      titleFr: w.titleFr,
      descriptionEn: w.descriptionEn,
      descriptionFr: w.descriptionFr,
      audiences,
      startsAtLocal: instantToLocalTime(w.startsAt, w.timeZone),
      timeZone: w.timeZone,
      durationMinutes: w.durationMinutes,
      meetingUrl: w.meetingUrl,
      seats: w.seats,
    },
    registrations: w.registrations.map((r) => ({
      id: r.id,
      name: r.user.name ?? r.user.email,
      email: r.user.email,
      status: r.status,
      position: r.status === "waitlisted" ? order.indexOf(r.id) + 1 : null,
      registeredAt: r.registeredAt,
      attended: r.attended,
    })),
  };
}
