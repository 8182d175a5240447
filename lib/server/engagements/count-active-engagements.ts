import "server-only";
import type { Reader } from "../db/transaction";

/**
 * How many engagements a matching profile holds now (active): what its capacity is checked against.
 * A coaching group the profile leads (forming or running) counts as one engagement (lib/domain/group-coaching.ts).
 */
export async function countActiveEngagements(tx: Reader, profileId: string): Promise<number> {
  const [engagements, groups] = await Promise.all([
    tx.engagement.count({ where: { profileId, status: "active" } }),
    tx.coachingGroup.count({ where: { profileId, status: { in: ["forming", "running"] } } }),
  ]);
  return engagements + groups;
}
