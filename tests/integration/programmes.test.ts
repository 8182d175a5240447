// Programme administration: creating and editing programmes and cohorts, the settings refused
// with a reason, who may do it, the audit trail, seats offered to the waiting list when a cohort
// grows, and eligibility read from the programme.
import { describe, expect, it } from "vitest";
import { defaultProgrammeSettings } from "@/lib/domain/programme-settings";
import type { Role } from "@/lib/domain/roles";
import { DomainError, FieldDomainError } from "@/lib/server/errors";
import { cohortSchema, programmeSchema, type CohortInput, type ProgrammeInput } from "@/lib/validation/programmes";
import { setUpApp } from "../support/app";
import { watchDriverQueries } from "../support/driver-queries";
import { unique } from "../support/factories";

const { prisma, make } = await setUpApp();
const { createProgramme } = await import("@/lib/server/programmes/create-programme");
const { updateProgramme } = await import("@/lib/server/programmes/update-programme");
const { createCohort } = await import("@/lib/server/programmes/create-cohort");
const { updateCohort } = await import("@/lib/server/programmes/update-cohort");
const { listProgrammesForAdmin } = await import("@/lib/server/programmes/list-programmes-for-admin");
const { loadProgrammeSettings } = await import("@/lib/server/programmes/load-programme-settings");
const { loadCohortSettings } = await import("@/lib/server/programmes/load-cohort-settings");
const { joinCohort } = await import("@/lib/server/enrolment/join-cohort");
const { loadProgrammeEnrolment } = await import("@/lib/server/enrolment/load-enrolment");
const { listProgrammeCatalogue } = await import("@/lib/server/programmes/list-programme-catalogue");

const person = (roles: Role[], appointmentType: "permanent" | "consultant" = "permanent") =>
  make.person({ roles, appointmentType });
const ade = await person(["programme_admin"]);

const programmeInput = (slug: string, extra: Partial<ProgrammeInput> = {}): ProgrammeInput =>
  programmeSchema.parse({
    slug,
    type: "coaching",
    nameEn: "Leadership Coaching",
    nameFr: "Coaching en leadership",
    descriptionEn: "Coaching for new managers.",
    descriptionFr: "Un accompagnement pour les nouveaux responsables.",
    ...defaultProgrammeSettings("coaching"),
    archived: false,
    ...extra,
  });

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const cohortInput = (slug: string, extra: Partial<CohortInput> = {}): CohortInput =>
  cohortSchema.parse({
    slug,
    nameEn: "Spring 2026",
    nameFr: "Printemps 2026",
    startsOn: inDays(10),
    endsOn: inDays(190),
    enrolmentOpensOn: today(),
    enrolmentClosesOn: inDays(20),
    seats: 2,
    status: "open",
    ...extra,
  });

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

