import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { lockWorkshop } from "./seats";

/** A programme admin cancels a workshop: it stays listed as cancelled, and nobody may register any more. */
export async function cancelWorkshop(
  prisma: Db,
  actor: Actor,
  input: { workshopId: string },
  now = new Date(),
): Promise<void> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const workshop = await lockWorkshop(tx, input.workshopId);
    if (!workshop) throw new DomainError("notFound");
    if (workshop.cancelledAt) throw new DomainError("workshopCancelled");
    await tx.workshop.update({ where: { id: workshop.id }, data: { cancelledAt: now } });
    await audit(tx, { actorId: actor.id, action: "workshop.cancel", targetType: "Workshop", targetId: workshop.id });
  }, TX_OPTIONS);
}
