import "server-only";
import type { Db } from "../../db/client";
import { recordDeparture } from "../people/record-departure";
import { loadScimPerson, type ScimClient } from "./scim-person";

/**
 * DELETE /Users/{id}: the person leaves the organisation (recordDeparture: sessions, requests,
 * places, engagements and missions end; partners are told). Their history stays, and so does the
 * resource, inactive: a later PATCH active:true brings them back.
 */
export async function deleteScimUser(prisma: Db, _client: ScimClient, id: string): Promise<void> {
  const person = await loadScimPerson(prisma, id);
  await recordDeparture(prisma, { personId: person.id, via: "scim", actorId: null });
}
