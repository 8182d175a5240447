import "server-only";
import type { Db } from "../../db/client";
import { normaliseCode, type ReferenceKind } from "../../domain/reference-data";
import { can, type Actor } from "../../domain/roles";
import { Prisma } from "../../generated/prisma/client";
import type { ReferenceInput, RenameReferenceInput } from "../../validation/reference";
import { audit } from "../audit";
import { TX_OPTIONS, type Tx } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";

const TARGET: Record<ReferenceKind, Prisma.ModelName> = {
  entity: "Entity",
  dutyStation: "DutyStation",
  network: "ProfessionalNetwork",
};

/** The three lists of /admin/reference, by code, with how many people each is used by. */
export async function listReferenceData(prisma: Db, actor: Actor) {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  const [entities, dutyStations, networks] = await Promise.all([
    prisma.entity.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameFr: true, _count: { select: { users: true } } },
    }),
    prisma.dutyStation.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameFr: true, timeZone: true, _count: { select: { users: true } } },
    }),
    prisma.professionalNetwork.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameFr: true, _count: { select: { users: true } } },
    }),
  ]);
  const rows = <T extends { _count: { users: number } }>(list: T[]) =>
    list.map(({ _count, ...r }) => ({ ...r, people: _count.users }));
  return { entity: rows(entities), dutyStation: rows(dutyStations), network: rows(networks) };
}

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
        targetType: TARGET[input.kind],
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
      targetType: TARGET[input.kind],
      targetId: input.id,
      data: {
        changes: Object.fromEntries(
          changed.map(([k, v]) => [k, { from: (before as Record<string, string>)[k], to: v }]),
        ),
      },
    });
  }, TX_OPTIONS);
}
