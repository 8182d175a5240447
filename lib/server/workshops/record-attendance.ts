import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { attendanceOpen } from "../../domain/workshops";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { lockWorkshop } from "./seats";

/** A programme admin records, once the workshop has started, whether a registered person attended (yes or no). */
export async function recordAttendance(
  prisma: Db,
  actor: Actor,
  input: { workshopId: string; registrationId: string; attended: boolean },
  now = new Date(),
): Promise<void> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const workshop = await lockWorkshop(tx, input.workshopId);
    if (!workshop) throw new DomainError("notFound");
    if (!attendanceOpen(workshop, now)) throw new DomainError("workshopAttendanceNotYet");
    const { count } = await tx.workshopRegistration.updateMany({
      where: { id: input.registrationId, workshopId: workshop.id, status: "registered" },
      data: { attended: input.attended, attendanceRecordedAt: now },
    });
    if (count !== 1) throw new DomainError("notFound");
    await audit(tx, {
      actorId: actor.id,
      action: "workshop.attendance",
      targetType: "WorkshopRegistration",
      targetId: input.registrationId,
      data: { workshopId: workshop.id, attended: input.attended },
    });
  }, TX_OPTIONS);
}
