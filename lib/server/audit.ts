import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";

type Writer = Pick<Db, "auditLog"> | Prisma.TransactionClient;

export async function audit(
  tx: Writer,
  entry: { actorId: string | null; action: string; targetType: string; targetId: string; data?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
