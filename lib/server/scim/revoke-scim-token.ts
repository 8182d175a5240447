import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";

/** Revokes a SCIM token (permission: manage:roles:any): from now on it gets a 401. Revoking twice changes nothing. */
export async function revokeScimToken(prisma: Db, actor: { id: string; roles: Role[] }, input: { tokenId: string }) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.scimToken.updateMany({
      where: { id: input.tokenId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.scimToken.count({ where: { id: input.tokenId } });
      if (!exists) throw new DomainError("notFound");
      return;
    }
    await audit(tx, {
      actorId: actor.id,
      action: "scim.token.revoke",
      targetType: "ScimToken",
      targetId: input.tokenId,
    });
  });
}
