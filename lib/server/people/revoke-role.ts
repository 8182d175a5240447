import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";

/** Removes a role and ends every session of the person, so the change applies at once. */
export async function revokeRole(
  prisma: Db,
  actor: { id: string; roles: Role[] },
  input: { userId: string; role: Role },
) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  if (input.userId === actor.id && input.role === "programme_admin") throw new DomainError("selfLockout");
  await prisma.$transaction(async (tx) => {
    const removed = await tx.roleGrant.deleteMany({ where: { userId: input.userId, role: input.role } });
    if (removed.count === 0) return;
    const sessions = await tx.session.deleteMany({ where: { userId: input.userId } });
    await audit(tx, {
      actorId: actor.id,
      action: "role.revoke",
      targetType: "User",
      targetId: input.userId,
      data: { role: input.role, sessionsEnded: sessions.count },
    });
  });
}
