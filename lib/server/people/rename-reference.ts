import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import type { RenameReferenceInput } from "../../validation/reference";
import { audit } from "../audit";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError } from "../errors";
import { REFERENCE_TARGET } from "./reference-target";

/** Renames one (names, and a duty station's time zone); the code never changes. Audited with before and after. */
export async function renameReference(prisma: Db, actor: Actor, input: RenameReferenceInput): Promise<void> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  await prisma.$transaction(async (tx) => {
    const select = { nameEn: true, nameFr: true } as const;
    const before =
      input.kind === "entity"
        ? await tx.entity.findUnique({ where: { id: input.id }, select })
        : input.kind === "dutyStation"
          ? await tx.dutyStation.findUnique({ where: { id: input.id }, select: { ...select, timeZone: true } })
          : await tx.professionalNetwork.findUnique({ where: { id: input.id }, select });
    if (!before) throw new DomainError("notFound");
    const after = {
      nameEn: input.nameEn,
      nameFr: input.nameFr,
      ...(input.kind === "dutyStation" ? { timeZone: input.timeZone } : {}),
    };
    const changed = Object.entries(after).filter(([k, v]) => (before as Record<string, string>)[k] !== v);
    if (changed.length === 0) return;
    if (input.kind === "entity") await tx.entity.update({ where: { id: input.id }, data: after });
    else if (input.kind === "dutyStation") await tx.dutyStation.update({ where: { id: input.id }, data: after });
    else await tx.professionalNetwork.update({ where: { id: input.id }, data: after });
    await audit(tx, {
      actorId: actor.id,
      action: "reference.update",
      targetType: REFERENCE_TARGET[input.kind],
      targetId: input.id,
      data: {
        changes: Object.fromEntries(
          changed.map(([k, v]) => [k, { from: (before as Record<string, string>)[k], to: v }]),
        ),
      },
    });
  }, TX_OPTIONS);
}
