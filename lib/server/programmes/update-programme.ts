import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import type { ProgrammeInput } from "../../validation/programmes";
import { audit } from "../audit";
import { DomainError, FieldDomainError } from "../errors";
import { programmeData, refuseProgrammeIssues } from "./programme-fields";

/**
 * A programme admin changes a programme's type, texts and settings, or archives it. Its address
 * (slug) stays: links and e-mails already sent use it; its type stays once people have joined
 * one of its cohorts. The audit row keeps what changed.
 */
export async function updateProgramme(
  prisma: Db,
  actor: Actor,
  input: { programmeId: string; values: ProgrammeInput },
  now = new Date(),
): Promise<void> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  refuseProgrammeIssues(input.values);
  await prisma.$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id: input.programmeId } });
    if (!before) throw new DomainError("notFound");
    // The type says who joins (clients or mentees): it stays once people have joined a cohort.
    if (
      input.values.type !== before.type &&
      (await tx.cohortEnrolment.count({ where: { cohort: { programmeId: before.id } } })) > 0
    )
      throw new FieldDomainError("programmeTypeLocked", "type");
    const data = programmeData(input.values, now, before.archivedAt);
    await tx.programme.update({ where: { id: before.id }, data });
    const changed = Object.fromEntries(
      Object.entries(data).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof typeof before])),
    );
    await audit(tx, {
      actorId: actor.id,
      action: "programme.update",
      targetType: "Programme",
      targetId: before.id,
      data: JSON.parse(JSON.stringify(changed)),
    });
  });
}
