import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

export type ScimTokenRow = {
  id: string;
  name: string;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The SCIM tokens, newest first, revoked ones after the others (permission: manage:roles:any). */
export async function listScimTokens(prisma: Db, actor: { roles: Role[] }): Promise<ScimTokenRow[]> {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const rows = await prisma.scimToken.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows
    .map(({ createdBy, ...row }) => ({ ...row, createdBy: createdBy ? (createdBy.name ?? createdBy.email) : null }))
    .sort((a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt)));
}
