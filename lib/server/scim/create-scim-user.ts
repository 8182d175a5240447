import "server-only";
import type { Db } from "../../db/client";
import { readScimUser, toScimUser, type ScimPersonInput } from "../../domain/scim-user";
import { audit } from "../audit";
import { TX_OPTIONS, type Tx } from "../db/transaction";
import { loadScimPerson, scimPersonOf, scimPersonSelect, viaClient, type ScimClient } from "./scim-person";
import { createScimPerson, updateScimPerson } from "./write-scim-person";

/**
 * POST /Users: a new person, with an audit row; a taken userName or employeeNumber is a 409. A
 * person a SCIM client deleted earlier (same userName, or same employeeNumber) comes back as the
 * same person, their history kept, with the attributes sent: deleting and creating again is how
 * identity providers re-provision someone who returns.
 */
export async function createScimUser(prisma: Db, client: ScimClient, body: unknown, baseUrl: string) {
  const input = readScimUser(body, null);
  const person = await prisma.$transaction(async (tx) => {
    const id = (await restoreDeletedPerson(tx, input, client)) ?? (await createScimPerson(tx, input, client));
    return loadScimPerson(tx, id);
  }, TX_OPTIONS);
  return toScimUser(person, baseUrl);
}

async function restoreDeletedPerson(tx: Tx, input: ScimPersonInput, client: ScimClient): Promise<string | null> {
  const row = await tx.user.findFirst({
    where: {
      scimDeletedAt: { not: null },
      anonymisedAt: null,
      OR: [
        { email: { equals: input.email, mode: "insensitive" } },
        ...(input.staffIndexNumber ? [{ staffIndexNumber: input.staffIndexNumber }] : []),
      ],
    },
    select: scimPersonSelect,
  });
  if (!row) return null;
  await tx.user.update({ where: { id: row.id }, data: { scimDeletedAt: null } });
  // They left when they were deleted: made active, they may sign in again (updateScimPerson).
  await updateScimPerson(tx, scimPersonOf(row), input, client);
  await audit(tx, {
    actorId: null,
    action: "scim.user.create",
    targetType: "User",
    targetId: row.id,
    data: { ...viaClient(client), active: input.active, restored: true },
  });
  return row.id;
}
