// People administration: the search and filters of /admin/people (paged in the database), a
// person's attributes changed with one audit row saying what changed, refusals beside their field,
// and reference data whose codes never change.
import { describe, expect, it } from "vitest";
import { parsePeopleQuery } from "@/lib/domain/people-search";
import { DomainError, FieldDomainError } from "@/lib/server/errors";
import type { PersonInput } from "@/lib/validation/person";
import { setUpApp } from "../support/app";
import { unique } from "../support/factories";

const db = await setUpApp();
const { prisma, make } = db;
const { listPeople } = await import("@/lib/server/people/list-people");
const { updatePerson } = await import("@/lib/server/people/update-person");
const { loadPerson } = await import("@/lib/server/people/load-person");
const { createReference } = await import("@/lib/server/people/create-reference");
const { renameReference } = await import("@/lib/server/people/rename-reference");
const { recordPersonDeparture } = await import("@/lib/server/people/record-person-departure");

const admin = await make.person({ roles: ["programme_admin"], name: "Ada Admin" });
const client = await make.person({ roles: ["client"] });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FieldDomainError) return { code: error.code, field: error.field };
    if (error instanceof DomainError) return { code: error.code };
    throw error;
  }
  throw new Error("expected a refusal");
}

const valuesOf = async (id: string): Promise<PersonInput> => (await loadPerson(prisma, admin, id)).values;

describe("searching people", async () => {
  const entity = await make.entity();
  const tag = unique("zq");
  const people: { id: string }[] = [];
  for (let i = 0; i < 55; i++)
    people.push(await make.person({ name: `${tag} ${String(i).padStart(2, "0")}`, entityId: entity.id }));
  await prisma.user.update({ where: { id: people[3].id }, data: { staffIndexNumber: `${tag}-IDX` } });
  await prisma.user.update({ where: { id: people[4].id }, data: { leftAt: new Date(), disabledAt: new Date() } });
  await prisma.user.update({ where: { id: people[5].id }, data: { disabledAt: new Date() } });

  it("pages 50 at a time, with the total and the number of pages", async () => {
    const first = await listPeople(prisma, admin, parsePeopleQuery({ q: tag }));
    expect(first).toMatchObject({ total: 55, page: 1, pages: 2 });
    expect(first.people).toHaveLength(50);
    const second = await listPeople(prisma, admin, parsePeopleQuery({ q: tag, page: "2" }));
    expect(second.people.map((p) => p.name)).toEqual([50, 51, 52, 53, 54].map((i) => `${tag} ${i}`));
    // A page beyond the last shows the last.
    expect((await listPeople(prisma, admin, parsePeopleQuery({ q: tag, page: "99" }))).page).toBe(2);
  });

  it("finds by staff index number, filters by entity and status", async () => {
    const byIndex = await listPeople(prisma, admin, parsePeopleQuery({ q: `${tag}-idx` }));
    expect(byIndex.people.map((p) => p.id)).toEqual([people[3].id]);
    const left = await listPeople(prisma, admin, parsePeopleQuery({ entity: entity.id, status: "left" }));
    expect(left.people.map((p) => [p.id, p.status])).toEqual([[people[4].id, "left"]]);
    const disabled = await listPeople(prisma, admin, parsePeopleQuery({ entity: entity.id, status: "disabled" }));
    expect(disabled.people.map((p) => p.id)).toEqual([people[5].id]);
    expect((await listPeople(prisma, admin, parsePeopleQuery({ entity: entity.id, status: "active" }))).total).toBe(53);
  });

  it("ignores filters it does not know instead of failing", async () => {
    const q = parsePeopleQuery({ q: tag, role: "emperor", status: "gone", page: "-3", entity: "'; drop" });
    expect(q).toMatchObject({ role: null, status: null, page: 1, entityId: null });
    expect((await listPeople(prisma, admin, q)).total).toBe(55);
  });

  it("is for programme admins only", async () => {
    expect((await refusal(listPeople(prisma, client, parsePeopleQuery({})))).code).toBe("forbidden");
  });
});

