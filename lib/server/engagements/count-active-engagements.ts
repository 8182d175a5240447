import "server-only";
import type { Reader } from "../db/transaction";

/** How many engagements a matching profile holds now (active): what its capacity is checked against. */
export function countActiveEngagements(tx: Reader, profileId: string): Promise<number> {
  return tx.engagement.count({ where: { profileId, status: "active" } });
}
