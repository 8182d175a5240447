import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

export type OverdueCheckIns = {
  /** Check-ins not answered within two working days. */
  overdue: number;
  /** Check-ins waiting for an answer, overdue or not. */
  unanswered: number;
  /** Per coach with at least one overdue check-in, most overdue first. */
  byCoach: { coachProfileId: string; coachName: string | null; overdue: number; oldestDueAt: Date }[];
};

/**
 * For programme admins (cohort dashboards, supervision): how many coachee check-ins wait past the
 * two working days, and with which coaches. Counts only — never a check-in's text.
 */
export async function countOverdueCheckIns(
  prisma: Db,
  actor: { roles: readonly Role[] },
  now: Date = new Date(),
): Promise<OverdueCheckIns> {
  if (!can(actor.roles, "view:cohort-dashboard:any") && !can(actor.roles, "view:supervision:any"))
    throw new DomainError("forbidden");
  const [unanswered, overdueRows] = await Promise.all([
    prisma.checkIn.count({ where: { answeredAt: null } }),
    prisma.checkIn.findMany({
      where: { answeredAt: null, dueAt: { lte: now } },
      select: {
        dueAt: true,
        mission: { select: { coachProfileId: true, coachProfile: { select: { user: { select: { name: true } } } } } },
      },
    }),
  ]);
  const byCoach = new Map<string, OverdueCheckIns["byCoach"][number]>();
  for (const row of overdueRows) {
    const id = row.mission.coachProfileId;
    const entry = byCoach.get(id) ?? {
      coachProfileId: id,
      coachName: row.mission.coachProfile.user.name,
      overdue: 0,
      oldestDueAt: row.dueAt,
    };
    entry.overdue++;
    if (row.dueAt < entry.oldestDueAt) entry.oldestDueAt = row.dueAt;
    byCoach.set(id, entry);
  }
  return {
    overdue: overdueRows.length,
    unanswered,
    byCoach: [...byCoach.values()].sort((a, b) => b.overdue - a.overdue || +a.oldestDueAt - +b.oldestDueAt),
  };
}
