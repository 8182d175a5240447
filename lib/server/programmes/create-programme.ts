import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import type { ProgrammeInput } from "../../validation/programmes";
import { audit } from "../audit";
import { DomainError, FieldDomainError } from "../errors";
import { programmeData, refuseProgrammeIssues, slugTaken } from "./programme-fields";

/** A programme admin creates a programme (its address, type, texts in both languages and settings). */
export async function createProgramme(
  prisma: Db,
  actor: Actor,
  input: ProgrammeInput,
  now = new Date(),
): Promise<{ id: string; slug: string }> {
  if (!can(actor.roles, "manage:programme:any")) throw new DomainError("forbidden");
  refuseProgrammeIssues(input);
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.programme.findUnique({ where: { slug: input.slug }, select: { id: true } }))
        throw new FieldDomainError("programmeSlugTaken", "slug");
      const created = await tx.programme.create({
        data: { slug: input.slug, ...programmeData(input, now, null) },
        select: { id: true, slug: true },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "programme.create",
        targetType: "Programme",
        targetId: created.id,
        data: { ...input },
      });
      return created;
    });
  } catch (error) {
    return slugTaken(error, "programmeSlugTaken");
  }
}
