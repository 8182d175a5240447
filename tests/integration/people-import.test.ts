import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/server/errors";
import { setUpApp } from "../support/app";
import { unique } from "../support/factories";

// Importing people from an HR file, on a real database: the preview writes nobody, the confirmed
// file is applied once (whatever the number of instances), a second import of it changes nothing,
// full-list mode makes the people missing from the file leave, and a file with errors is never applied.
const { prisma, make, uploadsDir, inParallel } = await setUpApp();
const { previewPeopleImport } = await import("@/lib/server/people/import-preview");
const { confirmPeopleImport } = await import("@/lib/server/people/import-confirm");
const { applyPeopleImport, resumePeopleImports } = await import("@/lib/server/people/import-apply");
const { ImportRefusal } = await import("@/lib/server/people/import-refusal");
const { createSession } = await import("@/lib/server/auth/sessions");

const admin = await make.person({ roles: ["programme_admin"] });
const entity = await make.entity();
const otherEntity = await make.entity();
const station = await make.dutyStation({ timeZone: "Europe/Zurich" });

const HEADER = "email;name;staff_index;entity;duty_station;appointment_type;supervisor_email;languages;gender;active";
const fileOf = (lines: string[], name = "hr.csv") => new File([`\ufeff${[HEADER, ...lines].join("\r\n")}\r\n`], name);
const importedFiles = () => readdirSync(path.join(uploadsDir, "imports"), { withFileTypes: true }).length;

async function importFile(file: File, options: { fullList?: boolean; deactivations?: number } = {}) {
  const { id } = await previewPeopleImport(prisma, admin, { file });
  const preview = await prisma.peopleImport.findUniqueOrThrow({ where: { id } });
  return {
    id,
    preview,
    apply: async () => {
      await confirmPeopleImport(prisma, admin, {
        importId: id,
        fullList: options.fullList ?? false,
        deactivations: options.deactivations,
      });
      expect(await applyPeopleImport(prisma, id)).toBe("applied");
      return prisma.peopleImport.findUniqueOrThrow({ where: { id } });
    },
  };
}

