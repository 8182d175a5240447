import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { attendanceProblem } from "../../domain/supervision-groups";
import { DomainError } from "../errors";
import { sessionRowSelect, toSessionRow, type SupervisionSessionRow } from "./supervision-session-row";

export type SupervisionSessionPage = SupervisionSessionRow & {
  /** Registered coaches and, once recorded, whether each attended. */
  coaches: { coachProfileId: string; name: string; email: string; attended: boolean | null }[];
  /** Why attendance cannot be recorded now, if it cannot. */
  attendanceBlocked: "supervisionSessionNotOpen" | "supervisionAttendanceTooEarly" | null;
  canCancel: boolean;
};

/** One group supervision session, for the supervisor who leads it or a programme admin (anyone else: not found). */
export async function loadSupervisionSession(
  prisma: Db,
  actor: Actor,
  sessionId: string,
  now: Date = new Date(),
): Promise<SupervisionSessionPage> {
  const admin = can(actor.roles, "manage:supervision:any");
  if (!admin && !can(actor.roles, "record:supervision:own")) throw new DomainError("forbidden");
  const s = await prisma.supervisionSession.findUnique({
    where: { id: sessionId },
    select: {
      ...sessionRowSelect,
      supervisorUserId: true,
      registrations: {
        where: { cancelledAt: null },
        orderBy: [{ coachProfile: { sortName: "asc" } }, { id: "asc" }],
        select: { coachProfileId: true, coachProfile: { select: { user: { select: { name: true, email: true } } } } },
      },
      records: { select: { id: true, coachProfileId: true, attended: true } },
    },
  });
  if (!s || (!admin && s.supervisorUserId !== actor.id)) throw new DomainError("notFound");
  const attendedOf = new Map(s.records.map((r) => [r.coachProfileId, r.attended]));
  return {
    ...toSessionRow({ ...s, records: s.records.filter((r) => r.attended) }),
    coaches: s.registrations.map((r) => ({
      coachProfileId: r.coachProfileId,
      name: r.coachProfile.user.name ?? r.coachProfile.user.email,
      email: r.coachProfile.user.email,
      attended: attendedOf.get(r.coachProfileId) ?? null,
    })),
    attendanceBlocked: attendanceProblem(s, now),
    canCancel: admin && s.status === "scheduled" && s.startsAt > now,
  };
}
