import "server-only";
import type { Db } from "../../db/client";
import { dashboardAccess } from "../../domain/cohort-figures";
import type { Role } from "../../domain/roles";
import { DomainError } from "../errors";

/** Every cohort, by programme (latest first), to open its dashboard: programme admins and HR reviewers. */
export async function listDashboardCohorts(prisma: Db, actor: { roles: readonly Role[] }) {
  if (dashboardAccess(actor.roles) === "none") throw new DomainError("forbidden");
  return prisma.programme.findMany({
    where: { cohorts: { some: {} } },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    select: {
      id: true,
      type: true,
      nameEn: true,
      nameFr: true,
      cohorts: {
        orderBy: { startsOn: "desc" },
        select: { id: true, nameEn: true, nameFr: true, startsOn: true, endsOn: true, status: true, seats: true },
      },
    },
  });
}
