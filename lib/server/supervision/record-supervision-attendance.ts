import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { attendanceProblem, heldOnOf } from "../../domain/supervision-groups";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { lockSupervisionSession } from "./lock-supervision-session";

/**
 * The supervisor who led a group session (or a programme admin) records, after its start, whether
 * each registered coach attended. Each answer writes that coach's supervision record for the day
 * (source "group", linked to the session; it replaces a record the coach made themselves for the
 * same day), so the coach's attendance, the cohort dashboard and the attestation follow. Recording
 * again corrects the answers.
 */
export async function recordSupervisionAttendance(
  prisma: Db,
  actor: Actor,
  input: { sessionId: string; attendance: { coachProfileId: string; attended: boolean }[] },
  now: Date = new Date(),
): Promise<void> {
  const admin = can(actor.roles, "manage:supervision:any");
  if (!admin && !can(actor.roles, "record:supervision:own")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const locked = await lockSupervisionSession(tx, input.sessionId);
    // Only the session's own supervisor (or an admin) learns that it exists.
    if (!locked || (!admin && locked.supervisorUserId !== actor.id)) throw new DomainError("notFound");
    const problem = attendanceProblem(locked, now);
    if (problem) throw new DomainError(problem);
    const session = await tx.supervisionSession.findUniqueOrThrow({
      where: { id: locked.id },
      select: {
        timeZone: true,
        supervisor: { select: { name: true, email: true } },
        registrations: { where: { cancelledAt: null }, select: { coachProfileId: true } },
      },
    });
    const registered = new Set(session.registrations.map((r) => r.coachProfileId));
    const answers = new Map(input.attendance.map((a) => [a.coachProfileId, a.attended]));
    if ([...answers.keys()].some((id) => !registered.has(id))) throw new DomainError("notFound");
    if ([...registered].some((id) => !answers.has(id))) throw new DomainError("supervisionAttendanceIncomplete");
    const heldOn = heldOnOf(locked.startsAt, session.timeZone);
    const supervisor = session.supervisor.name ?? session.supervisor.email;
    for (const [coachProfileId, attended] of answers) {
      const data = { supervisor, attended, source: "group" as const, supervisionSessionId: locked.id };
      await tx.supervisionRecord.upsert({
        where: { coachProfileId_heldOn: { coachProfileId, heldOn } },
        create: { coachProfileId, heldOn, ...data },
        update: data,
      });
    }
    await tx.supervisionSession.update({
      where: { id: locked.id },
      data: { status: "held", attendanceRecordedAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "supervision.session.attendance",
      targetType: "SupervisionSession",
      targetId: locked.id,
      data: {
        attended: [...answers.values()].filter(Boolean).length,
        absent: [...answers.values()].filter((a) => !a).length,
      },
    });
  }, TX_OPTIONS);
}
