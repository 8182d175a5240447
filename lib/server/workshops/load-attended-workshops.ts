import "server-only";
import { workshopHours } from "../../domain/workshops";
import type { Reader } from "../db/transaction";

export type AttendedWorkshop = { id: string; titleEn: string; titleFr: string; startsAt: Date; hours: number };

/**
 * The workshops a person attended (attendance recorded yes by an admin), oldest first, for their
 * attestations. Callers check that the viewer may read the person's attestation.
 */
export async function loadAttendedWorkshops(
  prisma: Reader,
  userId: string,
  range?: { from?: Date; to?: Date },
): Promise<AttendedWorkshop[]> {
  const rows = await prisma.workshopRegistration.findMany({
    where: {
      userId,
      status: "registered",
      attended: true,
      workshop: {
        cancelledAt: null,
        startsAt: { ...(range?.from ? { gte: range.from } : {}), ...(range?.to ? { lte: range.to } : {}) },
      },
    },
    orderBy: { workshop: { startsAt: "asc" } },
    select: { workshop: { select: { id: true, titleEn: true, titleFr: true, startsAt: true, durationMinutes: true } } },
  });
  return rows.map(({ workshop: w }) => ({
    id: w.id,
    titleEn: w.titleEn,
    titleFr: w.titleFr,
    startsAt: w.startsAt,
    hours: workshopHours(w.durationMinutes),
  }));
}
