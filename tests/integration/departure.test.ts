// When someone leaves the organisation (recordDeparture, called by SCIM, full-list imports and
// admins): sign-in ends, requests are withdrawn or move on, cohort places are released and offered
// on, engagements and missions end with the reason, the people concerned and the programme admins
// are told through the outbox, the history stays, and a second call changes nothing.
import { describe, expect, it } from "vitest";
import { DEPARTURE_END_REASON } from "@/lib/domain/people-departure";
import { LISTED_PROFILE } from "@/lib/domain/coach-lifecycle";
import { DomainError } from "@/lib/server/errors";
import { setUpApp } from "../support/app";
import { dayFromToday, type Person } from "../support/factories";

const APP_URL = "https://binome.example.org";
const DAY = 86_400_000;
const db = await setUpApp({ appUrl: APP_URL });
const { prisma, make } = db;
const { recordDeparture } = await import("@/lib/server/people/record-departure");
const { setPersonDisabled } = await import("@/lib/server/people/set-person-disabled");
const { createSession } = await import("@/lib/server/auth/sessions");
const { countActiveEngagements } = await import("@/lib/server/engagements/count-active-engagements");

const coaching = await make.programme({ type: "coaching", nameEn: "Peer Coaching", nameFr: "Coaching entre pairs" });
const tripartite = await make.programme({ type: "tripartite_coaching" });
const admin = await make.person({ roles: ["programme_admin"], name: "Ada Admin" });
const adminFr = await make.person({ roles: ["programme_admin"], name: "Aline Admin", preferredLanguage: "fr" });

