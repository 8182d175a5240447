import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";
import {
  mayRegister,
  placeInLine,
  registrationOutcome,
  registrationWindow,
  waitlistPosition,
} from "../../domain/workshops";
import { queueEmail } from "../../email/outbox";
import { workshopRegisteredEmail, workshopWaitlistedEmail } from "../../email/workshop-emails";
import type { Role } from "../../generated/prisma/client";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { liveRegistrations, lockWorkshop, workshopsUrl } from "./seats";

export type RegisterResult = { status: "registered" | "waitlisted"; position: number | null };

/**
 * The caller registers for a workshop published for one of their roles, before it starts. With the
 * workshop's row locked, the seats taken are counted: a seat while one is free, otherwise the next
 * place on the waiting list. A confirmation (with the calendar event) or the place in line is
 * e-mailed in the person's language.
 */
export async function registerForWorkshop(
  prisma: Db,
  actor: Actor,
  input: { workshopId: string },
  now = new Date(),
): Promise<RegisterResult> {
  const result = await prisma.$transaction(async (tx) => {
    // The lock first: every registration for this workshop waits here for the one before it to commit.
    const workshop = await lockWorkshop(tx, input.workshopId);
    if (!workshop || !mayRegister(actor.roles, workshop.audiences as Role[])) throw new DomainError("notFound");
    const window = registrationWindow(workshop, now);
    if (!window.open) throw new DomainError(window.reason);

    const lines = await liveRegistrations(tx, workshop.id);
    if (lines.some((r) => r.userId === actor.id)) throw new DomainError("workshopAlreadyRegistered");
    const status = registrationOutcome(workshop.seats, lines.filter((r) => r.status === "registered").length);
    const latest = await tx.workshopRegistration.findFirst({
      where: { workshopId: workshop.id },
      orderBy: { registeredAt: "desc" },
      select: { registeredAt: true },
    });
    const fresh = {
      status,
      registeredAt: placeInLine(now, latest?.registeredAt ?? null),
      promotedAt: null,
      cancelledAt: null,
      attended: null,
      attendanceRecordedAt: null,
    };
    // Registering again after leaving starts afresh: a new place at the end of the line.
    const registration = await tx.workshopRegistration.upsert({
      where: { workshopId_userId: { workshopId: workshop.id, userId: actor.id } },
      create: { workshopId: workshop.id, userId: actor.id, ...fresh },
      update: fresh,
      select: { id: true, registeredAt: true },
    });
    const position =
      status === "waitlisted"
        ? waitlistPosition(
            [...lines, { id: registration.id, status, registeredAt: registration.registeredAt }],
            registration.id,
          )
        : null;
    await audit(tx, {
      actorId: actor.id,
      action: "workshop.register",
      targetType: "WorkshopRegistration",
      targetId: registration.id,
      data: { workshopId: workshop.id, status, position },
    });
    const person = recipient(await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: recipientSelect }));
    await queueEmail(
      tx,
      status === "registered"
        ? workshopRegisteredEmail(person, { workshop, registrationId: registration.id, url: workshopsUrl(), now })
        : workshopWaitlistedEmail(person, { workshop, position: position ?? 1, url: workshopsUrl() }),
    );
    return { status, position };
  }, TX_OPTIONS);
  void kickOutbox();
  return result;
}
