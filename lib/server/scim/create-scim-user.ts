import "server-only";
import type { Db } from "../../db/client";
import { readScimUser, toScimUser } from "../../domain/scim-user";
import { TX_OPTIONS } from "../db/transaction";
import { loadScimPerson, type ScimClient } from "./scim-person";
import { createScimPerson } from "./write-scim-person";

/** POST /Users: a new person, with an audit row; a taken userName or employeeNumber is a 409. */
export async function createScimUser(prisma: Db, client: ScimClient, body: unknown, baseUrl: string) {
  const input = readScimUser(body, null);
  const person = await prisma.$transaction(async (tx) => {
    const id = await createScimPerson(tx, input, client);
    return loadScimPerson(tx, id);
  }, TX_OPTIONS);
  return toScimUser(person, baseUrl);
}
