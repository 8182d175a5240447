import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";
import { recordDeparture } from "./record-departure";

/**
 * A programme admin records that someone left the organisation (the "Left the organisation"
 * button): everything recordDeparture does, with the admin as the actor. Disabling stays a separate,
 * reversible step; admins cannot record their own departure (they would lock themselves out).
 */
export async function recordPersonDeparture(
  prisma: Db,
  actor: Actor,
  input: { userId: string },
): Promise<{ alreadyLeft: boolean }> {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  if (input.userId === actor.id) throw new DomainError("selfLockout");
  return recordDeparture(prisma, { personId: input.userId, via: "admin", actorId: actor.id });
}
