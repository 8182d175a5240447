// "Suggested for you" ranks listed profiles from their SuggestionCandidate rows alone (the profile's
// listed state, capacity, areas and languages, its person's name, entity, gender, zone and disabled
// state, its active engagements), kept by triggers. Here every kind of change, made by any code,
// reaches those rows in its own transaction, a change rolled back leaves them as they were, changes
// made at once add up, and what a seeker is suggested follows at once. The reference is the same
// rows worked out from scratch from MatchingProfile, User and Engagement.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { setUpApp } from "../support/app";

const { prisma, make, inParallel } = await setUpApp();
const { loadSuggestions } = await import("@/lib/server/suggestions/load-suggestions");

const actor = (p: { id: string; roles: Role[] }) => ({ id: p.id, roles: p.roles });

type Row = Record<string, unknown>;

/** The rows as the triggers keep them. */
async function kept(profileIds: string[]): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    select "profileId", kind::text as kind, "programmeId", "userId", "profileListed", capacity,
           coalesce("expertiseAreas"::text[], '{}') as "expertiseAreas", coalesce("coachingLanguages", '{}') as "coachingLanguages",
           "activeEngagements", name, "entityId", gender::text as gender, "timeZone", "personDisabled"
      from "SuggestionCandidate" where "profileId" = any(${profileIds}::text[]) order by "profileId"`;
}

/** The same rows worked out from scratch. */
async function fromScratch(profileIds: string[]): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    select p.id as "profileId", p.kind::text as kind, p."programmeId", p."userId",
           p.status = 'approved' and p.availability = 'open' and p."credentialLapsedAt" is null as "profileListed",
           p.capacity, coalesce(p."expertiseAreas"::text[], '{}') as "expertiseAreas", coalesce(p."coachingLanguages", '{}') as "coachingLanguages",
           (select count(*)::int from "Engagement" g where g."profileId" = p.id and g.status = 'active') as "activeEngagements",
           coalesce(u.name, '') as name, u."entityId", u.gender::text as gender, u."timeZone", u."disabledAt" is not null as "personDisabled"
      from "MatchingProfile" p join "User" u on u.id = p."userId"
     where p.id = any(${profileIds}::text[]) order by p.id`;
}

async function expectFresh(profileIds: string[]) {
  const expected = await fromScratch(profileIds);
  expect(expected).toHaveLength(profileIds.length);
  expect(await kept(profileIds)).toEqual(expected);
}

let programmeId: string;
beforeAll(async () => {
  await make.languages(["en", "fr", "sw", "pt"]);
  programmeId = (await make.programme()).id;
});

