import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { lockResource } from "./save-resource";

/** A programme admin takes a resource down (participants no longer see it) or publishes it again. */
export async function setResourcePublished(
  prisma: Db,
  actor: Actor,
  input: { resourceId: string; published: boolean },
  now = new Date(),
): Promise<void> {
  if (!can(actor.roles, "manage:resources:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const found = await lockResource(tx, input.resourceId);
    if (!found) throw new DomainError("notFound");
    const { count } = await tx.resource.updateMany({
      where: { id: found.id, unpublishedAt: input.published ? { not: null } : null },
      data: { unpublishedAt: input.published ? null : now },
    });
    if (count === 0) return; // already so: nothing changes, nothing is recorded
    await audit(tx, {
      actorId: actor.id,
      action: input.published ? "resource.republish" : "resource.unpublish",
      targetType: "Resource",
      targetId: found.id,
    });
  }, TX_OPTIONS);
}