describe("programmes", () => {
  it("a programme admin creates one with its settings, audited, and edits it", async () => {
    const input = programmeInput("leadership", {
      type: "mentoring",
      sessionPlan: "mentoring",
      profileCapacityLimit: 2,
      requestTimeoutWorkingDays: 5,
      eligibleAppointmentTypes: ["permanent", "continuing"],
    });
    const { id } = await createProgramme(prisma, ade, input);
    const stored = await prisma.programme.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      slug: "leadership",
      type: "mentoring",
      nameFr: "Coaching en leadership",
      sessionPlan: "mentoring",
      profileCapacityLimit: 2,
      requestTimeoutWorkingDays: 5,
      seatOfferDays: 3,
      defaultSeats: 40,
      eligibleAppointmentTypes: ["permanent", "continuing"],
      archivedAt: null,
    });
    expect(await prisma.auditLog.count({ where: { action: "programme.create", targetId: id, actorId: ade.id } })).toBe(
      1,
    );

    await updateProgramme(prisma, ade, {
      programmeId: id,
      values: { ...input, slug: "ignored", nameEn: "Leadership Mentoring", profileCapacityLimit: 3, archived: true },
    });
    const edited = await prisma.programme.findUniqueOrThrow({ where: { id } });
    expect(edited).toMatchObject({ slug: "leadership", nameEn: "Leadership Mentoring", profileCapacityLimit: 3 });
    expect(edited.archivedAt).toBeInstanceOf(Date);
    const log = await prisma.auditLog.findFirstOrThrow({ where: { action: "programme.update", targetId: id } });
    expect(Object.keys(log.data as object).sort()).toEqual(["archivedAt", "nameEn", "profileCapacityLimit"]);
    expect((await loadProgrammeSettings(prisma, ade, "leadership"))?.values).toMatchObject({
      nameEn: "Leadership Mentoring",
      archived: true,
    });
  });

  it("refuses a short name already taken, beside the field", async () => {
    await createProgramme(prisma, ade, programmeInput("taken"));
    expect(await refusal(createProgramme(prisma, ade, programmeInput("taken")))).toEqual({
      code: "programmeSlugTaken",
      field: "slug",
    });
  });

  it("refuses two creations of the same short name at once: one wins, the other is told", async () => {
    const results = await Promise.allSettled([
      createProgramme(prisma, ade, programmeInput("race")),
      createProgramme(prisma, ade, programmeInput("race")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(FieldDomainError);
    expect(failed.reason.code).toBe("programmeSlugTaken");
    expect(await prisma.programme.count({ where: { slug: "race" } })).toBe(1);
  });

  it("is for programme admins only", async () => {
    for (const roles of [["client"], ["hr_reviewer"], ["coach"], ["sponsor"]] as Role[][]) {
      const someone = await person(roles);
      expect(await refusal(createProgramme(prisma, someone, programmeInput(unique("nope"))))).toEqual({
        code: "forbidden",
      });
      expect(await refusal(createCohort(prisma, someone, { programmeId: "x", values: cohortInput("x") }))).toEqual({
        code: "forbidden",
      });
      await expect(listProgrammesForAdmin(prisma, someone)).rejects.toEqual(new DomainError("forbidden"));
    }
  });
});

describe("cohorts", () => {
  it("are created with their dates, window, seats and status, and listed with seats held and waiting", async () => {
    const { id: programmeId } = await createProgramme(prisma, ade, programmeInput("cohorts-a"));
    const pilot = cohortSchema.parse({
      slug: "pilot-2023",
      nameEn: "2023 pilot",
      nameFr: "Projet pilote 2023",
      startsOn: "2023-02-01",
      endsOn: "2023-07-31",
      enrolmentOpensOn: "2023-01-09",
      enrolmentClosesOn: "2023-01-27",
      seats: 60,
      status: "closed",
    });
    const { id } = await createCohort(prisma, ade, { programmeId, values: pilot });
    const stored = await prisma.cohort.findUniqueOrThrow({ where: { id } });
    expect(stored.startsOn.toISOString()).toBe("2023-02-01T00:00:00.000Z");
    expect(stored.endsOn.toISOString()).toBe("2023-07-31T00:00:00.000Z");
    expect(stored).toMatchObject({ seats: 60, status: "closed", nameFr: "Projet pilote 2023" });
    expect(await prisma.auditLog.count({ where: { action: "cohort.create", targetId: id } })).toBe(1);
    expect((await loadCohortSettings(prisma, ade, id))?.values).toEqual(pilot);
    expect(await refusal(createCohort(prisma, ade, { programmeId, values: pilot }))).toEqual({
      code: "cohortSlugTaken",
      field: "slug",
    });

    const listed = (await listProgrammesForAdmin(prisma, ade)).find((p) => p.id === programmeId)!;
    expect(listed.cohorts.map((c) => [c.slug, c.held, c.waitlisted])).toEqual([["pilot-2023", 0, 0]]);
  });

  it("are refused by the verbs themselves when the settings are wrong, whatever the form let through", async () => {
    const { id: programmeId } = await createProgramme(prisma, ade, programmeInput("checked"));
    const bad = { ...cohortInput("bad"), endsOn: "2020-01-01" };
    expect(await refusal(createCohort(prisma, ade, { programmeId, values: bad }))).toEqual({
      code: "cohortEndBeforeStart",
      field: "endsOn",
    });
    expect(
      await refusal(createCohort(prisma, ade, { programmeId, values: { ...cohortInput("bad"), seats: 0 } })),
    ).toEqual({ code: "seatsRange", field: "seats" });
    expect(
      await refusal(createProgramme(prisma, ade, { ...programmeInput("bad-capacity"), profileCapacityLimit: 4 })),
    ).toEqual({ code: "maxClientsRange", field: "profileCapacityLimit" });
    expect(
      await refusal(
        updateProgramme(prisma, ade, {
          programmeId,
          values: { ...programmeInput("checked"), profileCapacityLimit: 0 },
        }),
      ),
    ).toEqual({
      code: "maxClientsRange",
      field: "profileCapacityLimit",
    });
    expect(await prisma.cohort.count({ where: { programmeId } })).toBe(0);
  });

  it("are refused on an archived programme", async () => {
    const { id: programmeId } = await createProgramme(prisma, ade, programmeInput("archived-one", { archived: true }));
    expect(await refusal(createCohort(prisma, ade, { programmeId, values: cohortInput("later") }))).toEqual({
      code: "programmeArchived",
    });
  });

  it("never lose seats people hold, move status only as allowed, and offer added seats to the waiting list", async () => {
    const { id: programmeId } = await createProgramme(prisma, ade, programmeInput("cohorts-b"));
    const values = cohortInput("seats", { seats: 2 });
    const { id: cohortId } = await createCohort(prisma, ade, { programmeId, values });
    const [a, b, w1, w2] = [
      await person(["client"]),
      await person(["client"]),
      await person(["client"]),
      await person(["client"]),
    ];
    for (const p of [a, b, w1, w2]) await joinCohort(prisma, p, { cohortId, commitment: true });
    expect((await listProgrammesForAdmin(prisma, ade)).find((p) => p.id === programmeId)!.cohorts[0]).toMatchObject({
      held: 2,
      waitlisted: 2,
    });

    expect(await refusal(updateCohort(prisma, ade, { cohortId, values: { ...values, seats: 1 } }))).toEqual({
      code: "seatsBelowHeld",
      field: "seats",
    });
    // People joined: the programme's type (who joins: clients or mentees) can no longer change.
    const settings = (await loadProgrammeSettings(prisma, ade, "cohorts-b"))!;
    expect(
      await refusal(updateProgramme(prisma, ade, { programmeId, values: { ...settings.values, type: "mentoring" } })),
    ).toEqual({ code: "programmeTypeLocked", field: "type" });
    // Its other settings still change.
    await updateProgramme(prisma, ade, { programmeId, values: { ...settings.values, requestTimeoutWorkingDays: 4 } });
    expect((await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } })).requestTimeoutWorkingDays).toBe(
      4,
    );
    expect(await refusal(updateCohort(prisma, ade, { cohortId, values: { ...values, status: "draft" } }))).toEqual({
      code: "cohortHasEnrolments",
      field: "status",
    });
    await updateCohort(prisma, ade, { cohortId, values: { ...values, status: "closed" } });
    expect(await refusal(updateCohort(prisma, ade, { cohortId, values: { ...values, status: "open" } }))).toEqual({
      code: "cohortStatusMove",
      field: "status",
    });
    await updateCohort(prisma, ade, { cohortId, values: { ...values, status: "running" } });

    // One more seat: the first on the waiting list is offered it at once, by e-mail.
    expect(await updateCohort(prisma, ade, { cohortId, values: { ...values, status: "running", seats: 3 } })).toEqual({
      offered: 1,
    });
    const statuses = await prisma.cohortEnrolment.findMany({
      where: { cohortId },
      orderBy: { enrolledAt: "asc" },
      select: { userId: true, status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["enrolled", "enrolled", "offered", "waitlisted"]);
    expect(statuses[2].userId).toBe(w1.id);
    expect(await prisma.outboxEmail.count({ where: { to: w1.email, kind: "seat-offered" } })).toBe(1);
    const audit = await prisma.auditLog.findMany({
      where: { targetId: cohortId, action: "cohort.update" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((l) => l.data)).toEqual([{ status: "closed" }, { status: "running" }, { seats: 3 }]);
  });

  it("go back to draft while nobody has joined", async () => {
    const { id: programmeId } = await createProgramme(prisma, ade, programmeInput("cohorts-c"));
    const values = cohortInput("empty");
    const { id: cohortId } = await createCohort(prisma, ade, { programmeId, values });
    await updateCohort(prisma, ade, { cohortId, values: { ...values, status: "draft" } });
    expect((await prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } })).status).toBe("draft");
    expect(await refusal(updateCohort(prisma, ade, { cohortId: "missing", values }))).toEqual({ code: "notFound" });
  });
});

