import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { ScimError, type ScimPerson } from "../../domain/scim-user";
import type { Reader } from "../db/transaction";

/** Who is calling the SCIM API: an admin-created token (its id) or the SCIM_TOKEN setting (null). */
export type ScimClient = { tokenId: string | null; name: string };

/** What the audit rows of a SCIM change say about the client. */
export const viaClient = (client: ScimClient) => ({ via: "scim", token: client.name, tokenId: client.tokenId });

export const scimPersonSelect = {
  id: true,
  email: true,
  name: true,
  preferredLanguage: true,
  scimExternalId: true,
  staffIndexNumber: true,
  appointmentType: true,
  languages: true,
  disabledAt: true,
  leftAt: true,
  createdAt: true,
  updatedAt: true,
  entity: { select: { code: true } },
  dutyStation: { select: { code: true } },
  supervisor: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof scimPersonSelect }>;

export function scimPersonOf(row: Row): ScimPerson {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    preferredLanguage: row.preferredLanguage,
    scimExternalId: row.scimExternalId,
    staffIndexNumber: row.staffIndexNumber,
    entityCode: row.entity?.code ?? null,
    dutyStationCode: row.dutyStation?.code ?? null,
    appointmentType: row.appointmentType,
    languages: row.languages,
    supervisor: row.supervisor,
    active: !row.disabledAt && !row.leftAt,
    left: Boolean(row.leftAt),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * People a SCIM client deleted (RFC 7644 §3.6: every later operation on them answers 404) and people
 * whose data was erased are no longer resources of the SCIM API.
 */
export const scimVisible = { anonymisedAt: null, scimDeletedAt: null } satisfies Prisma.UserWhereInput;

/** A person by SCIM id, or a SCIM 404. */
export async function loadScimPerson(reader: Reader, id: string): Promise<ScimPerson> {
  const row =
    id.length <= 64 && !id.includes("\u0000")
      ? await reader.user.findFirst({ where: { id, ...scimVisible }, select: scimPersonSelect })
      : null;
  if (!row) throw new ScimError(404, `User '${id.slice(0, 64)}' not found.`);
  return scimPersonOf(row);
}
