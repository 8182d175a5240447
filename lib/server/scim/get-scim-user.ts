import "server-only";
import type { Db } from "../../db/client";
import { toScimUser } from "../../domain/scim-user";
import { loadScimPerson, type ScimClient } from "./scim-person";

/** GET /Users/{id}. */
export async function getScimUser(prisma: Db, _client: ScimClient, id: string, baseUrl: string) {
  return toScimUser(await loadScimPerson(prisma, id), baseUrl);
}
