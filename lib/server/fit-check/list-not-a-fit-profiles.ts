import "server-only";
import type { Reader } from "../db/transaction";

/**
 * The matching profiles (coaches, mentors) a person's engagements ended with as not a fit: the
 * people not to suggest to them again. Data only; suggestions read it.
 */
export async function listNotAFitProfiles(prisma: Reader, seekerId: string): Promise<string[]> {
  const rows = await prisma.engagement.findMany({
    where: { seekerId, endedAsNotAFit: true },
    select: { profileId: true },
    distinct: ["profileId"],
  });
  return rows.map((r) => r.profileId);
}
