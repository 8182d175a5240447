import "server-only";
import type { Db } from "../../db/client";
import { SEAT_HOLDING_STATUSES } from "../../domain/enrolment";
import { can, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

export type AdminCohortRow = {
  id: string;
  slug: string;
  nameEn: string;
  nameFr: string;
  startsOn: Date;
  endsOn: Date;
  enrolmentOpensOn: Date;
  enrolmentClosesOn: Date;
  seats: number;
  status: "draft" | "open" | "running" | "closed";
  held: number;
  waitlisted: number;
};

/**
 * Every programme (archived ones last) with its settings and cohorts (latest first), each with
 * its seats held (enrolled or offered) and its waiting list: for programme admins. The held and
 * waiting counts come from one grouped query.
 */
export async function listProgrammesForAdmin(prisma: Db, actor: { roles: readonly Role[] }) {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const [programmes, counts] = await Promise.all([
    prisma.programme.findMany({
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
      include: {
        cohorts: {
          orderBy: { startsOn: "desc" },
          select: {
            id: true,
            slug: true,
            nameEn: true,
            nameFr: true,
            startsOn: true,
            endsOn: true,
            enrolmentOpensOn: true,
            enrolmentClosesOn: true,
            seats: true,
            status: true,
          },
        },
      },
    }),
    prisma.cohortEnrolment.groupBy({ by: ["cohortId", "status"], _count: { _all: true } }),
  ]);
  const count = (cohortId: string, statuses: readonly string[]) =>
    counts.filter((c) => c.cohortId === cohortId && statuses.includes(c.status)).reduce((n, c) => n + c._count._all, 0);
  return programmes.map((p) => ({
    ...p,
    cohorts: p.cohorts.map((c): AdminCohortRow => ({
      ...c,
      held: count(c.id, SEAT_HOLDING_STATUSES),
      waitlisted: count(c.id, ["waitlisted"]),
    })),
  }));
}
