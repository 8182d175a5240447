import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";

export async function grantRole(
  prisma: Db,
  actor: { id: string; roles: Role[] },
  input: { userId: string; role: Role },
) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!person) throw new DomainError("notFound");
    const existing = await tx.roleGrant.findUnique({ where: { userId_role: input } });
    if (existing) return;
    await tx.roleGrant.create({ data: { ...input, grantedById: actor.id } });
    await audit(tx, {
      actorId: actor.id,
      action: "role.grant",
      targetType: "User",
      targetId: input.userId,
      data: { role: input.role },
    });
  });
}
