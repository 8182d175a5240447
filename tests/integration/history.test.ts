// Deleting a person, a programme or a matching profile never takes history with it (migration
// history_kept): while they have engagements, sessions, feedback, evaluations, requests, missions,
// check-ins, supervision or credentials, the database refuses the deletion and every row stays.
// A person with nothing of the kind goes, with what is theirs alone (sign-in accounts, sessions,
// roles, a profile without history). Runs on PGlite and, when TEST_DATABASE_URL is set, on a
// PostgreSQL server.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../support/app";

const db = await setUpTestDatabase();
const { prisma, make } = db;

/** Every table's row count (the migrations' own table aside). */
async function rowCounts(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
        order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows)
      counts[name] = Number((await client.query(`select count(*) as n from "${name}"`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}

/** A client who has signed in (an account and a session of their own). */
async function person(name: string) {
  const p = await make.person({ name, roles: ["client"] });
  await prisma.account.create({
    data: { userId: p.id, type: "email", provider: "email", providerAccountId: p.email },
  });
  await prisma.session.create({
    data: { userId: p.id, sessionToken: `history-session-${p.id}`, expires: new Date(Date.now() + 86_400_000) },
  });
  return p;
}

/** A completed coaching engagement with its request, a session, feedback and closing evaluations. */
async function completedEngagement() {
  const programme = await make.programme({
    nameEn: "Coaching",
    nameFr: "Coaching",
    descriptionEn: "d",
    descriptionFr: "d",
  });
  const cohort = await make.cohort({
    programmeId: programme.id,
    slug: "spring",
    nameEn: "Spring",
    nameFr: "Printemps",
    startsOn: new Date("2026-03-01"),
    endsOn: new Date("2026-09-30"),
    enrolmentOpensOn: new Date("2026-01-01"),
    enrolmentClosesOn: new Date("2026-02-28"),
    seats: 10,
    status: "running",
  });
  const coach = await person("Carla Coach");
  const seeker = await person("Sam Seeker");
  const profile = await make.profile(coach.id, {
    status: "approved",
    capacity: 2,
    documents: {
      create: { storageKey: `history-${coach.id}.pdf`, fileName: "icf.pdf", contentType: "application/pdf", size: 1 },
    },
    supervisionRecords: { create: { heldOn: new Date("2026-04-15"), supervisor: "Dr Supervisor", attended: true } },
  });
  await make.enrol({ cohortId: cohort.id, userId: seeker.id, role: "client" });
  const request = await make.request({
    programmeId: programme.id,
    cohortId: cohort.id,
    seekerId: seeker.id,
    message: "Hello",
    status: "accepted",
    choices: [{ profileId: profile.id, status: "accepted" }],
  });
  const engagement = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: profile.id,
    seekerId: seeker.id,
    requestId: request.id,
    status: "completed",
    completedAt: new Date(),
    closingEvaluations: {
      create: [
        { authorId: seeker.id, usefulness: 5, objectivesMet: "yes", wouldRecommend: true },
        { authorId: coach.id, usefulness: 4, objectivesMet: "partly", wouldRecommend: true },
      ],
    },
    sessions: [
      {
        status: "completed",
        suggestedAt: new Date(),
        completedAt: new Date(),
        completedById: coach.id,
        feedback: { create: { authorId: seeker.id, usefulness: 5, helped: [] } },
        notes: { create: { authorId: seeker.id, body: "Mine" } },
      },
    ],
  });
  return { programme, cohort, coach, seeker, profile, request, engagement };
}

async function refused(deletion: Promise<unknown>): Promise<void> {
  const error = await deletion.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the deletion should have been refused").toBeInstanceOf(Error);
  expect(String((error as Error).message)).toMatch(/foreign key|restrict/i);
}

describe("history is kept", () => {
  it("refuses to delete a person with an engagement, as its seeker or as its coach, and leaves every row", async () => {
    const { seeker, coach } = await completedEngagement();
    const before = await rowCounts();
    await refused(prisma.user.delete({ where: { id: seeker.id } }));
    await refused(prisma.user.delete({ where: { id: coach.id } }));
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses to delete a programme with an engagement, and leaves every row", async () => {
    const { programme } = await completedEngagement();
    const before = await rowCounts();
    await refused(prisma.programme.delete({ where: { id: programme.id } }));
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses to delete a matching profile with history, and leaves every row", async () => {
    const { profile } = await completedEngagement();
    const before = await rowCounts();
    await refused(prisma.matchingProfile.delete({ where: { id: profile.id } }));
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses the same deletions written in SQL", async () => {
    const { seeker, programme, profile } = await completedEngagement();
    const before = await rowCounts();
    await refused(prisma.$executeRaw`delete from "User" where id = ${seeker.id}`);
    await refused(prisma.$executeRaw`delete from "Programme" where id = ${programme.id}`);
    await refused(prisma.$executeRaw`delete from "MatchingProfile" where id = ${profile.id}`);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses to delete a mission's sponsor, coachee or HR person while the mission exists", async () => {
    const { programme, profile } = await completedEngagement();
    const sponsor = await person("Sofia Sponsor");
    const coachee = await person("Cem Coachee");
    const hr = await person("Hana HR");
    const mission = await make.mission({
      programmeId: programme.id,
      sponsorId: sponsor.id,
      coacheeId: coachee.id,
      hrId: hr.id,
      coachProfileId: profile.id,
      organisationRequest: "Lead the new unit.",
      checkIns: { create: { authorId: coachee.id, kind: "message", body: "A question", dueAt: new Date() } },
    });
    const before = await rowCounts();
    for (const who of [sponsor, coachee, hr]) await refused(prisma.user.delete({ where: { id: who.id } }));
    expect(await rowCounts()).toEqual(before);
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).hrId).toBe(hr.id);
  });

  it("lets a person with no history go, with their sign-in accounts, sessions, roles and bare profile", async () => {
    const someone = await person("Nadia Nobody");
    await make.profile(someone.id, { kind: "networking", status: "approved", capacity: 1 });
    await prisma.user.delete({ where: { id: someone.id } });
    expect(await prisma.account.count({ where: { userId: someone.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: someone.id } })).toBe(0);
    expect(await prisma.roleGrant.count({ where: { userId: someone.id } })).toBe(0);
    expect(await prisma.matchingProfile.count({ where: { userId: someone.id } })).toBe(0);
  });
});
