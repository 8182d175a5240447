import "server-only";
import type { Db } from "../../db/client";
import { LISTED_PROFILE } from "../../domain/coach-lifecycle";

const place = { select: { code: true, nameEn: true, nameFr: true } } as const;

export type DirectoryCoach = {
  id: string;
  name: string | null;
  entity: { code: string; nameEn: string; nameFr: string } | null;
  dutyStation: { code: string; nameEn: string; nameFr: string } | null;
  /** ISO 639-1 codes: the languages the coach speaks, and those they coach in. */
  languages: string[];
  coachingLanguages: string[];
  expertiseAreas: string[];
  capacity: number;
  bioEn: string | null;
  bioFr: string | null;
  approachEn: string | null;
  approachFr: string | null;
};

/** The coaches staff members may choose from (listed: lib/domain/coach-lifecycle.ts), by name. */
export async function listDirectoryCoaches(
  prisma: Db,
  { take, skip }: { take?: number; skip?: number } = {},
): Promise<DirectoryCoach[]> {
  const rows = await prisma.matchingProfile.findMany({
    where: { kind: "coach", ...LISTED_PROFILE },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    take,
    skip,
    select: {
      id: true,
      coachingLanguages: true,
      expertiseAreas: true,
      capacity: true,
      bioEn: true,
      bioFr: true,
      approachEn: true,
      approachFr: true,
      user: { select: { name: true, languages: true, entity: place, dutyStation: place } },
    },
  });
  return rows.map(({ user, ...c }) => ({
    id: c.id,
    name: user.name,
    entity: user.entity,
    dutyStation: user.dutyStation,
    languages: user.languages,
    coachingLanguages: c.coachingLanguages,
    expertiseAreas: c.expertiseAreas,
    capacity: c.capacity,
    bioEn: c.bioEn,
    bioFr: c.bioFr,
    approachEn: c.approachEn,
    approachFr: c.approachFr,
  }));
}
