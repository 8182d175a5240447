import "server-only";
import type { Db } from "../../db/client";
import { GROUP_PLAN, groupCapacityIssue } from "../../domain/group-coaching";
import { hasFreePlace } from "../../domain/match-request";
import { effectiveCapacity } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError, FieldDomainError } from "../errors";

export type CreateGroupInput = {
  cohortId: string;
  capacity: number;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  meetingUrl: string | null;
};

/**
 * An approved coach opens a group in a cohort (open or running) of a programme that offers group
 * coaching. The group holds one of the coach's places, like one engagement: checked under the
 * coach's profile lock, the same lock every acceptance of a one-to-one request takes. The group
 * gets the whole group plan at once, its sessions planned, to be scheduled by the coach.
 */
export async function createGroup(
  prisma: Db,
  actor: Actor,
  input: CreateGroupInput,
  now: Date = new Date(),
): Promise<{ groupId: string }> {
  if (!can(actor.roles, "manage:coach-profile:own")) throw new DomainError("forbidden");
  const capacityIssue = groupCapacityIssue(input.capacity);
  if (capacityIssue) throw new FieldDomainError(capacityIssue, "capacity");
  return prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, { userId: actor.id, kind: "coach" });
    if (!profile || profile.status !== "approved") throw new DomainError("coachNotApproved");
    const cohort = await tx.cohort.findUnique({
      where: { id: input.cohortId },
      select: {
        id: true,
        status: true,
        programme: { select: { id: true, type: true, offersGroupCoaching: true, profileCapacityLimit: true } },
      },
    });
    if (!cohort) throw new FieldDomainError("groupCohortRequired", "cohortId");
    if (!cohort.programme.offersGroupCoaching || cohort.programme.type !== "coaching")
      throw new FieldDomainError("groupCoachingNotOffered", "cohortId");
    if (cohort.status !== "open" && cohort.status !== "running")
      throw new FieldDomainError("groupCohortClosed", "cohortId");
    const capacity = effectiveCapacity(profile.capacity, cohort.programme.profileCapacityLimit);
    if (!hasFreePlace({ capacity }, await countActiveEngagements(tx, profile.id)))
      throw new DomainError("groupCoachFull");
    const group = await tx.coachingGroup.create({
      data: {
        programmeId: cohort.programme.id,
        cohortId: cohort.id,
        profileId: profile.id,
        capacity: input.capacity,
        titleEn: input.titleEn,
        titleFr: input.titleFr,
        descriptionEn: input.descriptionEn,
        descriptionFr: input.descriptionFr,
        meetingUrl: input.meetingUrl,
        createdAt: now,
        sessions: {
          create: GROUP_PLAN.map((step, i) => ({
            position: i + 1,
            stepKey: step.key,
            durationMinutes: step.durationMinutes,
          })),
        },
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "group.create",
      targetType: "CoachingGroup",
      targetId: group.id,
      data: { cohortId: cohort.id, capacity: input.capacity },
    });
    return { groupId: group.id };
  }, TX_OPTIONS);
}
