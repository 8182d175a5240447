import "server-only";
import { db } from "../db";

/**
 * The public catalogue (the landing page, on every visit): the programmes not archived, oldest
 * first, each with its open cohort that starts first (if any). One statement (relationJoins).
 */
export async function listProgrammeCatalogue() {
  const programmes = await db().programme.findMany({
    where: { archivedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      nameEn: true,
      nameFr: true,
      descriptionEn: true,
      descriptionFr: true,
      cohorts: {
        where: { status: "open" },
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        take: 1,
        select: { nameEn: true, nameFr: true, startsOn: true, endsOn: true, seats: true },
      },
    },
  });
  return programmes.map(({ cohorts, ...p }) => ({ ...p, openCohort: cohorts[0] ?? null }));
}
