import "server-only";
import type { Db } from "../../db/client";

/** What a mentor's directory page adds to the shared profile: their career path and professional link. */
export async function findMentorDetails(
  prisma: Db,
  profileId: string,
): Promise<{ careerPath: string | null; profileUrl: string | null }> {
  const row = await prisma.matchingProfile.findFirst({
    where: { id: profileId, kind: "mentor" },
    select: { careerPath: true, profileUrl: true },
  });
  return { careerPath: row?.careerPath ?? null, profileUrl: row?.profileUrl ?? null };
}
