import "server-only";
import { SCIM_SCHEMAS, ScimError, type ScimPerson, type ScimPersonInput } from "../../domain/scim-user";
import { audit } from "../audit";
import type { Tx } from "../db/transaction";
import { recordDeparture } from "../people/record-departure";
import { viaClient, type ScimClient } from "./scim-person";

const invalid = (attribute: string, detail: string) =>
  new ScimError(400, `Attribute '${attribute}': ${detail}`, "invalidValue");

/** The database rows SCIM's codes and ids name: an unknown one is a 400 naming the attribute. */
async function resolve(tx: Tx, input: ScimPersonInput, personId: string | null) {
  const entity = input.entityCode
    ? await tx.entity.findUnique({ where: { code: input.entityCode }, select: { id: true } })
    : null;
  if (input.entityCode && !entity)
    throw invalid(`${SCIM_SCHEMAS.enterprise}:department`, `no entity has the code '${input.entityCode}'.`);
  const dutyStation = input.dutyStationCode
    ? await tx.dutyStation.findUnique({ where: { code: input.dutyStationCode }, select: { id: true, timeZone: true } })
    : null;
  if (input.dutyStationCode && !dutyStation)
    throw invalid(`${SCIM_SCHEMAS.staff}:dutyStation`, `no duty station has the code '${input.dutyStationCode}'.`);
  if (input.supervisorId) {
    if (input.supervisorId === personId)
      throw invalid(`${SCIM_SCHEMAS.enterprise}:manager`, "a person cannot be their own manager.");
    const supervisor = await tx.user.findFirst({
      where: { id: input.supervisorId, anonymisedAt: null },
      select: { id: true },
    });
    if (!supervisor) throw invalid(`${SCIM_SCHEMAS.enterprise}:manager`, `no User has the id '${input.supervisorId}'.`);
  }
  // userName and employeeNumber are unique (RFC 7644 §3.3: 409, uniqueness).
  const sameEmail = await tx.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" }, ...(personId ? { id: { not: personId } } : {}) },
    select: { id: true },
  });
  if (sameEmail) throw new ScimError(409, `userName '${input.email}' is already in use.`, "uniqueness");
  if (input.staffIndexNumber) {
    const sameIndex = await tx.user.findFirst({
      where: { staffIndexNumber: input.staffIndexNumber, ...(personId ? { id: { not: personId } } : {}) },
      select: { id: true },
    });
    if (sameIndex)
      throw new ScimError(
        409,
        `${SCIM_SCHEMAS.enterprise}:employeeNumber '${input.staffIndexNumber}' is already in use.`,
        "uniqueness",
      );
  }
  return { entityId: entity?.id ?? null, dutyStation };
}

/** A new person from a SCIM client (POST /Users). */
export async function createScimPerson(tx: Tx, input: ScimPersonInput, client: ScimClient): Promise<string> {
  const { entityId, dutyStation } = await resolve(tx, input, null);
  const now = new Date();
  const person = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      scimExternalId: input.externalId,
      preferredLanguage: input.preferredLanguage,
      staffIndexNumber: input.staffIndexNumber,
      entityId,
      dutyStationId: dutyStation?.id ?? null,
      timeZone: dutyStation?.timeZone,
      appointmentType: input.appointmentType,
      languages: input.languages,
      supervisorId: input.supervisorId,
      // Provisioned inactive: nothing to end, they simply cannot sign in until made active.
      ...(input.active ? {} : { disabledAt: now, leftAt: now }),
    },
    select: { id: true },
  });
  await audit(tx, {
    actorId: null,
    action: "scim.user.create",
    targetType: "User",
    targetId: person.id,
    data: { ...viaClient(client), active: input.active },
  });
  return person.id;
}

/**
 * A person changed by a SCIM client (PUT or PATCH): the attributes that differ are written, with
 * an audit row naming them. Made inactive, the person leaves (recordDeparture, in this same
 * transaction: sessions, requests, places, engagements and missions end; partners are told);
 * made active again, they may sign in again (as an admin's "enable" does).
 */
export async function updateScimPerson(
  tx: Tx,
  current: ScimPerson,
  input: ScimPersonInput,
  client: ScimClient,
): Promise<{ departed: boolean }> {
  const { entityId, dutyStation } = await resolve(tx, input, current.id);
  // Inactive means gone: a person only disabled by an admin is recorded as having left too.
  const departed = !input.active && !current.left;
  // First, as it locks the person's profiles before their row (lib/server/db/locks.ts).
  if (departed) await recordDeparture(tx, { personId: current.id, via: "scim", actorId: null });
  const before = await tx.user.findUniqueOrThrow({
    where: { id: current.id },
    select: {
      email: true,
      name: true,
      scimExternalId: true,
      preferredLanguage: true,
      staffIndexNumber: true,
      entityId: true,
      dutyStationId: true,
      appointmentType: true,
      languages: true,
      supervisorId: true,
    },
  });
  const wanted = {
    email: input.email,
    name: input.name,
    scimExternalId: input.externalId,
    preferredLanguage: input.preferredLanguage ?? before.preferredLanguage,
    staffIndexNumber: input.staffIndexNumber,
    entityId,
    dutyStationId: dutyStation?.id ?? null,
    appointmentType: input.appointmentType,
    languages: input.languages,
    supervisorId: input.supervisorId,
  };
  const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).filter(
    (key) => JSON.stringify(wanted[key]) !== JSON.stringify(before[key]),
  );
  const enabled = !current.active && input.active;
  if (changed.length > 0 || enabled)
    await tx.user.update({
      where: { id: current.id },
      data: {
        ...Object.fromEntries(changed.map((key) => [key, wanted[key]])),
        ...(enabled ? { disabledAt: null, leftAt: null } : {}),
      },
    });
  if (changed.length > 0)
    await audit(tx, {
      actorId: null,
      action: "scim.user.update",
      targetType: "User",
      targetId: current.id,
      data: { ...viaClient(client), changed },
    });
  if (enabled)
    await audit(tx, {
      actorId: null,
      action: "person.enable",
      targetType: "User",
      targetId: current.id,
      data: viaClient(client),
    });
  return { departed };
}
