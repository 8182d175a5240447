import "server-only";
import type { ProgrammeType } from "../../generated/prisma/enums";
import { SEAT_HOLDING_STATUSES } from "../../domain/enrolment";
import { db } from "../db";

/** Cohorts open for enrolment (of the given programme types) with their seats and how many are held (enrolled or offered). */
export async function listOpenCohorts(types: ProgrammeType[]) {
  if (types.length === 0) return [];
  const cohorts = await db().cohort.findMany({
    where: { status: "open", programme: { type: { in: types } } },
    orderBy: [{ programme: { createdAt: "asc" } }, { startsOn: "asc" }],
    select: {
      id: true,
      nameEn: true,
      nameFr: true,
      seats: true,
      programme: { select: { type: true, nameEn: true, nameFr: true } },
      _count: {
        select: {
          enrolments: { where: { role: { in: ["client", "mentee"] }, status: { in: [...SEAT_HOLDING_STATUSES] } } },
        },
      },
    },
  });
  return cohorts.map(({ _count, ...c }) => ({ ...c, enrolled: _count.enrolments }));
}
