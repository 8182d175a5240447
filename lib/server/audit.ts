import "server-only";
import type { Db } from "../db/client";
import type { AuditAction } from "../domain/audit-actions";
import type { Prisma } from "../generated/prisma/client";

type Writer = Pick<Db, "auditLog"> | Prisma.TransactionClient;

/** One row of the audit log, written in the change's own transaction: who did what (lib/domain/audit-actions.ts) to which row. */
export async function audit(
  tx: Writer,
  entry: {
    actorId: string | null;
    action: AuditAction;
    targetType: Prisma.ModelName;
    targetId: string;
    data?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