describe("eligibility read from the programme", () => {
  it("lets a consultant join a programme that accepts consultants, and not one that follows the default rule", async () => {
    const consultant = await person(["client"], "consultant");
    const { id: openProgramme } = await createProgramme(
      prisma,
      ade,
      programmeInput("open-to-consultants", { eligibleAppointmentTypes: ["permanent", "consultant"] }),
    );
    const { id: defaultProgramme } = await createProgramme(prisma, ade, programmeInput("default-rule"));
    const { id: open } = await createCohort(prisma, ade, { programmeId: openProgramme, values: cohortInput("c1") });
    const { id: closed } = await createCohort(prisma, ade, {
      programmeId: defaultProgramme,
      values: cohortInput("c2"),
    });

    expect((await loadProgrammeEnrolment(prisma, consultant, "default-rule", "en"))?.situation).toEqual({
      kind: "notEligible",
      reason: "appointment-not-eligible",
    });
    await expect(joinCohort(prisma, consultant, { cohortId: closed, commitment: true })).rejects.toEqual(
      new DomainError("enrolmentNotEligible"),
    );
    expect((await loadProgrammeEnrolment(prisma, consultant, "open-to-consultants", "en"))?.situation).toEqual({
      kind: "canJoin",
      outcome: "enrolled",
    });
    expect(await joinCohort(prisma, consultant, { cohortId: open, commitment: true })).toEqual({
      status: "enrolled",
      position: null,
    });

    // A permanent staff member is refused by a programme that only takes consultants.
    const { id: onlyConsultants } = await createProgramme(
      prisma,
      ade,
      programmeInput("only-consultants", { eligibleAppointmentTypes: ["consultant"] }),
    );
    const { id: c3 } = await createCohort(prisma, ade, { programmeId: onlyConsultants, values: cohortInput("c3") });
    await expect(joinCohort(prisma, await person(["client"]), { cohortId: c3, commitment: true })).rejects.toEqual(
      new DomainError("enrolmentNotEligible"),
    );
  });
});

