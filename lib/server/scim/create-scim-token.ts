import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { sha256Hex } from "./authenticate-scim-client";

/**
 * A new SCIM bearer token for a provisioning client (permission: manage:roles:any). Only its
 * SHA-256 is stored: the token itself is returned once, to be shown once.
 */
export async function createScimToken(
  prisma: Db,
  actor: { id: string; roles: Role[] },
  input: { name: string },
): Promise<{ id: string; token: string }> {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const token = `binome_scim_${randomBytes(32).toString("base64url")}`;
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.scimToken.create({
      data: { name: input.name, tokenHash: sha256Hex(token), createdById: actor.id },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "scim.token.create",
      targetType: "ScimToken",
      targetId: created.id,
      data: { name: input.name },
    });
    return created;
  });
  return { id: row.id, token };
}
