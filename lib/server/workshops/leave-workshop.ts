import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import { mayLeave, registrationWindow } from "../../domain/workshops";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { lockWorkshop, promoteWaiting } from "./seats";

/**
 * The caller gives up their seat or their place on the waiting list, before the start. A seat freed
 * this way goes, in the same transaction, to the first person waiting (who is e-mailed).
 */
export async function leaveWorkshop(
  prisma: Db,
  actor: Actor,
  input: { workshopId: string },
  now = new Date(),
): Promise<{ promoted: number }> {
  const promoted = await prisma.$transaction(async (tx) => {
    const workshop = await lockWorkshop(tx, input.workshopId);
    if (!workshop) throw new DomainError("notFound");
    const own = await tx.workshopRegistration.findUnique({
      where: { workshopId_userId: { workshopId: workshop.id, userId: actor.id } },
      select: { id: true, status: true },
    });
    if (!own) throw new DomainError("notFound");
    if (!mayLeave(own.status)) throw new DomainError("workshopNotRegistered");
    const window = registrationWindow(workshop, now);
    if (!window.open) throw new DomainError(window.reason);
    const { count } = await tx.workshopRegistration.updateMany({
      where: { id: own.id, status: own.status },
      data: { status: "cancelled", cancelledAt: now },
    });
    if (count !== 1) throw new DomainError("workshopNotRegistered");
    await audit(tx, {
      actorId: actor.id,
      action: "workshop.leave",
      targetType: "WorkshopRegistration",
      targetId: own.id,
      data: { workshopId: workshop.id, from: own.status },
    });
    return own.status === "registered" ? promoteWaiting(tx, workshop, actor.id, now) : 0;
  }, TX_OPTIONS);
  if (promoted > 0) void kickOutbox();
  return { promoted };
}
