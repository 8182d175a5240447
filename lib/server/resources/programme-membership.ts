import "server-only";
import type { Reader } from "../db/transaction";

/**
 * The programmes a person takes part in: a place in one of its cohorts (not given up), a profile in
 * it (coach, mentor, networking colleague), or an engagement in it on either side.
 */
export async function participantProgrammeIds(prisma: Reader, userId: string): Promise<string[]> {
  const [enrolments, profiles, engagements] = await Promise.all([
    prisma.cohortEnrolment.findMany({
      where: { userId, status: { not: "withdrawn" } },
      select: { cohort: { select: { programmeId: true } } },
    }),
    prisma.matchingProfile.findMany({
      where: { userId, programmeId: { not: null } },
      select: { programmeId: true },
    }),
    prisma.engagement.findMany({
      where: { OR: [{ seekerId: userId }, { profile: { userId } }] },
      select: { programmeId: true },
    }),
  ]);
  const ids = new Set<string>();
  for (const e of enrolments) ids.add(e.cohort.programmeId);
  for (const p of profiles) if (p.programmeId) ids.add(p.programmeId);
  for (const e of engagements) ids.add(e.programmeId);
  return [...ids];
}
