import "server-only";
import type { Db } from "../../db/client";
import { CURRENT_COHORT_STATUSES } from "../../domain/enrolment";
import type { MatchingRules } from "../../domain/matching-rules";
import type { Prisma } from "../../generated/prisma/client";

type Reader = Db | Prisma.TransactionClient;

export type MatchingProgramme = {
  cohortId: string | null;
  programmeId: string;
  programmeSlug: string;
  profileCapacityLimit: number;
  profileApprovalRequired: boolean;
};

/**
 * The programme (and cohort) through which a person may ask for a match of this kind: for coaching
 * and mentoring, their enrolment as client (mentee) in an open or running cohort of such a
 * programme, the most recent one when several; for networking, which needs no cohort, the
 * networking programme that is not archived.
 */
export async function findMatchingProgramme(
  prisma: Reader,
  userId: string,
  rules: Pick<MatchingRules, "programmeType" | "seekerRole">,
): Promise<MatchingProgramme | null> {
  const programmeSelect = { id: true, slug: true, profileCapacityLimit: true, profileApprovalRequired: true } as const;
  if (rules.seekerRole === null) {
    const programme = await prisma.programme.findFirst({
      where: { type: rules.programmeType, archivedAt: null },
      orderBy: { createdAt: "asc" },
      select: programmeSelect,
    });
    return programme
      ? {
          cohortId: null,
          programmeId: programme.id,
          programmeSlug: programme.slug,
          profileCapacityLimit: programme.profileCapacityLimit,
          profileApprovalRequired: programme.profileApprovalRequired,
        }
      : null;
  }
  const enrolment = await prisma.cohortEnrolment.findFirst({
    where: {
      userId,
      role: rules.seekerRole,
      status: "enrolled",
      cohort: { status: { in: [...CURRENT_COHORT_STATUSES] }, programme: { type: rules.programmeType } },
    },
    orderBy: { cohort: { startsOn: "desc" } },
    select: { cohort: { select: { id: true, programme: { select: programmeSelect } } } },
  });
  if (!enrolment) return null;
  const p = enrolment.cohort.programme;
  return {
    cohortId: enrolment.cohort.id,
    programmeId: p.id,
    programmeSlug: p.slug,
    profileCapacityLimit: p.profileCapacityLimit,
    profileApprovalRequired: p.profileApprovalRequired,
  };
}

/** The coaching cohort through which a client may request a coach (see findMatchingProgramme). */
export async function findCoachingEnrolment(prisma: Reader, userId: string) {
  return findMatchingProgramme(prisma, userId, { programmeType: "coaching", seekerRole: "client" });
}
