import "server-only";
import type { Db } from "../../db/client";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { kickOutbox } from "../outbox-worker";
import { recordDeparture } from "../people/record-departure";
import { loadScimPerson, viaClient, type ScimClient } from "./scim-person";

/**
 * DELETE /Users/{id}: the person leaves the organisation (recordDeparture: sessions, requests,
 * places, engagements and missions end; partners are told) and stops being a SCIM resource: every
 * later GET, PUT, PATCH or DELETE of that id answers 404 and lists leave them out (RFC 7644 §3.6).
 * Their history stays in Binôme; a client that creates the same userName again brings the same
 * person back (createScimUser).
 */
export async function deleteScimUser(prisma: Db, client: ScimClient, id: string): Promise<void> {
  const { alreadyLeft } = await prisma.$transaction(async (tx) => {
    const person = await loadScimPerson(tx, id);
    const departure = await recordDeparture(tx, { personId: person.id, via: "scim", actorId: null });
    await tx.user.update({ where: { id: person.id }, data: { scimDeletedAt: new Date() } });
    await audit(tx, {
      actorId: null,
      action: "scim.user.delete",
      targetType: "User",
      targetId: person.id,
      data: viaClient(client),
    });
    return departure;
  }, TX_OPTIONS);
  if (!alreadyLeft) void kickOutbox();
}
