import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import {
  attendanceByMonth,
  lastAttended,
  lastMonth,
  missedLastMonth,
  type MonthAttendance,
} from "../../domain/supervision";
import { DomainError } from "../errors";

export type OwnSupervision = {
  /** "self": held outside Binôme, recorded by the coach; "group": from a group session's attendance. */
  records: { id: string; heldOn: Date; supervisor: string; attended: boolean; source: "self" | "group" }[];
  months: MonthAttendance[];
  lastMonthMissed: boolean;
  lastAttended: Date | null;
};

/** A coach's own supervision records and attendance over the last months. */
export async function loadOwnSupervision(prisma: Db, actor: Actor, now: Date = new Date()): Promise<OwnSupervision> {
  if (!can(actor.roles, "record:supervision:own")) throw new DomainError("forbidden");
  const profile = await prisma.matchingProfile.findUnique({
    where: { userId_kind: { userId: actor.id, kind: "coach" } },
    select: {
      status: true,
      reviewedAt: true,
      supervisionRecords: {
        orderBy: { heldOn: "desc" },
        select: { id: true, heldOn: true, supervisor: true, attended: true, source: true },
      },
    },
  });
  const records = profile?.supervisionRecords ?? [];
  const since = coachSince(profile);
  return {
    records,
    months: attendanceByMonth(records, now, since),
    lastMonthMissed: missedLastMonth(records, now, since),
    lastAttended: lastAttended(records),
  };
}

/** When someone became a coach: HR's approval (null when not known: every month counts). */
function coachSince(p: { status: string; reviewedAt: Date | null } | null): Date | null {
  return p?.status === "approved" ? p.reviewedAt : null;
}

export type CoachAttendance = {
  coachProfileId: string;
  name: string | null;
  email: string;
  entity: string | null;
  months: MonthAttendance[];
  attendedCount: number;
  lastAttended: Date | null;
  lastMonthMissed: boolean;
};

/** For programme admins: every approved coach's supervision attendance, those who missed last month first. */
export async function listSupervisionAttendance(prisma: Db, actor: Pick<Actor, "roles">, now: Date = new Date()) {
  if (!can(actor.roles, "view:supervision:any")) throw new DomainError("forbidden");
  const rows = await prisma.matchingProfile.findMany({
    where: { kind: "coach", status: "approved" },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      reviewedAt: true,
      user: { select: { name: true, email: true, entity: { select: { code: true } } } },
      supervisionRecords: {
        where: { heldOn: { gte: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 13, 1)) } },
        select: { heldOn: true, attended: true },
      },
    },
  });
  const coaches: CoachAttendance[] = rows.map((r) => {
    const since = coachSince(r);
    const months = attendanceByMonth(r.supervisionRecords, now, since);
    return {
      coachProfileId: r.id,
      name: r.user.name,
      email: r.user.email,
      entity: r.user.entity?.code ?? null,
      months,
      attendedCount: months.filter((m) => m.state === "attended").length,
      lastAttended: lastAttended(r.supervisionRecords),
      lastMonthMissed: missedLastMonth(r.supervisionRecords, now, since),
    };
  });
  coaches.sort((a, b) => Number(b.lastMonthMissed) - Number(a.lastMonthMissed));
  return { month: lastMonth(now), coaches, missedCount: coaches.filter((c) => c.lastMonthMissed).length };
}
