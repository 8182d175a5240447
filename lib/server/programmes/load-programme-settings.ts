import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import type { ProgrammeInput } from "../../validation/programmes";
import { DomainError } from "../errors";

/** A programme's form values, for programme admins; null for an unknown address. */
export async function loadProgrammeSettings(
  prisma: Db,
  actor: { roles: readonly Role[] },
  slug: string,
): Promise<{ id: string; values: ProgrammeInput } | null> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const p = await prisma.programme.findUnique({ where: { slug } });
  if (!p) return null;
  return {
    id: p.id,
    values: {
      slug: p.slug,
      type: p.type,
      nameEn: p.nameEn,
      nameFr: p.nameFr,
      descriptionEn: p.descriptionEn,
      descriptionFr: p.descriptionFr,
      sessionPlan: p.sessionPlan,
      eligibleAppointmentTypes: p.eligibleAppointmentTypes,
      requestTimeoutWorkingDays: p.requestTimeoutWorkingDays,
      seatOfferDays: p.seatOfferDays,
      profileCapacityLimit: p.profileCapacityLimit,
      defaultSeats: p.defaultSeats,
      archived: p.archivedAt !== null,
      profileApprovalRequired: p.profileApprovalRequired,
      checkInWorkingDays: p.checkInWorkingDays,
      offersGroupCoaching: p.offersGroupCoaching,
    },
  };
}
