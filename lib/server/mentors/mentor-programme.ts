import "server-only";
import type { Db } from "../../db/client";
import { CURRENT_COHORT_STATUSES } from "../../domain/enrolment";
import { can, type Actor } from "../../domain/roles";
import type { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../errors";

type Reader = Db | Prisma.TransactionClient;

export type MentorProgramme = {
  id: string;
  nameEn: string;
  nameFr: string;
  profileCapacityLimit: number;
  profileApprovalRequired: boolean;
};
const select = {
  id: true,
  nameEn: true,
  nameFr: true,
  profileCapacityLimit: true,
  profileApprovalRequired: true,
} as const;

export function assertMentor(actor: Actor): void {
  if (!can(actor.roles, "manage:mentor-profile:own")) throw new DomainError("forbidden");
}

/**
 * The mentoring programme a mentor's profile belongs to: the one of their latest cohort enrolment
 * as mentor (open or running), else the first mentoring programme that is not archived.
 */
export async function findMentorProgramme(prisma: Reader, userId: string): Promise<MentorProgramme | null> {
  const enrolment = await prisma.cohortEnrolment.findFirst({
    where: {
      userId,
      role: "mentor",
      status: "enrolled",
      cohort: { status: { in: [...CURRENT_COHORT_STATUSES] }, programme: { type: "mentoring", archivedAt: null } },
    },
    orderBy: { cohort: { startsOn: "desc" } },
    select: { cohort: { select: { programme: { select } } } },
  });
  if (enrolment) return enrolment.cohort.programme;
  return prisma.programme.findFirst({
    where: { type: "mentoring", archivedAt: null },
    orderBy: { createdAt: "asc" },
    select,
  });
}
