import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { isKnownTimeZone, localTimeToInstant } from "../../domain/session-schedule";
import { isSupervisor, scheduleProblem } from "../../domain/supervision-groups";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";

export type ScheduleSupervisionInput = {
  supervisorProfileId: string;
  /** "2026-12-03T10:00" in `timeZone`. */
  startsAtLocal: string;
  timeZone: string;
  durationMinutes: number;
  seats: number;
  meetingLink: string | null;
  programmeId: string | null;
};

/** A programme admin schedules a group supervision session led by a supervisor, with seats. */
export async function scheduleSupervisionSession(
  prisma: Db,
  actor: Actor,
  input: ScheduleSupervisionInput,
  now: Date = new Date(),
): Promise<{ sessionId: string }> {
  if (!can(actor.roles, "manage:supervision:any")) throw new DomainError("forbidden");
  if (!isKnownTimeZone(input.timeZone)) throw new FieldDomainError("timeZoneInvalid", "timeZone");
  const startsAt = localTimeToInstant(input.startsAtLocal, input.timeZone);
  if (!startsAt) throw new FieldDomainError("sessionTimeInvalid", "startsAtLocal");
  const meetingLink = input.meetingLink?.trim() || null;
  const problem = scheduleProblem({ ...input, startsAt, meetingLink }, now);
  if (problem === "sessionTimeInPast" || problem === "sessionTimeTooFar")
    throw new FieldDomainError(problem, "startsAtLocal");
  if (problem === "supervisionSeatsInvalid") throw new FieldDomainError(problem, "seats");
  if (problem === "supervisionDurationInvalid") throw new FieldDomainError(problem, "durationMinutes");
  if (problem === "meetingUrlInvalid") throw new FieldDomainError(problem, "meetingLink");
  return prisma.$transaction(async (tx) => {
    const locked = await lockProfile(tx, { id: input.supervisorProfileId });
    const profile = locked
      ? await tx.matchingProfile.findUnique({
          where: { id: locked.id },
          select: { userId: true, kind: true, status: true, supervisorSince: true },
        })
      : null;
    if (!profile || profile.kind !== "coach" || !isSupervisor(profile))
      throw new FieldDomainError("supervisorNotNamed", "supervisorProfileId");
    if (input.programmeId) {
      const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
      if (!programme) throw new FieldDomainError("notFound", "programmeId");
    }
    const session = await tx.supervisionSession.create({
      data: {
        programmeId: input.programmeId,
        startsAt,
        durationMinutes: input.durationMinutes,
        timeZone: input.timeZone,
        supervisorUserId: profile.userId,
        seats: input.seats,
        meetingLink,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "supervision.session.schedule",
      targetType: "SupervisionSession",
      targetId: session.id,
      data: { startsAt: startsAt.toISOString(), seats: input.seats, supervisorUserId: profile.userId },
    });
    return { sessionId: session.id };
  }, TX_OPTIONS);
}
