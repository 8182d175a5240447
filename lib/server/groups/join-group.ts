import "server-only";
import type { Db } from "../../db/client";
import { joinRefusal, statusAfterJoin } from "../../domain/group-coaching";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { lockGroup } from "./lock-group";

/**
 * A client of the group's cohort takes a seat. The person's User row, then the group's row are
 * locked; under the locks the seat count, the group's status and the person's other groups of the
 * cohort are read again, so that concurrent joins never overfill a group nor put one person in two
 * groups of a cohort. The third member starts the group.
 */
export async function joinGroup(
  prisma: Db,
  actor: Actor,
  input: { groupId: string },
  now: Date = new Date(),
): Promise<{ members: number; status: string }> {
  if (!can(actor.roles, "enrol:cohort:self")) throw new DomainError("forbidden");
  return prisma.$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    const group = await lockGroup(tx, input.groupId);
    if (!group) throw new DomainError("notFound");
    const coach = await tx.matchingProfile.findUniqueOrThrow({
      where: { id: group.profileId },
      select: { userId: true },
    });
    const members = await tx.coachingGroupMember.findMany({
      where: { groupId: group.id, leftAt: null },
      select: { userId: true },
    });
    const sessions = await tx.coachingGroupSession.findMany({
      where: { groupId: group.id },
      select: { position: true, status: true, startsAt: true },
    });
    const enrolment = await tx.cohortEnrolment.findFirst({
      where: { cohortId: group.cohortId, userId: actor.id, role: "client", status: "enrolled" },
      select: { id: true },
    });
    const other = await tx.coachingGroupMember.count({
      where: {
        userId: actor.id,
        leftAt: null,
        groupId: { not: group.id },
        group: { cohortId: group.cohortId, status: { in: ["forming", "running"] } },
      },
    });
    const refusal = joinRefusal(
      {
        status: group.status,
        capacity: group.capacity,
        members: members.length,
        sessions,
        enrolledAsClient: enrolment !== null,
        alreadyMember: members.some((m) => m.userId === actor.id),
        inOtherActiveGroup: other > 0,
        isCoach: coach.userId === actor.id,
      },
      now,
    );
    if (refusal) throw new DomainError(refusal);
    // A member who left comes back on the same row (one row per person and group).
    await tx.coachingGroupMember.upsert({
      where: { groupId_userId: { groupId: group.id, userId: actor.id } },
      create: { groupId: group.id, userId: actor.id, joinedAt: now },
      update: { joinedAt: now, leftAt: null },
    });
    const count = members.length + 1;
    const status = statusAfterJoin(group.status, count);
    if (status !== group.status)
      await tx.coachingGroup.update({ where: { id: group.id }, data: { status, startedAt: now } });
    await audit(tx, {
      actorId: actor.id,
      action: "group.join",
      targetType: "CoachingGroup",
      targetId: group.id,
      data: { members: count, status },
    });
    return { members: count, status };
  }, TX_OPTIONS);
}
