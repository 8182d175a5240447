import "server-only";
import { db } from "../db";

/** Programmes with their cohort open for enrolment (if any), for the public catalogue. */
export async function listProgrammeCatalogue() {
  const programmes = await db().programme.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      type: true,
      nameEn: true,
      nameFr: true,
      descriptionEn: true,
      descriptionFr: true,
      cohorts: {
        where: { status: "open" },
        orderBy: { startsOn: "asc" },
        take: 1,
        select: { nameEn: true, nameFr: true, startsOn: true, endsOn: true, seats: true },
      },
    },
  });
  return programmes.map(({ cohorts, ...p }) => ({ ...p, openCohort: cohorts[0] ?? null }));
}
