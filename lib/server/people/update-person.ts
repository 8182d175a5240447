import "server-only";
import type { Db } from "../../db/client";
import { parseLanguageCodes } from "../../domain/people-search";
import { can, type Actor } from "../../domain/roles";
import { Prisma } from "../../generated/prisma/client";
import type { PersonInput } from "../../validation/person";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";

/** The attributes an admin edits, as stored, to compare before and after. */
type Stored = {
  name: string | null;
  email: string;
  staffIndexNumber: string | null;
  entityId: string | null;
  dutyStationId: string | null;
  appointmentType: string | null;
  supervisorId: string | null;
  languages: string[];
  gender: string | null;
  preferredLanguage: string;
};
/** The attributes an admin edits, in the order the page shows their history. */
export const PERSON_FIELDS = [
  "name",
  "email",
  "staffIndexNumber",
  "entityId",
  "dutyStationId",
  "appointmentType",
  "supervisorId",
  "languages",
  "gender",
  "preferredLanguage",
] as const satisfies readonly (keyof Stored)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A programme admin changes a person's attributes (name, e-mail, staff index number, entity, duty
 * station, appointment type, supervisor by e-mail, languages, gender, language). One audit row
 * says which fields changed, from what to what; nothing changed writes nothing. An e-mail or a
 * staff index number another person has is refused beside its field.
 */
export async function updatePerson(
  prisma: Db,
  actor: Actor,
  input: { personId: string; values: PersonInput },
): Promise<{ changed: string[] }> {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const v = input.values;
  const languages = parseLanguageCodes(v.languages);
  if (!languages) throw new FieldDomainError("languageCodesInvalid", "languages");
  const email = v.email.trim();
  try {
    return await prisma.$transaction(async (tx) => {
      await lockUser(tx, input.personId);
      const before = await tx.user.findUnique({
        where: { id: input.personId },
        select: { ...Object.fromEntries(PERSON_FIELDS.map((f) => [f, true])), anonymisedAt: true } as Record<
          keyof Stored | "anonymisedAt",
          true
        >,
      });
      if (!before || before.anonymisedAt) throw new DomainError("notFound");
      const emailOwner = await tx.user.findFirst({
        where: { email: { equals: email, mode: "insensitive" } },
        select: { id: true },
      });
      const indexOwner = v.staffIndexNumber
        ? await tx.user.findUnique({ where: { staffIndexNumber: v.staffIndexNumber }, select: { id: true } })
        : null;
      const entity = v.entityId
        ? await tx.entity.findUnique({ where: { id: v.entityId }, select: { id: true } })
        : null;
      const station = v.dutyStationId
        ? await tx.dutyStation.findUnique({ where: { id: v.dutyStationId }, select: { id: true } })
        : null;
      const supervisor = v.supervisorEmail
        ? await tx.user.findFirst({
            where: { email: { equals: v.supervisorEmail, mode: "insensitive" }, anonymisedAt: null },
            select: { id: true },
          })
        : null;
      if (emailOwner && emailOwner.id !== input.personId) throw new FieldDomainError("personEmailTaken", "email");
      if (indexOwner && indexOwner.id !== input.personId)
        throw new FieldDomainError("staffIndexTaken", "staffIndexNumber");
      if (v.entityId && !entity) throw new FieldDomainError("invalidInput", "entityId");
      if (v.dutyStationId && !station) throw new FieldDomainError("invalidInput", "dutyStationId");
      if (v.supervisorEmail && !supervisor) throw new FieldDomainError("supervisorUnknown", "supervisorEmail");
      if (supervisor && supervisor.id === input.personId)
        throw new FieldDomainError("supervisorSelf", "supervisorEmail");
      const after: Stored = {
        name: v.name,
        email,
        staffIndexNumber: v.staffIndexNumber || null,
        entityId: v.entityId || null,
        dutyStationId: v.dutyStationId || null,
        appointmentType: v.appointmentType || null,
        supervisorId: supervisor?.id ?? null,
        languages,
        gender: v.gender || null,
        preferredLanguage: v.preferredLanguage,
      };
      const old = before as unknown as Stored;
      const changed = PERSON_FIELDS.filter((f) => !same(old[f], after[f]));
      if (changed.length === 0) return { changed };
      await tx.user.update({
        where: { id: input.personId },
        data: Object.fromEntries(changed.map((f) => [f, after[f]])) as Prisma.UserUncheckedUpdateInput,
      });
      await audit(tx, {
        actorId: actor.id,
        action: "person.update",
        targetType: "User",
        targetId: input.personId,
        data: { changes: Object.fromEntries(changed.map((f) => [f, { from: old[f], to: after[f] }])) },
      });
      return { changed };
    }, TX_OPTIONS);
  } catch (error) {
    // Two admins saving the same e-mail or index number at once: the second is told, not failed.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = String(error.meta?.target ?? "");
      throw new FieldDomainError(
        target.includes("staff") ? "staffIndexTaken" : "personEmailTaken",
        target.includes("staff") ? "staffIndexNumber" : "email",
      );
    }
    throw error;
  }
}
