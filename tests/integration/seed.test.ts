// The demo seed: idempotent, and it holds the personas and the coach directory the demos rely on.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { localFolderStorage } from "../../lib/storage/local-folder-storage";
import { contractAccepted, proposalApproved } from "../../lib/domain/mission-lifecycle";
import { checklistItemKeys, sessionPlan } from "../../lib/domain/session-plans";
import { attendanceByMonth, missedLastMonth } from "../../lib/domain/supervision";
import { messagesFor } from "../../lib/i18n/messages";
import { buildSeedData, PERSONA_EMAILS, SEED_REVIEWER_EMAIL } from "../../prisma/seed/data";
import { seedDatabase, type SeedResult } from "../../prisma/seed/seed";
import { setUpTestDatabase } from "../support/app";

const TODAY = new Date("2026-11-15T13:45:00Z");
const msg = (locale: "en" | "fr", key: string, values: Record<string, string> = {}) =>
  createTranslator({ locale, messages: messagesFor(locale) })(key as never, values as never);
const ALL_AREAS = ["career", "leadership", "skills", "conflict_resolution", "pre_retirement", "team_relationships"];
const ALL_STATIONS = ["NYC", "GVA", "NBO", "BKK", "VIE", "ADD", "SCL", "BEY"];

async function rowCounts(prisma: Db) {
  const withNetworks = await prisma.user.findMany({ select: { _count: { select: { networks: true } } } });
  return {
    entity: await prisma.entity.count(),
    dutyStation: await prisma.dutyStation.count(),
    professionalNetwork: await prisma.professionalNetwork.count(),
    language: await prisma.language.count(),
    programme: await prisma.programme.count(),
    cohort: await prisma.cohort.count(),
    user: await prisma.user.count(),
    userNetwork: withNetworks.reduce((sum, u) => sum + u._count.networks, 0),
    roleGrant: await prisma.roleGrant.count(),
    matchingProfile: await prisma.matchingProfile.count(),
    cohortEnrolment: await prisma.cohortEnrolment.count(),
    credentialDocument: await prisma.credentialDocument.count(),
    auditLog: await prisma.auditLog.count(),
    outboxEmail: await prisma.outboxEmail.count(),
  };
}

/** Every seeded person with everything attached, in a stable order (timestamps included). */
async function snapshot(prisma: Db) {
  return prisma.user.findMany({
    orderBy: { email: "asc" },
    include: {
      entity: true,
      dutyStation: true,
      networks: { orderBy: { code: "asc" } },
      roles: { orderBy: { role: "asc" } },
      profiles: { orderBy: { kind: "asc" }, include: { documents: true } },
      enrolments: {
        orderBy: [{ cohortId: "asc" }, { role: "asc" }],
        include: { cohort: { include: { programme: true } } },
      },
    },
  });
}

const db = await setUpTestDatabase();

