import "server-only";
import type { Db } from "../../db/client";
import type { Prisma } from "../../generated/prisma/client";

type Reader = Db | Prisma.TransactionClient;

/**
 * The cohort through which a client may request a coach: enrolled (as client) in an open or
 * running cohort of a coaching programme; the most recent one when several.
 */
export async function findCoachingEnrolment(prisma: Reader, userId: string) {
  const enrolment = await prisma.cohortEnrolment.findFirst({
    where: { userId, role: "client", status: "enrolled", cohort: { status: { in: ["open", "running"] }, programme: { type: "coaching" } } },
    orderBy: { cohort: { startsOn: "desc" } },
    select: { cohort: { select: { id: true, programmeId: true, programme: { select: { slug: true } } } } },
  });
  return enrolment ? { cohortId: enrolment.cohort.id, programmeId: enrolment.cohort.programmeId, programmeSlug: enrolment.cohort.programme.slug } : null;
}