const mailsTo = (p: { email: string }, kind?: string) =>
  prisma.outboxEmail.findMany({ where: { to: p.email, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("a client who leaves", async () => {
  const leaver = await make.person({ roles: ["client"], name: "Lina Leaver" });
  const asked = await make.coach({ name: "Asked Coach", preferredLanguage: "fr" });
  const coach = await make.coach({ name: "Bea Coach", capacity: 1 });
  const missionCoach = await make.coach({ name: "Carl Coach" });
  const sponsor = await make.person({ roles: ["sponsor"], name: "Sam Sponsor" });
  const waiting = await make.person({ roles: ["client"], name: "Will Waiting" });
  const other = await make.person({ roles: ["client"], name: "Olga Other" });
  const full = await make.cohort({ programmeId: coaching.id, seats: 2, status: "open" });
  const closed = await make.cohort({ programmeId: coaching.id, seats: 5, status: "closed" });
  const mine = await make.enrol({ cohortId: full.id, userId: leaver.id, role: "client" });
  await make.enrol({ cohortId: full.id, userId: other.id, role: "client" });
  const waitlisted = await make.enrol({ cohortId: full.id, userId: waiting.id, role: "client", status: "waitlisted" });
  const past = await make.enrol({ cohortId: closed.id, userId: leaver.id, role: "client" });
  const request = await make.request({
    programmeId: coaching.id,
    seekerId: leaver.id,
    choices: [
      { profileId: asked.profileId, status: "pending", askedAt: new Date(), dueAt: new Date(Date.now() + DAY) },
    ],
  });
  const engagement = await make.engagement({
    programmeId: coaching.id,
    profileId: coach.profileId,
    seekerId: leaver.id,
    sessions: [
      { status: "completed", startsAt: new Date(Date.now() - 30 * DAY) },
      { status: "scheduled", startsAt: new Date(Date.now() + 7 * DAY), timeZone: "UTC", mode: "video" },
    ],
  });
  const missionEngagement = await make.engagement({
    programmeId: tripartite.id,
    profileId: missionCoach.profileId,
    seekerId: leaver.id,
  });
  const mission = await make.mission({
    programmeId: tripartite.id,
    sponsorId: sponsor.id,
    coacheeId: leaver.id,
    coachProfileId: missionCoach.profileId,
    status: "in_progress",
    engagementId: missionEngagement.id,
  });
  await createSession(prisma, leaver.id);
  await createSession(prisma, leaver.id);
  const before = new Date();

  const result = await recordDeparture(prisma, { personId: leaver.id, via: "scim", actorId: null });

  it("answers that the person had not left yet", () => {
    expect(result).toEqual({ alreadyLeft: false });
  });

  it("blocks their sign-in: left and disabled, every session ended", async () => {
    const row = await prisma.user.findUniqueOrThrow({ where: { id: leaver.id } });
    expect(row.leftAt?.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(row.disabledAt).toEqual(row.leftAt);
    expect(await prisma.session.count({ where: { userId: leaver.id } })).toBe(0);
  });

  it("withdraws their open request and tells the coach who was asked, in French", async () => {
    const r = await prisma.matchRequest.findUniqueOrThrow({ where: { id: request.id }, include: { choices: true } });
    expect(r.status).toBe("withdrawn");
    expect(r.choices.map((c) => c.status)).toEqual(["skipped"]);
    const [mail] = await mailsTo(asked, "person-left-partner");
    expect(mail.subject).toBe("Lina Leaver a quitté l'organisation");
    expect(mail.text).toContain("sa demande dans le programme Coaching entre pairs a donc été retirée");
  });

  it("releases their place in an open cohort and offers it to the first on the waiting list; a closed cohort's history stays", async () => {
    expect((await prisma.cohortEnrolment.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("withdrawn");
    expect((await prisma.cohortEnrolment.findUniqueOrThrow({ where: { id: waitlisted.id } })).status).toBe("offered");
    expect((await prisma.cohortEnrolment.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("enrolled");
    expect(await mailsTo(waiting, "seat-offered")).toHaveLength(1);
  });

  it("ends their engagement with the reason, cancels the session to come, keeps the past one, and frees the coach", async () => {
    const e = await prisma.engagement.findUniqueOrThrow({
      where: { id: engagement.id },
      include: { sessions: { orderBy: { position: "asc" } } },
    });
    expect(e).toMatchObject({ status: "ended", endReason: DEPARTURE_END_REASON, endedById: null });
    expect(e.sessions.map((s) => s.status)).toEqual(["completed", "cancelled"]);
    expect(await countActiveEngagements(prisma, coach.profileId)).toBe(0);
    expect(await mailsTo(coach, "session-cancelled")).toHaveLength(1);
    const [told] = await mailsTo(coach, "person-left-partner");
    expect(told.text).toContain("your engagement in the Peer Coaching has ended");
  });

  it("stops their mission and its engagement, and tells the sponsor and the coach once each", async () => {
    const m = await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect(m).toMatchObject({ status: "stopped", stopReason: DEPARTURE_END_REASON });
    expect(m.closedAt).toBeInstanceOf(Date);
    const e = await prisma.engagement.findUniqueOrThrow({ where: { id: missionEngagement.id } });
    expect(e.status).toBe("ended");
    for (const p of [sponsor, missionCoach]) {
      const mails = await mailsTo(p, "person-left-partner");
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain(`${APP_URL}/missions/${mission.id}`);
    }
  });

  it("tells every programme admin what ended, in their language", async () => {
    const [en] = await mailsTo(admin, "person-left-admin");
    expect(en.subject).toBe("Departure: Lina Leaver has left the organisation");
    expect(en.text).toContain("recorded by the identity provider (SCIM)");
    expect(en.text).toContain(
      "1 request, 1 cohort place (1 seat offered to the waiting list), 2 engagements, 1 mission",
    );
    expect(en.text).toContain(`${APP_URL}/admin/people/${leaver.id}`);
    const [fr] = await mailsTo(adminFr, "person-left-admin");
    expect(fr.subject).toBe("Départ : Lina Leaver a quitté l'organisation");
  });

  it("writes one person.leave audit row with the counts", async () => {
    const rows = await prisma.auditLog.findMany({ where: { action: "person.leave", targetId: leaver.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: null,
      data: {
        via: "scim",
        sessionsEnded: 2,
        requestsWithdrawn: 1,
        placesReleased: 1,
        seatsOffered: 1,
        engagementsEnded: 2,
        missionsStopped: 1,
      },
    });
  });

  it("keeps the history: the person, their engagements, requests and places are all still there", async () => {
    expect(await prisma.engagement.count({ where: { seekerId: leaver.id } })).toBe(2);
    expect(await prisma.matchRequest.count({ where: { seekerId: leaver.id } })).toBe(1);
    expect(await prisma.cohortEnrolment.count({ where: { userId: leaver.id } })).toBe(2);
    expect(await prisma.engagementSession.count({ where: { engagementId: engagement.id } })).toBe(2);
  });

  it("does nothing the second time", async () => {
    const audits = await prisma.auditLog.count();
    const mails = await prisma.outboxEmail.count();
    expect(await recordDeparture(prisma, { personId: leaver.id, via: "import", actorId: null })).toEqual({
      alreadyLeft: true,
    });
    expect(await prisma.auditLog.count()).toBe(audits);
    expect(await prisma.outboxEmail.count()).toBe(mails);
  });

  it("an admin re-enabling them clears the departure but does not bring the engagements back", async () => {
    await setPersonDisabled(prisma, admin, { userId: leaver.id, disabled: false });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: leaver.id } });
    expect(row.leftAt).toBeNull();
    expect(row.disabledAt).toBeNull();
    expect((await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } })).status).toBe("ended");
    expect((await prisma.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("stopped");
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "person.enable", targetId: leaver.id } });
    expect(entry.data).toMatchObject({ wasLeft: true });
  });
});

describe("a coach who leaves", async () => {
  const leaving = await make.coach({ name: "Leo Leaving" });
  const next = await make.coach({ name: "Nora Next" });
  const seeker = await make.person({ roles: ["client"], name: "Sara Seeker", preferredLanguage: "fr" });
  const later = await make.person({ roles: ["client"], name: "Lou Later" });
  const client = await make.person({ roles: ["client"], name: "Cleo Client" });
  const asking = await make.request({
    programmeId: coaching.id,
    seekerId: seeker.id,
    choices: [
      { profileId: leaving.profileId, status: "pending", askedAt: new Date(), dueAt: new Date(Date.now() + DAY) },
      next.profileId,
    ],
  });
  const waitingFor = await make.request({
    programmeId: coaching.id,
    seekerId: later.id,
    choices: [
      { profileId: next.profileId, status: "pending", askedAt: new Date(), dueAt: new Date(Date.now() + DAY) },
      leaving.profileId,
    ],
  });
  const engagement = await make.engagement({
    programmeId: coaching.id,
    profileId: leaving.profileId,
    seekerId: client.id,
  });

  await recordDeparture(prisma, { personId: leaving.id, via: "admin", actorId: admin.id });

  it("moves the seeker who asked them on to their next choice, with the reason", async () => {
    const choices = await prisma.matchRequestChoice.findMany({
      where: { requestId: asking.id },
      orderBy: { rank: "asc" },
    });
    expect(choices.map((c) => c.status)).toEqual(["declined", "pending"]);
    expect(await mailsTo(next, "coach-request-asked")).toHaveLength(1);
    const [moved] = await mailsTo(seeker, "coach-request-moved-on");
    expect(moved.text).toContain(DEPARTURE_END_REASON);
  });

  it("is never asked by a request that had them as a later choice", async () => {
    const choices = await prisma.matchRequestChoice.findMany({
      where: { requestId: waitingFor.id },
      orderBy: { rank: "asc" },
    });
    expect(choices.map((c) => c.status)).toEqual(["pending", "declined"]);
  });

  it("leaves the directory, ends their engagement, and tells their client", async () => {
    expect(await prisma.matchingProfile.count({ where: { id: leaving.profileId, ...LISTED_PROFILE } })).toBe(0);
    expect(await prisma.matchingProfile.count({ where: { id: leaving.profileId } })).toBe(1);
    const e = await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    expect(e).toMatchObject({ status: "ended", endedById: admin.id, endReason: DEPARTURE_END_REASON });
    expect(await mailsTo(client, "person-left-partner")).toHaveLength(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "person.leave", targetId: leaving.id } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { via: "admin", choicesDeclined: 2, engagementsEnded: 1 } });
  });
});

