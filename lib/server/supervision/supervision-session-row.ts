import "server-only";
import type { SupervisionSessionStatus } from "../../domain/supervision-groups";

/** A group supervision session as its lists show it. */
export type SupervisionSessionRow = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  seats: number;
  /** Seats taken (registrations not given up). */
  taken: number;
  status: SupervisionSessionStatus;
  meetingLink: string | null;
  supervisorName: string;
  programme: { nameEn: string; nameFr: string } | null;
  /** Coaches recorded as attending, once attendance is recorded. */
  attended: number | null;
};

export const sessionRowSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  timeZone: true,
  seats: true,
  status: true,
  meetingLink: true,
  attendanceRecordedAt: true,
  supervisor: { select: { name: true, email: true } },
  programme: { select: { nameEn: true, nameFr: true } },
  _count: { select: { registrations: { where: { cancelledAt: null } } } },
  records: { where: { attended: true }, select: { id: true } },
} as const;

export function toSessionRow(s: {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  seats: number;
  status: SupervisionSessionStatus;
  meetingLink: string | null;
  attendanceRecordedAt: Date | null;
  supervisor: { name: string | null; email: string };
  programme: { nameEn: string; nameFr: string } | null;
  _count: { registrations: number };
  records: { id: string }[];
}): SupervisionSessionRow {
  return {
    id: s.id,
    startsAt: s.startsAt,
    durationMinutes: s.durationMinutes,
    timeZone: s.timeZone,
    seats: s.seats,
    taken: s._count.registrations,
    status: s.status,
    meetingLink: s.meetingLink,
    supervisorName: s.supervisor.name ?? s.supervisor.email,
    programme: s.programme,
    attended: s.attendanceRecordedAt ? s.records.length : null,
  };
}
