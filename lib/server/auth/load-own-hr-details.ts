import "server-only";
import type { AppointmentType } from "../../domain/eligibility";
import { db } from "../db";

export type OwnHrDetails = {
  entity: { nameEn: string; nameFr: string } | null;
  dutyStation: { nameEn: string; nameFr: string } | null;
  appointmentType: AppointmentType | null;
};

/** The HR attributes single sign-on, imports or admins set on the signed-in person, for their home page. */
export async function loadOwnHrDetails(userId: string): Promise<OwnHrDetails> {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      appointmentType: true,
      entity: { select: { nameEn: true, nameFr: true } },
      dutyStation: { select: { nameEn: true, nameFr: true } },
    },
  });
}