describe("departures in a caller's transaction", () => {
  it("is written with the caller's changes, and undone with them", async () => {
    const p = await make.person({ roles: ["client"] });
    await expect(
      prisma.$transaction(async (tx) => {
        await recordDeparture(tx, { personId: p.id, via: "import", actorId: null });
        throw new Error("the import failed further on");
      }),
    ).rejects.toThrow("the import failed further on");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: p.id } })).leftAt).toBeNull();
    await prisma.$transaction((tx) => recordDeparture(tx, { personId: p.id, via: "import", actorId: null }));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: p.id } })).leftAt).toBeInstanceOf(Date);
  });

  it("tells nobody when the person took part in nothing", async () => {
    const p: Person = await make.person({ roles: ["client"] });
    const mails = await prisma.outboxEmail.count();
    await recordDeparture(prisma, { personId: p.id, via: "import", actorId: null });
    expect(await prisma.outboxEmail.count()).toBe(mails);
  });

  it("refuses an unknown person", async () => {
    expect(await refusal(recordDeparture(prisma, { personId: "nobody", via: "scim", actorId: null }))).toBe("notFound");
  });

  it("keeps a cohort whose dates are past untouched when the place was already withdrawn", async () => {
    const c = await make.cohort({ programmeId: coaching.id, seats: 1, enrolmentClosesOn: dayFromToday(-1) });
    const p = await make.person({ roles: ["client"] });
    const e = await make.enrol({ cohortId: c.id, userId: p.id, role: "client", status: "withdrawn" });
    await recordDeparture(prisma, { personId: p.id, via: "scim", actorId: null });
    expect((await prisma.cohortEnrolment.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("withdrawn");
  });
});
