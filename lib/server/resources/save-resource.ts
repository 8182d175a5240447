import "server-only";
import type { Db } from "../../db/client";
import { parseTags, unknownStepKeys } from "../../domain/resources";
import { can, type Actor } from "../../domain/roles";
import type { SessionPlanKey } from "../../domain/session-plans";
import type { ResourceValues } from "../../validation/resources";
import { audit } from "../audit";
import { TX_OPTIONS, type Tx } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";

/** Locks a resource's row: two admins saving it at once are applied one after the other. */
export async function lockResource(
  tx: Tx,
  resourceId: string,
): Promise<{ id: string; programmeId: string | null; storageKey: string | null } | null> {
  const rows = await tx.$queryRaw<{ id: string; programmeId: string | null; storageKey: string | null }[]>`
    select "id", "programmeId", "storageKey" from "Resource" where "id" = ${resourceId} for update`;
  return rows[0] ?? null;
}

/**
 * A programme admin publishes a resource (no `resourceId`) or changes one: its texts (English and/or
 * French), languages, tags, kind, link and the steps of the programme's session plan it belongs to.
 * Without a link or a file it is a draft participants do not see. A resource with an uploaded file
 * takes no link (the file stays what it opens).
 */
export async function saveResource(
  prisma: Db,
  actor: Actor,
  input: { resourceId?: string; values: ResourceValues },
): Promise<{ id: string }> {
  if (!can(actor.roles, "manage:resources:any")) throw new DomainError("forbidden");
  const v = input.values;
  const programmeId = v.programmeId || null;
  const stepKeys = [...new Set(v.stepKeys)];
  return prisma.$transaction(async (tx) => {
    let plan: SessionPlanKey | null = null;
    if (programmeId) {
      const programme = await tx.programme.findUnique({ where: { id: programmeId }, select: { sessionPlan: true } });
      if (!programme) throw new FieldDomainError("resourceProgrammeUnknown", "programmeId");
      plan = programme.sessionPlan;
    }
    if (unknownStepKeys(stepKeys, plan).length > 0) throw new FieldDomainError("resourceStepInvalid", "stepKeys");
    const data = {
      programmeId,
      titleEn: v.titleEn,
      titleFr: v.titleFr,
      descriptionEn: v.descriptionEn,
      descriptionFr: v.descriptionFr,
      languages: [...new Set(v.languages)],
      tags: parseTags(v.tags),
      kind: v.kind,
      url: v.url || null,
    };
    if (!input.resourceId) {
      const created = await tx.resource.create({
        data: { ...data, steps: { create: stepKeys.map((stepKey) => ({ stepKey })) } },
        select: { id: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "resource.create",
        targetType: "Resource",
        targetId: created.id,
        data: { programmeId, url: data.url, stepKeys },
      });
      return { id: created.id };
    }
    const found = await lockResource(tx, input.resourceId);
    if (!found) throw new DomainError("notFound");
    if (found.storageKey && data.url) throw new FieldDomainError("resourceHasFile", "url");
    await tx.resource.update({ where: { id: found.id }, data });
    await tx.resourceStep.deleteMany({ where: { resourceId: found.id, stepKey: { notIn: stepKeys } } });
    await tx.resourceStep.createMany({
      data: stepKeys.map((stepKey) => ({ resourceId: found.id, stepKey })),
      skipDuplicates: true,
    });
    await audit(tx, {
      actorId: actor.id,
      action: "resource.update",
      targetType: "Resource",
      targetId: found.id,
      data: { programmeId, url: data.url, stepKeys },
    });
    return { id: found.id };
  }, TX_OPTIONS);
}
