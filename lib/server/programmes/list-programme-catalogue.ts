import "server-only";
import type { ProgrammeType } from "../../generated/prisma/client";
import { db } from "../db";

export type CatalogueCohort = { nameEn: string; nameFr: string; startsOn: Date; endsOn: Date; seats: number };
export type CatalogueProgramme = {
  id: string;
  type: ProgrammeType;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  /** Its cohort open for enrolment that starts first, if any. */
  openCohort: CatalogueCohort | null;
};

type Row = Omit<CatalogueProgramme, "openCohort"> & {
  cohortNameEn: string | null;
  cohortNameFr: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  seats: number | null;
};

/**
 * The public catalogue (the landing page, on every visit): the programmes not archived, oldest
 * first, each with its open cohort that starts first. One statement (Prisma would send one per
 * table), on the page's critical path.
 */
export async function listProgrammeCatalogue(): Promise<CatalogueProgramme[]> {
  const rows = await db().$queryRaw<Row[]>`
    select p.id, p.type::text as type, p."nameEn", p."nameFr", p."descriptionEn", p."descriptionFr",
           c."nameEn" as "cohortNameEn", c."nameFr" as "cohortNameFr", c."startsOn", c."endsOn", c.seats
      from "Programme" p
      left join lateral (
        select c."nameEn", c."nameFr", c."startsOn", c."endsOn", c.seats
          from "Cohort" c
         where c."programmeId" = p.id and c.status = 'open'
         order by c."startsOn", c.id
         limit 1) c on true
     where p."archivedAt" is null
     order by p."createdAt", p.id`;
  return rows.map(({ cohortNameEn, cohortNameFr, startsOn, endsOn, seats, ...programme }) => ({
    ...programme,
    openCohort:
      cohortNameEn !== null && cohortNameFr !== null && startsOn && endsOn && seats !== null
        ? { nameEn: cohortNameEn, nameFr: cohortNameFr, startsOn, endsOn, seats }
        : null,
  }));
}
