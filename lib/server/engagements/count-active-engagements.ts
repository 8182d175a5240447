import "server-only";
import type { Reader } from "../db/transaction";

/**
 * How many engagements a matching profile holds now (active): what its capacity is checked against.
 * A coaching group the profile leads (forming or running) counts as one engagement (lib/domain/group-coaching.ts).
 */
export async function countActiveEngagements(tx: Reader, profileId: string): Promise<number> {
  // One after the other: it is called inside transactions, whose queries share one connection.
  const engagements = await tx.engagement.count({ where: { profileId, status: "active" } });
  const groups = await tx.coachingGroup.count({ where: { profileId, status: { in: ["forming", "running"] } } });
  return engagements + groups;
}