describe("editing a person", async () => {
  const entity = await make.entity({ code: unique("ENT").toUpperCase() });
  const station = await make.dutyStation({ timeZone: "Africa/Nairobi" });
  const supervisor = await make.person({ name: "Sol Supervisor" });
  const other = await make.person();
  await prisma.user.update({ where: { id: other.id }, data: { staffIndexNumber: "TAKEN-1" } });
  const person = await make.person({ name: "Pat Person", languages: ["en"] });

  it("saves the attributes and writes one audit row with what changed, from what to what", async () => {
    const values = await valuesOf(person.id);
    const result = await updatePerson(prisma, admin, {
      personId: person.id,
      values: {
        ...values,
        name: "Pat Person-Smith",
        staffIndexNumber: "IDX-77",
        entityId: entity.id,
        dutyStationId: station.id,
        appointmentType: "fixed_term",
        supervisorEmail: supervisor.email.toUpperCase(),
        languages: "EN, fr; es fr",
        gender: "female",
        preferredLanguage: "fr",
      },
    });
    expect(result.changed.sort()).toEqual(
      [
        "appointmentType",
        "dutyStationId",
        "entityId",
        "gender",
        "languages",
        "name",
        "preferredLanguage",
        "staffIndexNumber",
        "supervisorId",
      ].sort(),
    );
    const row = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(row).toMatchObject({
      name: "Pat Person-Smith",
      staffIndexNumber: "IDX-77",
      supervisorId: supervisor.id,
      languages: ["en", "fr", "es"],
      appointmentType: "fixed_term",
    });
    const audits = await prisma.auditLog.findMany({ where: { action: "person.update", targetId: person.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: admin.id,
      data: { changes: { name: { from: "Pat Person", to: "Pat Person-Smith" }, languages: { from: ["en"] } } },
    });
    const trail = (await loadPerson(prisma, admin, person.id)).trail;
    expect(trail[0]).toMatchObject({ action: "person.update", actor: "Ada Admin" });
    expect(trail[0].changes).toContainEqual({ field: "name", from: "Pat Person", to: "Pat Person-Smith" });
  });

  it("writes nothing when nothing changed", async () => {
    const before = await prisma.auditLog.count({ where: { targetId: person.id } });
    expect(
      (await updatePerson(prisma, admin, { personId: person.id, values: await valuesOf(person.id) })).changed,
    ).toEqual([]);
    expect(await prisma.auditLog.count({ where: { targetId: person.id } })).toBe(before);
  });

  it("refuses, beside its field, an e-mail or index number someone else has, an unknown supervisor, oneself as supervisor", async () => {
    const values = await valuesOf(person.id);
    const save = (v: Partial<PersonInput>) =>
      updatePerson(prisma, admin, { personId: person.id, values: { ...values, ...v } });
    expect(await refusal(save({ email: other.email }))).toEqual({ code: "personEmailTaken", field: "email" });
    expect(await refusal(save({ staffIndexNumber: "TAKEN-1" }))).toEqual({
      code: "staffIndexTaken",
      field: "staffIndexNumber",
    });
    expect(await refusal(save({ supervisorEmail: "nobody@example.org" }))).toEqual({
      code: "supervisorUnknown",
      field: "supervisorEmail",
    });
    expect(await refusal(save({ supervisorEmail: person.email }))).toEqual({
      code: "supervisorSelf",
      field: "supervisorEmail",
    });
  });

  it("is for programme admins only, and an admin cannot record their own departure", async () => {
    expect(
      (await refusal(updatePerson(prisma, client, { personId: person.id, values: await valuesOf(person.id) }))).code,
    ).toBe("forbidden");
    expect((await refusal(recordPersonDeparture(prisma, admin, { userId: admin.id }))).code).toBe("selfLockout");
    expect((await refusal(recordPersonDeparture(prisma, client, { userId: person.id }))).code).toBe("forbidden");
  });
});

describe("reference data", () => {
  it("adds a duty station with its time zone, code in capitals; a code taken in any case is refused", async () => {
    const code = unique("nbo");
    const { id } = await createReference(prisma, admin, {
      kind: "dutyStation",
      code,
      nameEn: "Nairobi",
      nameFr: "Nairobi",
      timeZone: "Africa/Nairobi",
    });
    expect(await prisma.dutyStation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: code.toUpperCase(),
      timeZone: "Africa/Nairobi",
    });
    expect(
      await refusal(
        createReference(prisma, admin, { kind: "dutyStation", code, nameEn: "x", nameFr: "x", timeZone: "UTC" }),
      ),
    ).toEqual({ code: "referenceCodeTaken", field: "code" });
    expect(await prisma.auditLog.count({ where: { action: "reference.create", targetId: id } })).toBe(1);
  });

  it("renames an entity without touching its code, audited with before and after", async () => {
    const entity = await make.entity({ nameEn: "Old name" });
    await renameReference(prisma, admin, {
      kind: "entity",
      id: entity.id,
      nameEn: "New name",
      nameFr: entity.nameFr,
      timeZone: "",
    });
    expect(await prisma.entity.findUniqueOrThrow({ where: { id: entity.id } })).toMatchObject({
      code: entity.code,
      nameEn: "New name",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "reference.update", targetId: entity.id },
    });
    expect(audit.data).toEqual({ changes: { nameEn: { from: "Old name", to: "New name" } } });
  });

  it("is for programme admins only", async () => {
    expect(
      (
        await refusal(
          createReference(prisma, client, { kind: "network", code: "NET", nameEn: "n", nameFr: "n", timeZone: "" }),
        )
      ).code,
    ).toBe("forbidden");
  });
});