describe("the candidate rows follow every change", () => {
  it("engagements taken, ended, completed, moved and deleted", async () => {
    const a = await make.coach({ capacity: 2 });
    const b = await make.coach({ capacity: 3 });
    const ids = [a.profileId, b.profileId];
    await expectFresh(ids);
    const seekers = [];
    for (let i = 0; i < 3; i++) seekers.push(await make.person({ roles: ["client"] }));
    const first = await make.engagement({ programmeId, profileId: a.profileId, seekerId: seekers[0].id });
    const second = await make.engagement({ programmeId, profileId: a.profileId, seekerId: seekers[1].id });
    await make.engagement({ programmeId, profileId: a.profileId, seekerId: seekers[2].id, status: "completed" });
    await expectFresh(ids);
    expect((await kept([a.profileId]))[0].activeEngagements).toBe(2);
    await prisma.engagement.update({
      where: { id: first.id },
      data: { status: "ended", endedAt: new Date(), endReason: "Not the right fit." },
    });
    await expectFresh(ids);
    await prisma.engagement.update({ where: { id: second.id }, data: { profileId: b.profileId } });
    await expectFresh(ids);
    // An update that changes neither the status nor the profile leaves the count alone.
    await prisma.engagement.update({ where: { id: second.id }, data: { status: "active" } });
    await expectFresh(ids);
    await prisma.engagement.update({ where: { id: first.id }, data: { status: "active" } });
    await expectFresh(ids);
    await prisma.engagement.delete({ where: { id: first.id } });
    await expectFresh(ids);
    const counts = Object.fromEntries((await kept(ids)).map((r) => [r.profileId, r.activeEngagements]));
    expect(counts).toEqual({ [a.profileId]: 0, [b.profileId]: 1 });
  });

  it("the person's name, entity, gender, zone and disabled state", async () => {
    const entity = await make.entity();
    const coach = await make.coach({ name: "Before Rename", gender: "female", timeZone: "Europe/Zurich" });
    const ids = [coach.profileId];
    await prisma.user.update({
      where: { id: coach.id },
      data: { name: "After Rename", entityId: entity.id, gender: "male", timeZone: "Asia/Tokyo" },
    });
    await expectFresh(ids);
    expect((await kept(ids))[0]).toMatchObject({ name: "After Rename", gender: "male", timeZone: "Asia/Tokyo" });
    await prisma.user.update({ where: { id: coach.id }, data: { name: null, gender: null, entityId: null } });
    await expectFresh(ids);
    await prisma.user.update({ where: { id: coach.id }, data: { disabledAt: new Date() } });
    await expectFresh(ids);
    expect((await kept(ids))[0].personDisabled).toBe(true);
    await prisma.user.update({ where: { id: coach.id }, data: { disabledAt: null } });
    await expectFresh(ids);
  });

  it("the profile's status, availability, credential, capacity, areas, languages, programme and owner", async () => {
    const coach = await make.coach({ expertiseAreas: ["career"], coachingLanguages: ["en"] });
    const ids = [coach.profileId];
    const changes = [
      { availability: "paused" as const },
      { availability: "open" as const, capacity: 1 },
      { credentialLapsedAt: new Date() },
      { credentialLapsedAt: null, status: "revoked" as const },
      { status: "approved" as const, expertiseAreas: ["leadership" as const, "skills" as const] },
      { coachingLanguages: ["fr", "sw"], expertiseAreas: [] },
      { kind: "mentor" as const, programmeId },
    ];
    for (const data of changes) {
      await prisma.matchingProfile.update({ where: { id: coach.profileId }, data });
      await expectFresh(ids);
    }
    // The profile handed to another person: that person's name and zone come with it.
    const heir = await make.person({ name: "New Owner", timeZone: "America/New_York" });
    await prisma.matchingProfile.update({ where: { id: coach.profileId }, data: { userId: heir.id } });
    await expectFresh(ids);
    expect((await kept(ids))[0]).toMatchObject({ userId: heir.id, name: "New Owner" });
    // What the app writes into the rows is not what they keep: the next change puts them right.
    await prisma.$executeRaw`update "SuggestionCandidate" set capacity = 99 where "profileId" = ${coach.profileId}`;
    await prisma.matchingProfile.update({ where: { id: coach.profileId }, data: { capacity: 2 } });
    await expectFresh(ids);
    await prisma.matchingProfile.delete({ where: { id: coach.profileId } });
    expect(await kept(ids)).toEqual([]);
  });

  it("a change rolled back leaves the rows as they were", async () => {
    const coach = await make.coach({ name: "Kept As Is" });
    const seeker = await make.person({ roles: ["client"] });
    const before = await kept([coach.profileId]);
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.engagement.create({ data: { programmeId, profileId: coach.profileId, seekerId: seeker.id } });
        await tx.user.update({ where: { id: coach.id }, data: { name: "Never Seen" } });
        await tx.matchingProfile.update({ where: { id: coach.profileId }, data: { availability: "paused" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await kept([coach.profileId])).toEqual(before);
    await expectFresh([coach.profileId]);
  });

  it("changes made at once add up: engagements taken and ended together, the person and the profile changed together", async () => {
    const coach = await make.coach({ capacity: 3 });
    const seekers = [];
    for (let i = 0; i < 8; i++) seekers.push(await make.person({ roles: ["client"] }));
    const taken = await inParallel(
      seekers.map(
        (s) => (db) => db.engagement.create({ data: { programmeId, profileId: coach.profileId, seekerId: s.id } }),
      ),
    );
    expect(taken.every((r) => r.status === "fulfilled")).toBe(true);
    await expectFresh([coach.profileId]);
    expect((await kept([coach.profileId]))[0].activeEngagements).toBe(8);
    const engagements = await prisma.engagement.findMany({
      where: { profileId: coach.profileId },
      select: { id: true },
    });
    const ended = await inParallel<unknown>([
      ...engagements
        .slice(0, 5)
        .map(
          (e) => (db: typeof prisma) =>
            db.engagement.update({ where: { id: e.id }, data: { status: "completed", endedAt: new Date() } }),
        ),
      (db: typeof prisma) =>
        db.user.update({ where: { id: coach.id }, data: { name: "Renamed At Once", gender: "female" } }),
      (db: typeof prisma) => db.matchingProfile.update({ where: { id: coach.profileId }, data: { capacity: 2 } }),
    ]);
    expect(ended.every((r) => r.status === "fulfilled")).toBe(true);
    await expectFresh([coach.profileId]);
    expect((await kept([coach.profileId]))[0]).toMatchObject({
      activeEngagements: 3,
      name: "Renamed At Once",
      capacity: 2,
    });
  });
});

describe("what a seeker is suggested follows at once", () => {
  it("a full coach whose engagement ends is suggested; renamed, under the new name; disabled, no longer", async () => {
    const fit = { expertiseAreas: ["conflict_resolution" as const], coachingLanguages: ["pt"] };
    const programme = await make.programme();
    const cohort = await make.cohort({ programmeId: programme.id });
    const coach = await make.coach({ ...fit, name: "Full For Now", capacity: 1 });
    const other = await make.person({ roles: ["client"] });
    const engagement = await make.engagement({
      programmeId: programme.id,
      profileId: coach.profileId,
      seekerId: other.id,
    });
    const client = await make.person({ roles: ["client"], enrolIn: cohort.id, languages: ["pt"] });
    await prisma.matchPreference.create({
      data: {
        userId: client.id,
        programmeId: programme.id,
        expertiseAreas: ["conflict_resolution"],
        languages: ["pt"],
        goal: "",
      },
    });
    const suggested = async () => {
      const r = await loadSuggestions(prisma, actor(client), "coach");
      if (r.state !== "ready") throw new Error("expected suggestions");
      return r.suggestions;
    };
    expect((await suggested()).map((s) => s.profileId)).not.toContain(coach.profileId);
    await prisma.engagement.update({
      where: { id: engagement.id },
      data: { status: "ended", endedAt: new Date(), endReason: "Moved on." },
    });
    const freed = (await suggested()).find((s) => s.profileId === coach.profileId);
    expect(freed).toMatchObject({ name: "Full For Now" });
    expect(freed?.reasons.at(-1)).toEqual({ kind: "freePlaces", places: 1 });
    await prisma.user.update({ where: { id: coach.id }, data: { name: "Known Now As" } });
    expect((await suggested()).find((s) => s.profileId === coach.profileId)?.name).toBe("Known Now As");
    await prisma.user.update({ where: { id: coach.id }, data: { disabledAt: new Date() } });
    expect((await suggested()).map((s) => s.profileId)).not.toContain(coach.profileId);
  });
});