describe("the public catalogue (the landing page)", () => {
  it("lists the programmes not archived, oldest first, each with its open cohort that starts first, in one statement", async () => {
    const day = (n: number) => new Date(Date.UTC(2027, 0, n));
    const first = await make.programme({ nameEn: "First", createdAt: new Date(Date.now() - 3_000) });
    const second = await make.programme({ type: "mentoring", createdAt: new Date(Date.now() - 2_000) });
    const archived = await make.programme({ archivedAt: new Date(), createdAt: new Date(Date.now() - 1_000) });
    // Only open cohorts count; the one starting first is shown, whatever the order they were made in.
    await make.cohort({ programmeId: first.id, nameEn: "Later", status: "open", startsOn: day(20), endsOn: day(200) });
    await make.cohort({ programmeId: first.id, nameEn: "Running", status: "running", startsOn: day(1) });
    await make.cohort({ programmeId: first.id, nameEn: "Draft", status: "draft", startsOn: day(2) });
    await make.cohort({
      programmeId: first.id,
      nameEn: "Sooner",
      nameFr: "Plus tôt",
      status: "open",
      startsOn: day(10),
      endsOn: day(190),
      seats: 12,
    });
    await make.cohort({ programmeId: second.id, status: "closed" });
    await make.cohort({ programmeId: archived.id, status: "open" });

    const { result, queries } = await watchDriverQueries(() => listProgrammeCatalogue());
    expect(queries).toHaveLength(1);
    const mine = result.filter((p) => [first.id, second.id, archived.id].includes(p.id));
    expect(mine.map((p) => p.id)).toEqual([first.id, second.id]);
    expect(mine[0]).toMatchObject({ type: "coaching", nameEn: "First" });
    expect(mine[0].openCohort).toEqual({
      nameEn: "Sooner",
      nameFr: "Plus tôt",
      startsOn: day(10),
      endsOn: day(190),
      seats: 12,
    });
    expect(mine[1]).toMatchObject({ type: "mentoring", openCohort: null });
  });
});
