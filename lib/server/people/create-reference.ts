import "server-only";
import type { Db } from "../../db/client";
import { normaliseCode, type ReferenceKind } from "../../domain/reference-data";
import { can, type Actor } from "../../domain/roles";
import { Prisma } from "../../generated/prisma/client";
import type { ReferenceInput } from "../../validation/reference";
import { audit } from "../audit";
import { TX_OPTIONS, type Tx } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { REFERENCE_TARGET } from "./reference-target";

async function codeTaken(tx: Tx, kind: ReferenceKind, code: string): Promise<boolean> {
  const where = { code: { equals: code, mode: "insensitive" as const } };
  const found =
    kind === "entity"
      ? await tx.entity.findFirst({ where, select: { id: true } })
      : kind === "dutyStation"
        ? await tx.dutyStation.findFirst({ where, select: { id: true } })
        : await tx.professionalNetwork.findFirst({ where, select: { id: true } });
  return found !== null;
}

/** A programme admin adds an entity, a duty station (with its time zone) or a network; its code is fixed from then on. */
export async function createReference(prisma: Db, actor: Actor, input: ReferenceInput): Promise<{ id: string }> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const code = normaliseCode(input.code);
  const names = { nameEn: input.nameEn, nameFr: input.nameFr };
  try {
    return await prisma.$transaction(async (tx) => {
      if (await codeTaken(tx, input.kind, code)) throw new FieldDomainError("referenceCodeTaken", "code");
      const { id } =
        input.kind === "entity"
          ? await tx.entity.create({ data: { code, ...names }, select: { id: true } })
          : input.kind === "dutyStation"
            ? await tx.dutyStation.create({ data: { code, ...names, timeZone: input.timeZone }, select: { id: true } })
            : await tx.professionalNetwork.create({ data: { code, ...names }, select: { id: true } });
      await audit(tx, {
        actorId: actor.id,
        action: "reference.create",
        targetType: REFERENCE_TARGET[input.kind],
        targetId: id,
        data: { code, ...names, ...(input.kind === "dutyStation" ? { timeZone: input.timeZone } : {}) },
      });
      return { id };
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new FieldDomainError("referenceCodeTaken", "code");
    throw error;
  }
}