describe("demo seed", () => {
  let uploads: string;
  let storage: ReturnType<typeof localFolderStorage>;
  let first: SeedResult;
  let second: SeedResult;
  let countsAfterFirst: Awaited<ReturnType<typeof rowCounts>>;
  let countsAfterSecond: Awaited<ReturnType<typeof rowCounts>>;
  let snapshotAfterFirst: Awaited<ReturnType<typeof snapshot>>;
  let snapshotAfterSecond: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    uploads = mkdtempSync(path.join(os.tmpdir(), "binome-seed-uploads-"));
    storage = localFolderStorage(uploads);
    first = await seedDatabase(db.prisma, TODAY, { storage });
    countsAfterFirst = await rowCounts(db.prisma);
    snapshotAfterFirst = await snapshot(db.prisma);
    // Later the same day: the same calendar day gives the same data.
    second = await seedDatabase(db.prisma, new Date("2026-11-15T22:10:00Z"), { storage });
    countsAfterSecond = await rowCounts(db.prisma);
    snapshotAfterSecond = await snapshot(db.prisma);
  });

  afterAll(async () => {
    if (uploads) rmSync(uploads, { recursive: true, force: true });
  });

  it("creates the data once and nothing on the second run", () => {
    const data = buildSeedData(TODAY);
    expect(first.created.user).toBe(data.people.length);
    expect(first.created.coachProfile).toBe(data.people.filter((p) => p.coachProfile).length);
    expect(first.created.matchingProfile).toBe(data.matchingProfiles.length);
    expect(countsAfterFirst.user).toBe(data.people.length);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(Object.values(second.updated).every((n) => n === 0)).toBe(true);
  });

  it("leaves row counts of every table it touches unchanged on the second run", () => {
    expect(countsAfterFirst.entity).toBeGreaterThanOrEqual(13);
    expect(countsAfterFirst.userNetwork).toBeGreaterThan(0);
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it("leaves every person row and its relations identical on the second run", () => {
    const personas = (s: typeof snapshotAfterFirst) =>
      s.filter((u) => (PERSONA_EMAILS as readonly string[]).includes(u.email));
    expect(personas(snapshotAfterFirst)).toHaveLength(PERSONA_EMAILS.length);
    expect(personas(snapshotAfterSecond)).toEqual(personas(snapshotAfterFirst));
    expect(snapshotAfterSecond).toEqual(snapshotAfterFirst);
  });

  it("writes as audit rows only the history of the registrations HR has pending, sent back or rejected", async () => {
    const submitted = await db.prisma.matchingProfile.count({ where: { status: "submitted" } });
    const sentBack = await db.prisma.matchingProfile.count({
      where: { status: { in: ["changes_requested", "rejected"] } },
    });
    expect(await db.prisma.matchingProfile.count({ where: { status: "rejected" } })).toBeGreaterThanOrEqual(1);
    expect(first.created.auditLog).toBe(submitted + 2 * sentBack);
    expect(countsAfterSecond.auditLog).toBe(submitted + 2 * sentBack);

    const priya = await db.prisma.matchingProfile.findFirstOrThrow({
      where: { user: { email: "pending.coach@example.org" } },
    });
    const history = await db.prisma.auditLog.findMany({ where: { targetType: "MatchingProfile", targetId: priya.id } });
    expect(history).toMatchObject([{ action: "coach.submit", actorId: priya.userId, at: priya.submittedAt }]);

    const hana = await db.prisma.user.findUniqueOrThrow({ where: { email: SEED_REVIEWER_EMAIL } });
    const sentBackProfiles = await db.prisma.matchingProfile.findMany({ where: { status: "changes_requested" } });
    for (const p of sentBackProfiles) {
      expect(p.reviewMessage, p.id).toBeTruthy();
      const request = await db.prisma.auditLog.findFirstOrThrow({
        where: { targetId: p.id, action: "credential.request-changes" },
      });
      expect(request).toMatchObject({
        actorId: hana.id,
        targetType: "MatchingProfile",
        at: p.reviewedAt,
        data: { message: p.reviewMessage },
      });
      expect(await db.prisma.auditLog.count({ where: { targetId: p.id, action: "coach.submit" } })).toBe(1);
    }
  });

  it("gives every registration HR has seen a demo certificate: a PDF at a stable key, written once", async () => {
    const profiles = await db.prisma.matchingProfile.findMany({
      where: { kind: "coach", status: { in: ["submitted", "changes_requested", "rejected", "approved"] } },
      include: { documents: true, user: true },
    });
    expect(first.created.credentialDocument).toBe(profiles.length);
    expect(first.created.credentialFile).toBe(profiles.length);
    expect(second.created.credentialFile).toBe(0);
    for (const p of profiles) {
      expect(p.documents, p.user.email).toHaveLength(1);
      const [doc] = p.documents;
      expect(doc.storageKey).toMatch(/^credentials\/[0-9a-f-]{36}$/);
      expect(doc.contentType).toBe("application/pdf");
      const bytes = readFileSync(path.join(uploads, doc.storageKey));
      expect(bytes.length).toBe(doc.size);
      expect(bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
      expect(bytes.subarray(-6).toString("latin1")).toBe("%%EOF\n");
    }
    const priya = profiles.find((p) => p.user.email === "pending.coach@example.org")!;
    const pdf = readFileSync(path.join(uploads, priya.documents[0].storageKey)).toString("latin1");
    expect(pdf).toContain("(ICF-accredited training certificate \x97 demo)");
    expect(pdf).toContain("(Priya Raman)");
  });

  it("writes a demo certificate again when its file went missing, changing no row", async () => {
    const doc = await db.prisma.credentialDocument.findFirstOrThrow({
      where: { coachProfile: { user: { email: "pending.coach@example.org" } } },
    });
    rmSync(path.join(uploads, doc.storageKey));
    const again = await seedDatabase(db.prisma, TODAY, { storage });
    expect(again.created.credentialFile).toBe(1);
    expect(Object.entries(again.created).filter(([table, n]) => table !== "credentialFile" && n > 0)).toEqual([]);
    expect(Object.values(again.updated).every((n) => n === 0)).toBe(true);
    expect(readFileSync(path.join(uploads, doc.storageKey)).length).toBe(doc.size);
  });

  it("has the personas with exactly their roles", async () => {
    const expected: Record<string, string[]> = {
      "amina.client@example.org": ["client"],
      "carlos.coach@example.org": ["coach"],
      "pending.coach@example.org": ["coach"],
      "maria.mentor@example.org": ["mentor"],
      "mehdi.mentee@example.org": ["mentee"],
      "hana.hr@example.org": ["hr_reviewer"],
      "ade.admin@example.org": ["programme_admin"],
      "sam.manager@example.org": ["sponsor"],
    };
    const users = await db.prisma.user.findMany({
      where: { email: { in: Object.keys(expected) } },
      include: { roles: true, entity: true, dutyStation: true },
    });
    expect(users).toHaveLength(8);
    for (const u of users) {
      expect(u.roles.map((r) => r.role).sort(), u.email).toEqual(expected[u.email]);
    }
    const amina = users.find((u) => u.email === "amina.client@example.org")!;
    expect([amina.name, amina.entity?.code, amina.dutyStation?.code, amina.appointmentType, amina.timeZone]).toEqual([
      "Amina Diallo",
      "DPPA",
      "NYC",
      "fixed_term",
      "America/New_York",
    ]);
    const carlos = users.find((u) => u.email === "carlos.coach@example.org")!;
    expect([carlos.preferredLanguage, carlos.entity?.code, carlos.timeZone]).toEqual(["fr", "OCHA", "Europe/Zurich"]);
  });

  it("gives Carlos an approved profile and Priya a submitted one", async () => {
    const carlos = await db.prisma.matchingProfile.findFirstOrThrow({
      where: { user: { email: "carlos.coach@example.org" } },
    });
    expect(carlos).toMatchObject({ status: "approved", availability: "open", capacity: 3, credentialKind: "icf_pcc" });
    expect([...carlos.expertiseAreas].sort()).toEqual(["career", "conflict_resolution", "leadership"]);
    expect(carlos.coachingLanguages).toEqual(["en", "fr", "es"]);
    expect(carlos.bioEn && carlos.bioFr).toBeTruthy();
    const priya = await db.prisma.matchingProfile.findFirstOrThrow({
      where: { user: { email: "pending.coach@example.org" } },
    });
    expect(priya).toMatchObject({
      status: "submitted",
      credentialKind: "icf_training",
      trainingHours: 60,
      capacity: 2,
      reviewedAt: null,
    });
    expect(priya.submittedAt!.getTime()).toBeLessThan(TODAY.getTime());
    expect(priya.submittedAt!.getTime()).toBeGreaterThan(TODAY.getTime() - 7 * 86_400_000);
  });

  it("enrols the client, the mentor and the mentee in the current cohorts", async () => {
    const enrolments = await db.prisma.cohortEnrolment.findMany({
      where: {
        user: { email: { in: ["amina.client@example.org", "maria.mentor@example.org", "mehdi.mentee@example.org"] } },
      },
      include: { user: true, cohort: { include: { programme: true } } },
    });
    const seen = enrolments
      .map((e) => `${e.user.email} ${e.role} ${e.cohort.programme.slug}/${e.cohort.slug} ${e.cohort.status}`)
      .sort();
    expect(seen).toEqual([
      "amina.client@example.org client peer-coaching/summer-2026 open",
      "maria.mentor@example.org mentor mentoring/summer-2026 open",
      "mehdi.mentee@example.org mentee mentoring/summer-2026 open",
    ]);
  });

  it("has a coach directory of at least 35 approved coaches covering every area and duty station", async () => {
    const approved = await db.prisma.matchingProfile.findMany({
      where: { kind: "coach", status: "approved" },
      include: { user: { include: { dutyStation: true, roles: true } } },
    });
    expect(approved.length).toBeGreaterThanOrEqual(35);
    expect(new Set(approved.flatMap((c) => c.expertiseAreas))).toEqual(new Set(ALL_AREAS));
    expect(new Set(approved.map((c) => c.user.dutyStation?.code))).toEqual(new Set(ALL_STATIONS));
    for (const c of approved) {
      expect(c.capacity).toBeGreaterThanOrEqual(1);
      expect(c.capacity).toBeLessThanOrEqual(3);
      expect(c.expertiseAreas.length).toBeGreaterThanOrEqual(1);
      expect(c.expertiseAreas.length).toBeLessThanOrEqual(3);
      expect(c.user.roles.map((r) => r.role)).toContain("coach");
    }
    expect(approved.some((c) => c.availability === "paused")).toBe(true);
    expect(approved.some((c) => c.isFormerStaff)).toBe(true);
    expect(await db.prisma.matchingProfile.count({ where: { status: "changes_requested" } })).toBeGreaterThan(0);
    const stations = await db.prisma.dutyStation.findMany({ include: { _count: { select: { users: true } } } });
    expect(
      stations
        .filter((s) => s._count.users > 0)
        .map((s) => s.code)
        .sort(),
    ).toEqual([...ALL_STATIONS].sort());
  });

  it("has staff members with ineligible appointment types and no client role", async () => {
    const ineligible = await db.prisma.user.findMany({
      where: { appointmentType: { in: ["consultant", "intern"] } },
      include: { roles: true },
    });
    expect(ineligible.length).toBeGreaterThanOrEqual(2);
    for (const u of ineligible) expect(u.roles.map((r) => r.role)).not.toContain("client");
  });

  it("has the 2023 pilot and a current coaching cohort", async () => {
    const pilot = await db.prisma.cohort.findFirstOrThrow({
      where: { slug: "pilot-2023", programme: { slug: "peer-coaching" } },
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect([day(pilot.startsOn), day(pilot.endsOn), pilot.status, pilot.seats]).toEqual([
      "2023-02-01",
      "2023-07-31",
      "closed",
      60,
    ]);
    expect(day(pilot.enrolmentOpensOn).startsWith("2023-01")).toBe(true);
    expect(day(pilot.enrolmentClosesOn).startsWith("2023-01")).toBe(true);

    // 80 days before 15 November is 27 August: the current cohorts started on 1 August.
    const current = await db.prisma.cohort.findFirstOrThrow({
      where: { slug: "summer-2026", programme: { slug: "peer-coaching" } },
    });
    expect([current.nameEn, current.nameFr, current.status, current.seats]).toEqual([
      "Summer 2026",
      "Été 2026",
      "open",
      10,
    ]);
    expect([
      day(current.startsOn),
      day(current.endsOn),
      day(current.enrolmentOpensOn),
      day(current.enrolmentClosesOn),
    ]).toEqual(["2026-08-01", "2027-01-31", "2026-07-01", "2026-12-15"]);
    expect(
      await db.prisma.programme.count({ where: { slug: { in: ["peer-coaching", "mentoring", "networking"] } } }),
    ).toBe(3);
  });

  it("tells the story so far: Amina and Carlos at session 3, Julien waiting for Carlos, a closed pilot", async () => {
    const amina = await db.prisma.engagement.findFirstOrThrow({
      where: { seeker: { email: "amina.client@example.org" }, status: "active", programme: { slug: "peer-coaching" } },
      include: {
        profile: { include: { user: true } },
        sessions: { orderBy: { position: "asc" }, include: { feedback: true } },
      },
    });
    expect(amina.profile.user.email).toBe("carlos.coach@example.org");
    expect(amina.sessions.map((s) => s.status)).toEqual([
      "completed",
      "completed",
      "completed",
      "scheduled",
      "planned",
      "planned",
    ]);
    expect(amina.sessions.slice(0, 3).every((s) => s.feedback.length === 2)).toBe(true);
    const next = amina.sessions[3].startsAt!.getTime() - TODAY.getTime();
    expect(next).toBeGreaterThan(2 * 86_400_000);
    expect(next).toBeLessThan(9 * 86_400_000);
    // Sessions are held on working days.
    expect(amina.sessions.filter((s) => s.startsAt).every((s) => ![0, 6].includes(s.startsAt!.getUTCDay()))).toBe(true);

    const julien = await db.prisma.matchRequestChoice.findFirstOrThrow({
      where: { status: "pending", profile: { user: { email: "carlos.coach@example.org" } } },
      include: { request: { include: { seeker: true } } },
    });
    expect(julien.request.seeker.email).toBe("julien.dubois@example.org");
    expect(julien.dueAt!.getTime()).toBeGreaterThan(TODAY.getTime());

    const pilot = await db.prisma.engagement.groupBy({
      by: ["status"],
      where: { cohort: { slug: "pilot-2023" } },
      _count: true,
    });
    expect(Object.fromEntries(pilot.map((g) => [g.status, g._count]))).toEqual({ completed: 4, ended: 2 });
    // Early endings give a reason; Valentina's pairing ended after the introduction as not a fit (no reason asked).
    const ended = await db.prisma.engagement.findMany({ where: { status: "ended", endedAsNotAFit: false } });
    expect(ended.every((e) => e.endReason && e.endedById && e.endedAt)).toBe(true);
    const notAFit = await db.prisma.engagement.findMany({
      where: { endedAsNotAFit: true },
      include: { fitAnswers: true },
    });
    expect(notAFit.map((e) => [e.status, e.fitAnswers.some((a) => !a.fits)])).toEqual([["ended", true]]);
    expect(await db.prisma.relationshipPulse.count({ where: { engagement: { cohort: { slug: "pilot-2023" } } } })).toBe(
      8,
    );
    expect(await db.prisma.matchRequest.count({ where: { status: "exhausted", cohort: { slug: "pilot-2023" } } })).toBe(
      1,
    );
    const pilotAnswers = await db.prisma.sessionFeedback.count({
      where: { session: { engagement: { cohort: { slug: "pilot-2023" } } } },
    });
    expect(pilotAnswers).toBeGreaterThanOrEqual(5);

    // The current coaching cohort is full: one freed seat offered, two people waiting.
    const current = await db.prisma.cohort.findFirstOrThrow({
      where: { slug: "summer-2026", programme: { slug: "peer-coaching" } },
      include: { enrolments: true },
    });
    const held = current.enrolments.filter((e) => e.status === "enrolled" || e.status === "offered").length;
    expect(held).toBe(current.seats);
    expect(current.enrolments.filter((e) => e.status === "offered")).toHaveLength(1);
    expect(current.enrolments.filter((e) => e.status === "waitlisted")).toHaveLength(2);

    // Nobody holds more active clients than their capacity, nor two active coaches.
    const coaches = await db.prisma.matchingProfile.findMany({
      include: { _count: { select: { engagements: { where: { status: "active" } } } } },
    });
    for (const c of coaches) expect(c._count.engagements).toBeLessThanOrEqual(c.capacity);
    const clients = await db.prisma.engagement.groupBy({
      by: ["seekerId", "programmeId"],
      where: { status: "active" },
      _count: true,
    });
    expect(clients.every((g) => g._count === 1)).toBe(true);
  });

  it("pairs María and Mehdi at session 4 of the nine, with evaluations and checklists ticked for the sessions held", async () => {
    const engagement = await db.prisma.engagement.findFirstOrThrow({
      where: { seeker: { email: "mehdi.mentee@example.org" }, status: "active" },
      include: {
        programme: true,
        profile: { include: { user: true } },
        sessions: {
          orderBy: { position: "asc" },
          include: { feedback: { include: { author: true } }, checklistTicks: { include: { user: true } } },
        },
      },
    });
    expect([engagement.programme.slug, engagement.profile.kind, engagement.profile.user.email]).toEqual([
      "mentoring",
      "mentor",
      "maria.mentor@example.org",
    ]);
    expect(engagement.sessions.map((s) => s.status)).toEqual([
      "completed",
      "completed",
      "completed",
      "scheduled",
      ...Array(5).fill("planned"),
    ]);
    expect(engagement.sessions[3].stepKey).toBe("mentoring.leadership");
    const next = engagement.sessions[3].startsAt!.getTime() - TODAY.getTime();
    expect(next).toBeGreaterThan(0);
    expect(next).toBeLessThan(7 * 86_400_000);
    for (const s of engagement.sessions.slice(0, 3)) {
      const tickers = new Set(s.checklistTicks.map((t) => t.user.email));
      expect(tickers, s.stepKey).toEqual(new Set(["maria.mentor@example.org", "mehdi.mentee@example.org"]));
      // Item keys come from the plan, each person's from their own list: María's "<phase>.<item>",
      // Mehdi's "mentee.<phase>.<item>".
      const step = sessionPlan("mentoring").steps.find((x) => x.key === s.stepKey)!;
      for (const t of s.checklistTicks)
        expect(checklistItemKeys(step, t.user.email.startsWith("mehdi") ? "client" : "coach")).toContain(t.itemKey);
    }
    // María still owes the evaluation of session 3; Mehdi gave all his.
    expect(engagement.sessions[2].feedback.map((f) => f.author.email)).toEqual(["mehdi.mentee@example.org"]);
    expect(engagement.sessions[0].feedback).toHaveLength(2);

    const maria = await db.prisma.matchingProfile.findUniqueOrThrow({
      where: { userId_kind: { userId: engagement.profile.userId, kind: "mentor" } },
      include: { programme: true },
    });
    expect(maria).toMatchObject({
      status: "approved",
      availability: "open",
      capacity: 2,
      programme: { slug: "mentoring" },
    });
    expect(maria.careerPath && maria.bioEn && maria.bioFr).toBeTruthy();
  });

  it("has a mentor directory and networking opt-ins, without Carlos, Priya, Amina or Mehdi", async () => {
    const mentors = await db.prisma.matchingProfile.findMany({
      where: { kind: "mentor", status: "approved" },
      include: { programme: true, user: { include: { roles: true } } },
    });
    expect(mentors.length).toBeGreaterThanOrEqual(9);
    expect(
      mentors.every((m) => m.programme?.slug === "mentoring" && m.user.roles.some((r) => r.role === "mentor")),
    ).toBe(true);
    expect(mentors.some((m) => m.availability === "paused")).toBe(true);
    expect(new Set(mentors.map((m) => m.user.entityId)).size).toBeGreaterThanOrEqual(6);
    const networking = await db.prisma.matchingProfile.findMany({
      where: { kind: "networking" },
      include: { programme: true, user: true },
    });
    expect(networking.length).toBeGreaterThanOrEqual(6);
    expect(
      networking.every(
        (n) =>
          n.status === "approved" &&
          n.availability === "open" &&
          n.programme?.slug === "networking" &&
          n.bioEn &&
          n.bioFr,
      ),
    ).toBe(true);
    const emails = networking.map((n) => n.user.email);
    expect(emails).toContain("maria.mentor@example.org");
    for (const absent of [
      "carlos.coach@example.org",
      "pending.coach@example.org",
      "amina.client@example.org",
      "mehdi.mentee@example.org",
    ])
      expect(emails).not.toContain(absent);
  });

  it("has Amina's tripartite mission at its mid-point review, with the accepted contract, its indicators and its history", async () => {
    const mission = await db.prisma.mission.findFirstOrThrow({
      where: { coachee: { email: "amina.client@example.org" } },
      include: {
        sponsor: true,
        hr: true,
        coachProfile: { include: { user: true } },
        milestones: true,
        proposals: { orderBy: { version: "asc" }, include: { reviews: true } },
        contracts: { include: { acceptances: true } },
        indicators: { orderBy: { position: "asc" } },
        engagement: { include: { programme: true, sessions: { orderBy: { position: "asc" } } } },
      },
    });
    expect([mission.status, mission.sponsor.email, mission.hr?.email, mission.coachProfile.user.email]).toEqual([
      "in_progress",
      "sam.manager@example.org",
      "hana.hr@example.org",
      "carlos.coach@example.org",
    ]);
    const midpoint = mission.milestones.find((m) => m.kind === "midpoint_review")!;
    expect(midpoint.status).toBe("scheduled");
    expect(midpoint.scheduledAt!.getTime()).toBeGreaterThan(TODAY.getTime());
    expect(
      mission.milestones
        .filter((m) => m.status === "held")
        .map((m) => m.kind)
        .sort(),
    ).toEqual(["coachee_meeting", "preliminary_meeting"]);
    expect(mission.proposals.map((p) => p.status)).toEqual(["superseded", "approved"]);
    expect(proposalApproved(mission.proposals[1].reviews, true)).toBe(true);
    const [contract] = mission.contracts;
    expect([
      mission.contracts.length,
      contract.status,
      contract.proposalId,
      contractAccepted(contract.acceptances),
    ]).toEqual([1, "accepted", mission.proposals[1].id, true]);
    expect(mission.indicators.map((i) => i.description)).toEqual(mission.proposals[1].indicators);
    expect(mission.indicators.every((i) => i.result === null)).toBe(true);
    expect(mission.engagement?.programme.type).toBe("tripartite_coaching");
    expect(mission.engagement?.sessions).toHaveLength(mission.proposals[1].sessionCount);
    expect(mission.engagement?.sessions.map((s) => s.status)).toEqual([
      "completed",
      "completed",
      "completed",
      "planned",
      "planned",
      "planned",
    ]);
    // One date for the mid-point: the mid-point session is suggested on the mid-point review's day.
    const midSession = mission.engagement?.sessions.find((s) => s.stepKey === "coaching.session-3");
    expect(midSession?.suggestedAt.toISOString()).toBe(midpoint.scheduledAt!.toISOString());
  });

  it("records the coaches' monthly supervision: Carlos missed last month only, most others attended", async () => {
    const records = await db.prisma.supervisionRecord.findMany({
      include: { coachProfile: { include: { user: true } } },
    });
    const byCoach = new Map<string, { heldOn: Date; attended: boolean }[]>();
    for (const r of records)
      byCoach.set(r.coachProfile.user.email, [...(byCoach.get(r.coachProfile.user.email) ?? []), r]);
    const carlos = attendanceByMonth(byCoach.get("carlos.coach@example.org")!, TODAY, null);
    expect(carlos.map((m) => m.state)).toEqual(["attended", "attended", "attended", "attended", "attended", "missed"]);
    const approved = await db.prisma.matchingProfile.findMany({
      where: { kind: "coach", status: "approved" },
      include: { user: true },
    });
    const missed = approved.filter((c) => missedLastMonth(byCoach.get(c.user.email) ?? [], TODAY, c.reviewedAt));
    expect(missed.length).toBeGreaterThanOrEqual(2);
    expect(missed.length).toBeLessThan(approved.length / 4);
  });

  it("keeps the e-mails the story sent, already delivered, in each recipient's language, once", async () => {
    const emails = await db.prisma.outboxEmail.findMany();
    expect(emails.length).toBeGreaterThanOrEqual(20);
    expect(second.created.outboxEmail).toBe(0);
    expect(
      emails.every(
        (e) =>
          e.status === "sent" && e.sentAt && e.sentAt >= e.createdAt && e.createdAt <= new Date("2026-11-16T00:00:00Z"),
      ),
    ).toBe(true);
    // Carlos reads French: Julien's request reached him in French.
    const asked = emails.filter((e) => e.to === "carlos.coach@example.org" && e.kind === "coach-request-asked");
    expect(asked.map((e) => e.subject)).toContain(
      msg("fr", "email.requests.asked.subject", { client: "Julien Dubois" }),
    );
    // The invitation to Amina's next session carries its calendar file.
    const invitation = emails.find((e) => e.to === "amina.client@example.org" && e.kind === "session-scheduled");
    expect(JSON.stringify(invitation?.attachments)).toContain("BEGIN:VCALENDAR");
    expect(emails.filter((e) => e.kind.startsWith("mission-")).length).toBeGreaterThanOrEqual(10);
  });

  // Last: it changes the data.
  it("restores seed values that were changed, without touching the rest", async () => {
    await db.prisma.matchingProfile.updateMany({
      where: { user: { email: "carlos.coach@example.org" } },
      data: { capacity: 1 },
    });
    await db.prisma.user.update({
      where: { email: "amina.client@example.org" },
      data: { name: "Someone Else", networks: { set: [] } },
    });
    const third = await seedDatabase(db.prisma, TODAY, { storage });
    expect(third.updated).toMatchObject({ coachProfile: 1, user: 1 });
    expect(third.created.userNetwork).toBe(1);
    expect(await rowCounts(db.prisma)).toEqual(countsAfterFirst);
    const carlos = await db.prisma.matchingProfile.findFirstOrThrow({
      where: { user: { email: "carlos.coach@example.org" } },
    });
    expect(carlos.capacity).toBe(3);
    const amina = await db.prisma.user.findUniqueOrThrow({
      where: { email: "amina.client@example.org" },
      include: { networks: true },
    });
    expect([amina.name, amina.networks.map((n) => n.code)]).toEqual(["Amina Diallo", ["POLNET"]]);
  });
});
