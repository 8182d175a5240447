// How long a coach has to answer a check-in: two days, weekends included, as the tripartite
// coaching document says, unless the programme admin ticks "working days" on the programme's form.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { describe, expect, it } from "vitest";
import { defaultProgrammeSettings } from "@/lib/domain/programme-settings";
import type { Actor } from "@/lib/domain/roles";
import { refusal } from "../support/refusal";
import { programmeSchema, updateProgrammeSchema } from "@/lib/validation/programmes";
import { setUpApp } from "../support/app";
import { unique } from "../support/factories";

const { prisma, make } = await setUpApp();
const { createProgramme } = await import("@/lib/server/programmes/create-programme");
const { updateProgramme } = await import("@/lib/server/programmes/update-programme");
const { loadProgrammeSettings } = await import("@/lib/server/programmes/load-programme-settings");
const { createCheckIn } = await import("@/lib/server/check-ins/create-check-in");
const { loadMission } = await import("@/lib/server/missions/load-mission");

const admin = await make.person({ roles: ["programme_admin"] });
// A Thursday afternoon: two days later is Saturday; two working days later is Monday.
const THURSDAY = new Date("2026-11-19T15:00:00Z");
const SATURDAY = new Date("2026-11-21T15:00:00Z");
const MONDAY = new Date("2026-11-23T15:00:00Z");

/** A tripartite programme created through the admin's form, and a mission of it under contract. */
async function programmeWithMission() {
  const slug = unique("tripartite");
  const { id: programmeId } = await createProgramme(
    prisma,
    admin,
    programmeSchema.parse({
      slug,
      type: "tripartite_coaching",
      nameEn: "Tripartite Coaching",
      nameFr: "Coaching tripartite",
      descriptionEn: "Coaching asked for by the organisation.",
      descriptionFr: "Un coaching demandé par l'organisation.",
      ...defaultProgrammeSettings("tripartite_coaching"),
      archived: false,
    }),
  );
  const [sponsor, coachee, coach] = [
    await make.person({ roles: ["sponsor"] }),
    await make.person({ roles: ["client"] }),
    await make.coach({}),
  ];
  const { id: missionId } = await make.mission({
    programmeId,
    sponsorId: sponsor.id,
    coacheeId: coachee.id,
    coachProfileId: coach.profileId,
    status: "in_progress",
  });
  return { slug, programmeId, missionId, sponsor, coachee, coach };
}

const checkIn = (coachee: Actor, missionId: string) =>
  createCheckIn(
    prisma,
    coachee,
    { missionId, kind: "message", body: "A question before Friday.", preferredTimes: "" },
    THURSDAY,
  );

describe("a check-in's answer deadline", () => {
  it("is two days later, weekends included, on a new programme", async () => {
    const { slug, programmeId, missionId, coachee } = await programmeWithMission();
    expect((await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } })).checkInWorkingDays).toBe(false);
    expect((await loadProgrammeSettings(prisma, admin, slug))!.values.checkInWorkingDays).toBe(false);

    const { checkInId, dueAt } = await checkIn(coachee, missionId);
    expect(dueAt).toEqual(SATURDAY);
    expect((await prisma.checkIn.findUniqueOrThrow({ where: { id: checkInId } })).dueAt).toEqual(SATURDAY);
    expect((await loadMission(prisma, coachee, missionId)).programme.checkInWorkingDays).toBe(false);
  });

  it("is two working days later once the programme admin ticks working days on the form, which is audited", async () => {
    const { slug, programmeId, missionId, coachee } = await programmeWithMission();
    const settings = (await loadProgrammeSettings(prisma, admin, slug))!;
    // What the form sends, parsed by the action's own schema.
    const input = updateProgrammeSchema.parse({
      programmeId,
      values: { ...settings.values, checkInWorkingDays: true },
    });
    await updateProgramme(prisma, admin, input);

    expect((await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } })).checkInWorkingDays).toBe(true);
    expect((await loadProgrammeSettings(prisma, admin, slug))!.values.checkInWorkingDays).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "programme.update", targetId: programmeId },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.data).toMatchObject({ checkInWorkingDays: true });

    const { checkInId, dueAt } = await checkIn(coachee, missionId);
    expect(dueAt).toEqual(MONDAY);
    expect((await prisma.checkIn.findUniqueOrThrow({ where: { id: checkInId } })).dueAt).toEqual(MONDAY);
    expect((await loadMission(prisma, coachee, missionId)).programme.checkInWorkingDays).toBe(true);

    // Unticking it brings back the seed's two days for the next check-in.
    await updateProgramme(prisma, admin, { programmeId, values: { ...settings.values, checkInWorkingDays: false } });
    expect((await checkIn(coachee, missionId)).dueAt).toEqual(SATURDAY);
  });

  it("can be changed by a programme admin only", async () => {
    const { slug, programmeId, sponsor, coachee, coach } = await programmeWithMission();
    const settings = (await loadProgrammeSettings(prisma, admin, slug))!;
    const values = { ...settings.values, checkInWorkingDays: true };
    const hr = await make.person({ roles: ["hr_reviewer"] });
    for (const who of [sponsor, coachee, coach, hr]) {
      expect(await refusal(updateProgramme(prisma, who, { programmeId, values }))).toBe("forbidden");
      expect(await refusal(loadProgrammeSettings(prisma, who, slug))).toBe("forbidden");
    }
    expect((await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } })).checkInWorkingDays).toBe(false);
    expect(await prisma.auditLog.count({ where: { action: "programme.update", targetId: programmeId } })).toBe(0);
  });
});
