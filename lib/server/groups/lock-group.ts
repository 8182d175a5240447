import "server-only";
import type { Tx } from "../db/transaction";

export type LockedGroup = {
  id: string;
  programmeId: string;
  cohortId: string;
  profileId: string;
  capacity: number;
  status: "forming" | "running" | "completed" | "cancelled";
};

/**
 * Locks a coaching group's row (SELECT … FOR UPDATE) and returns what the seat and status checks
 * need, or null when there is none. Every join, and every change to the group's sessions, goes
 * through it, so two clients can never both take the last seat. Taken after the joining person's
 * User row (lib/server/db/locks.ts's order: people before the thing they join).
 */
export async function lockGroup(tx: Tx, groupId: string): Promise<LockedGroup | null> {
  const rows = await tx.$queryRaw<LockedGroup[]>`
    select "id", "programmeId", "cohortId", "profileId", "capacity", "status"::text as "status"
    from "CoachingGroup" where "id" = ${groupId} for update`;
  return rows[0] ?? null;
}