describe("importing people from an HR file", () => {
  const tag = unique("hr").toLowerCase();
  const email = (who: string) => `${who}.${tag}@un.org`;
  const index = (n: number) => `${tag}-${n}`;
  const lines = [
    `${email("amina")};Diallo, Amina;${index(1)};${entity.code};${station.code};fixed_term;${email("boss")};fr|en;female;yes`,
    `${email("boss")};Grace Boss;${index(2)};${entity.code};${station.code};Permanent appointment;;en;;oui`,
    `${email("known")};Known Person;${index(3)};${otherEntity.code};${station.code};consultant;${email("amina")};;;1`,
  ];

  it("previews, writes nothing until confirmed, then applies the file with its supervisors", async () => {
    const known = await make.person({ email: email("known"), name: "Known" });
    const leaver = await make.person({ email: email("leaver") });
    await prisma.user.update({ where: { id: leaver.id }, data: { staffIndexNumber: index(9) } });
    const before = await prisma.user.count();

    const { id, preview, apply } = await importFile(fileOf(lines));
    expect(preview).toMatchObject({
      status: "previewed",
      totalRows: 3,
      newCount: 2,
      changedCount: 1,
      unchangedCount: 0,
      missingCount: 1,
      errorCount: 0,
    });
    expect(await prisma.user.count()).toBe(before);
    expect(importedFiles()).toBe(1);

    const applied = await apply();
    expect(applied).toMatchObject({ status: "applied", processedRows: 3, leaseUntil: null });
    expect(await prisma.user.count()).toBe(before + 2);
    const people = await prisma.user.findMany({
      where: { email: { in: [email("amina"), email("boss"), email("known")] } },
      orderBy: { email: "asc" },
      include: { entity: true, dutyStation: true, supervisor: true },
    });
    const [amina, boss, knownNow] = people;
    expect(amina).toMatchObject({
      name: "Diallo, Amina",
      staffIndexNumber: index(1),
      appointmentType: "fixed_term",
      gender: "female",
      languages: ["fr", "en"],
      timeZone: "Europe/Zurich",
      entityId: entity.id,
      dutyStationId: station.id,
    });
    expect(amina.supervisor?.email).toBe(email("boss"));
    expect(boss).toMatchObject({ appointmentType: "permanent", supervisorId: null, gender: null });
    expect(knownNow).toMatchObject({
      id: known.id,
      staffIndexNumber: index(3),
      entityId: otherEntity.id,
      appointmentType: "consultant",
      supervisorId: amina.id,
    });
    // Not a full list: the person missing from the file stays.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: leaver.id } })).leftAt).toBeNull();
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "people.import", targetId: id } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      data: { newCount: 2, changedCount: 1, unchangedCount: 0, missingCount: 1, deactivated: 0, fullList: false },
    });
    expect(importedFiles()).toBe(0); // the file is not kept once applied
  });

  it("changes nothing when the same file comes again, and in full-list mode the missing leave after a second confirmation", async () => {
    const leaver = await prisma.user.findFirstOrThrow({ where: { staffIndexNumber: index(9) } });
    await createSession(prisma, leaver.id);
    const updatedAt = (await prisma.user.findFirstOrThrow({ where: { email: email("amina") } })).updatedAt;

    const again = await importFile(fileOf(lines), { fullList: true });
    expect(again.preview).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 3, missingCount: 1 });
    // Full list: the number of people leaving must be confirmed.
    for (const deactivations of [undefined, 0, 2])
      await expect(
        confirmPeopleImport(prisma, admin, { importId: again.id, fullList: true, deactivations }),
      ).rejects.toEqual(new ImportRefusal("confirmDeactivations"));
    await confirmPeopleImport(prisma, admin, { importId: again.id, fullList: true, deactivations: 1 });
    await expect(confirmPeopleImport(prisma, admin, { importId: again.id, fullList: false })).rejects.toEqual(
      new ImportRefusal("notPreviewed"),
    );
    expect(await applyPeopleImport(prisma, again.id)).toBe("applied");

    expect((await prisma.user.findFirstOrThrow({ where: { email: email("amina") } })).updatedAt).toEqual(updatedAt);
    const left = await prisma.user.findUniqueOrThrow({ where: { id: leaver.id } });
    expect(left.leftAt).not.toBeNull();
    expect(left.disabledAt).not.toBeNull();
    expect(await prisma.session.count({ where: { userId: leaver.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "person.leave", targetId: leaver.id } })).toBe(1);
    expect(await prisma.peopleImport.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({
      status: "applied",
      processedRows: 1,
    });

    // Back in the file, marked inactive for Amina: the leaver returns, Amina leaves.
    const returning = `${email("leaver")};Back Again;${index(9)};${entity.code};${station.code};permanent;;;;yes`;
    const inactive = lines[0].replace(/;yes$/, ";no");
    const third = await importFile(fileOf([inactive, lines[1], lines[2], returning]));
    expect(third.preview).toMatchObject({ newCount: 0, changedCount: 2, unchangedCount: 2, missingCount: 0 });
    await third.apply();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: leaver.id } })).toMatchObject({
      leftAt: null,
      disabledAt: null,
      name: "Back Again",
    });
    expect((await prisma.user.findFirstOrThrow({ where: { email: email("amina") } })).leftAt).not.toBeNull();
  });

  it("never applies a file with row errors, and leaves nothing written", async () => {
    const before = await prisma.user.count();
    const bad = await importFile(
      fileOf([
        `${email("new1")};New One;${index(20)};${entity.code};${station.code};permanent;;;;yes`,
        `${email("new2")};New Two;${index(20)};NOPE;${station.code};permanent;;;;yes`,
      ]),
    );
    // The row with an unknown code is not read further (its repeated staff index is not reported).
    expect(bad.preview).toMatchObject({ status: "previewed", errorCount: 1, newCount: 1 });
    expect(bad.preview.errors).toEqual([{ row: 3, column: "entity", reason: "unknownCode", value: "NOPE" }]);
    await expect(confirmPeopleImport(prisma, admin, { importId: bad.id, fullList: false })).rejects.toEqual(
      new ImportRefusal("hasErrors"),
    );
    expect(await applyPeopleImport(prisma, bad.id)).toBe("busy");
    expect(await prisma.user.count()).toBe(before);

    await expect(
      previewPeopleImport(prisma, admin, { file: new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])], "a.xls") }),
    ).rejects.toEqual(new ImportRefusal("fileType"));
    await expect(previewPeopleImport(prisma, admin, { file: new File([""], "empty.csv") })).rejects.toEqual(
      new ImportRefusal("fileEmpty"),
    );
    const client = await make.person({ roles: ["client"] });
    await expect(previewPeopleImport(prisma, client, { file: fileOf(lines) })).rejects.toEqual(
      new DomainError("forbidden"),
    );
    // A newer preview replaces the admin's earlier one: discarded, its file removed.
    await previewPeopleImport(prisma, admin, { file: fileOf(lines) });
    expect((await prisma.peopleImport.findUniqueOrThrow({ where: { id: bad.id } })).status).toBe("discarded");
    expect(importedFiles()).toBe(1);
  });

  it("applies once when two instances try at the same time, and resumes an import whose instance stopped", async () => {
    const file = fileOf(
      Array.from(
        { length: 30 },
        (_, i) => `${email(`crowd${i}`)};Crowd ${i};${index(100 + i)};${entity.code};${station.code};temporary;;;;yes`,
      ),
    );
    const { id } = await previewPeopleImport(prisma, admin, { file });
    await confirmPeopleImport(prisma, admin, { importId: id, fullList: false });
    const outcomes = await inParallel([(c) => applyPeopleImport(c, id), (c) => applyPeopleImport(c, id)]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : o.reason)).sort()).toEqual(["applied", "busy"]);
    expect(await prisma.user.count({ where: { email: { startsWith: "crowd" } } })).toBe(30);
    expect(await prisma.auditLog.count({ where: { action: "people.import", targetId: id } })).toBe(1);

    // An instance stopped while applying: once its lease lapsed, the job applies the import.
    const next = await previewPeopleImport(prisma, admin, {
      file: fileOf([`${email("late")};Late;${index(200)};${entity.code};${station.code};intern;;;;yes`]),
    });
    await confirmPeopleImport(prisma, admin, { importId: next.id, fullList: false });
    // Its lease still runs: nobody else takes it.
    await prisma.peopleImport.update({ where: { id: next.id }, data: { leaseUntil: new Date(Date.now() + 60_000) } });
    expect(await resumePeopleImports(prisma, new Date())).toEqual({ applied: 0, failed: 0 });
    expect(await applyPeopleImport(prisma, next.id)).toBe("busy");
    // Lapsed: the next pass of the job applies it.
    await prisma.peopleImport.update({ where: { id: next.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    expect(await resumePeopleImports(prisma, new Date())).toEqual({ applied: 1, failed: 0 });
    expect(await prisma.user.count({ where: { email: email("late") } })).toBe(1);
  });
});
