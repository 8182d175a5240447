import "server-only";
import type { Db } from "../../db/client";
import {
  applyScimPatch,
  inputOf,
  readScimUser,
  toScimUser,
  type ScimPerson,
  type ScimPersonInput,
} from "../../domain/scim-user";
import { TX_OPTIONS } from "../db/transaction";
import { kickOutbox } from "../outbox-worker";
import { loadScimPerson, type ScimClient } from "./scim-person";
import { updateScimPerson } from "./write-scim-person";

/**
 * The change itself, in one transaction: the person as they are now, what the client wants of
 * them, written (with a departure when made inactive); nothing is written when anything is refused.
 */
async function change(
  prisma: Db,
  client: ScimClient,
  id: string,
  baseUrl: string,
  wanted: (current: ScimPerson) => ScimPersonInput,
) {
  const { person, departed } = await prisma.$transaction(async (tx) => {
    const current = await loadScimPerson(tx, id);
    const { departed } = await updateScimPerson(tx, current, wanted(current), client);
    return { person: await loadScimPerson(tx, id), departed };
  }, TX_OPTIONS);
  if (departed) void kickOutbox(); // the departure's e-mails, after the commit
  return toScimUser(person, baseUrl);
}

/**
 * PUT /Users/{id}: the client's whole view of the person. Core attributes absent are cleared (a
 * name, the externalId) or reset (active: true); an extension absent is left as it is.
 */
export async function replaceScimUser(prisma: Db, client: ScimClient, id: string, body: unknown, baseUrl: string) {
  return change(prisma, client, id, baseUrl, (current) => readScimUser(body, inputOf(current)));
}

/** PATCH /Users/{id} (RFC 7644 §3.5.2): the operations applied to the person as SCIM sees them. */
export async function patchScimUser(prisma: Db, client: ScimClient, id: string, body: unknown, baseUrl: string) {
  return change(prisma, client, id, baseUrl, (current) =>
    readScimUser(applyScimPatch(toScimUser(current, baseUrl), body), inputOf(current)),
  );
}
