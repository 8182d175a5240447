import "server-only";
import type { SupervisionSessionStatus } from "../../domain/supervision-groups";
import type { Tx } from "../db/transaction";

export type LockedSupervisionSession = {
  id: string;
  status: SupervisionSessionStatus;
  startsAt: Date;
  seats: number;
  supervisorUserId: string;
};

/**
 * Locks a group supervision session's row (SELECT … FOR UPDATE) until the transaction ends: every
 * verb that counts or takes its seats, or writes its attendance, takes it first, so two coaches can
 * never both see the last seat free. Null when there is no such session.
 */
export async function lockSupervisionSession(tx: Tx, sessionId: string): Promise<LockedSupervisionSession | null> {
  const rows = await tx.$queryRaw<LockedSupervisionSession[]>`
    select "id", "status"::text as "status", "startsAt", "seats", "supervisorUserId"
      from "SupervisionSession" where "id" = ${sessionId} for update`;
  return rows[0] ?? null;
}
