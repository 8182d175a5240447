import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import type { CohortInput } from "../../validation/programmes";
import { audit } from "../audit";
import { DomainError, FieldDomainError } from "../errors";
import { cohortData, refuseCohortIssues } from "./cohort-fields";
import { slugTaken } from "./programme-fields";

/**
 * A programme admin adds a seasonal cohort to a programme: its names, dates, enrolment window,
 * seats and status. An archived programme takes no new cohort.
 */
export async function createCohort(
  prisma: Db,
  actor: Actor,
  input: { programmeId: string; values: CohortInput },
): Promise<{ id: string }> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const v = input.values;
  refuseCohortIssues(v);
  try {
    return await prisma.$transaction(async (tx) => {
      const programme = await tx.programme.findUnique({
        where: { id: input.programmeId },
        select: { id: true, archivedAt: true },
      });
      if (!programme) throw new DomainError("notFound");
      if (programme.archivedAt) throw new DomainError("programmeArchived");
      const key = { programmeId: programme.id, slug: v.slug };
      if (await tx.cohort.findUnique({ where: { programmeId_slug: key }, select: { id: true } }))
        throw new FieldDomainError("cohortSlugTaken", "slug");
      const created = await tx.cohort.create({ data: { ...key, ...cohortData(v) }, select: { id: true } });
      await audit(tx, {
        actorId: actor.id,
        action: "cohort.create",
        targetType: "Cohort",
        targetId: created.id,
        data: { ...v, programmeId: programme.id },
      });
      return created;
    });
  } catch (error) {
    return slugTaken(error, "cohortSlugTaken");
  }
}
