import "server-only";
import type { Db } from "../../db/client";
import { formatDay } from "../../domain/programme-settings";
import { can, type Role } from "../../domain/roles";
import type { CohortInput } from "../../validation/programmes";
import { DomainError } from "../errors";

/** A cohort's form values and its programme, for programme admins; null for an unknown cohort. */
export async function loadCohortSettings(prisma: Db, actor: { roles: readonly Role[] }, cohortId: string) {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const c = await prisma.cohort.findUnique({
    where: { id: cohortId },
    include: { programme: { select: { slug: true, nameEn: true, nameFr: true } } },
  });
  if (!c) return null;
  const values: CohortInput = {
    slug: c.slug,
    nameEn: c.nameEn,
    nameFr: c.nameFr,
    startsOn: formatDay(c.startsOn),
    endsOn: formatDay(c.endsOn),
    enrolmentOpensOn: formatDay(c.enrolmentOpensOn),
    enrolmentClosesOn: formatDay(c.enrolmentClosesOn),
    seats: c.seats,
    status: c.status,
  };
  return { id: c.id, programme: c.programme, values };
}
