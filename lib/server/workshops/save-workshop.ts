import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { localTimeToInstant } from "../../domain/session-schedule";
import { seatsAllowed } from "../../domain/workshops";
import type { WorkshopValues } from "../../validation/workshops";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { liveRegistrations, lockWorkshop, promoteWaiting } from "./seats";

/**
 * A programme admin publishes a workshop, or changes one not cancelled. Seats may not fall below
 * the seats taken; seats added go at once to the first people waiting.
 */
export async function saveWorkshop(
  prisma: Db,
  actor: Actor,
  input: { workshopId?: string; values: WorkshopValues },
  now = new Date(),
): Promise<{ id: string }> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const v = input.values;
  const startsAt = localTimeToInstant(v.startsAtLocal, v.timeZone);
  if (!startsAt) throw new FieldDomainError("workshopStartInvalid", "startsAtLocal");
  const data = {
    titleEn: v.titleEn,
    titleFr: v.titleFr,
    descriptionEn: v.descriptionEn,
    descriptionFr: v.descriptionFr,
    audiences: [...new Set(v.audiences)],
    startsAt,
    timeZone: v.timeZone,
    durationMinutes: v.durationMinutes,
    meetingUrl: v.meetingUrl,
    seats: v.seats,
  };
  const { id, promoted } = await prisma.$transaction(async (tx) => {
    if (!input.workshopId) {
      if (startsAt.getTime() <= now.getTime()) throw new FieldDomainError("workshopStartPast", "startsAtLocal");
      const created = await tx.workshop.create({ data, select: { id: true } });
      await audit(tx, { actorId: actor.id, action: "workshop.create", targetType: "Workshop", targetId: created.id });
      return { id: created.id, promoted: 0 };
    }
    const workshop = await lockWorkshop(tx, input.workshopId);
    if (!workshop) throw new DomainError("notFound");
    if (workshop.cancelledAt) throw new DomainError("workshopCancelled");
    const registered = (await liveRegistrations(tx, workshop.id)).filter((r) => r.status === "registered").length;
    if (!seatsAllowed(v.seats, registered)) throw new FieldDomainError("workshopSeatsBelowTaken", "seats");
    await tx.workshop.update({ where: { id: workshop.id }, data });
    await audit(tx, {
      actorId: actor.id,
      action: "workshop.update",
      targetType: "Workshop",
      targetId: workshop.id,
      data: { seats: v.seats, startsAt: startsAt.toISOString() },
    });
    const promoted = await promoteWaiting(tx, { ...workshop, ...data }, actor.id, now);
    return { id: workshop.id, promoted };
  }, TX_OPTIONS);
  if (promoted > 0) void kickOutbox();
  return { id };
}
