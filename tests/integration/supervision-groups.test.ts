// Group supervision sessions: supervisors named by programme admins, sessions scheduled with seats,
// coaches registering (seats taken under the session's row lock: a race proven on PostgreSQL),
// the invitation e-mailed, attendance recorded by the supervisor only after the start, and the
// coaches' supervision records, the cohort dashboard's figure and the coach's own view following.
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { DomainError } from "@/lib/server/errors";
import { setUpApp } from "../support/app";
import type { ProfileHolder } from "../support/factories";
import { refusal } from "../support/refusal";

const { prisma, make, inParallel } = await setUpApp({ appUrl: "https://binome.example.org" });
const { setSupervisor } = await import("@/lib/server/supervision/set-supervisor");
const { scheduleSupervisionSession } = await import("@/lib/server/supervision/schedule-supervision-session");
const { registerSupervisionSession } = await import("@/lib/server/supervision/register-supervision-session");
const { unregisterSupervisionSession } = await import("@/lib/server/supervision/unregister-supervision-session");
const { recordSupervisionAttendance } = await import("@/lib/server/supervision/record-supervision-attendance");
const { cancelSupervisionSession } = await import("@/lib/server/supervision/cancel-supervision-session");
const { loadSupervisionSession } = await import("@/lib/server/supervision/load-supervision-session");
const { listOpenSupervisionSessions } = await import("@/lib/server/supervision/list-open-supervision-sessions");
const { recordSupervision, deleteSupervisionRecord } = await import("@/lib/server/supervision/record-supervision");
const { loadOwnSupervision } = await import("@/lib/server/supervision/load-supervision");
const { measureSupervisionAttendance } = await import("@/lib/server/dashboard/measure-supervision-attendance");
const { supervisionFeedEvents } = await import("@/lib/server/calendar/supervision-feed-source");

// Scheduled on 1 December 2026; the session is on Thursday 10 December, 15:00 in Geneva (14:00 UTC).
const NOW = new Date("2026-12-01T09:00:00Z");
const STARTS = "2026-12-10T15:00";
const STARTED = new Date("2026-12-10T14:05:00Z");

const admin = () => make.person({ roles: ["programme_admin"] });

async function supervisor() {
  const s = await make.coach({ name: `Supervisor ${Math.random().toString(36).slice(2, 7)}` });
  await setSupervisor(prisma, await admin(), { coachProfileId: s.profileId, supervisor: true }, NOW);
  return s;
}

async function session(options: { seats?: number; lead?: ProfileHolder } = {}) {
  const lead = options.lead ?? (await supervisor());
  const { sessionId } = await scheduleSupervisionSession(
    prisma,
    await admin(),
    {
      supervisorProfileId: lead.profileId,
      startsAtLocal: STARTS,
      timeZone: "Europe/Zurich",
      durationMinutes: 90,
      seats: options.seats ?? 4,
      meetingLink: "https://meet.example.org/supervision",
      programmeId: null,
    },
    NOW,
  );
  return { sessionId, lead };
}

describe("naming supervisors", () => {
  it("lets a programme admin name an approved coach supervisor, once, with an audit row, and withdraw it", async () => {
    const a = await admin();
    const c = await make.coach();
    await setSupervisor(prisma, a, { coachProfileId: c.profileId, supervisor: true }, NOW);
    await setSupervisor(prisma, a, { coachProfileId: c.profileId, supervisor: true }, NOW);
    expect((await prisma.matchingProfile.findUniqueOrThrow({ where: { id: c.profileId } })).supervisorSince).toEqual(
      NOW,
    );
    expect(
      await prisma.auditLog.count({ where: { action: "supervision.supervisor.grant", targetId: c.profileId } }),
    ).toBe(1);
    await setSupervisor(prisma, a, { coachProfileId: c.profileId, supervisor: false }, NOW);
    expect((await prisma.matchingProfile.findUniqueOrThrow({ where: { id: c.profileId } })).supervisorSince).toBeNull();
  });

  it("refuses a coach not yet approved, and anyone but a programme admin", async () => {
    const pending = await make.coach({ status: "submitted" });
    expect(
      await refusal(setSupervisor(prisma, await admin(), { coachProfileId: pending.profileId, supervisor: true })),
    ).toBe("supervisorNotApprovedCoach");
    const c = await make.coach();
    expect(await refusal(setSupervisor(prisma, c, { coachProfileId: c.profileId, supervisor: true }))).toBe(
      "forbidden",
    );
  });
});

describe("scheduling a group supervision session", () => {
  it("schedules it in the zone given, led by a supervisor, with an audit row", async () => {
    const { sessionId, lead } = await session({ seats: 6 });
    const row = await prisma.supervisionSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect([row.startsAt.toISOString(), row.seats, row.status, row.supervisorUserId]).toEqual([
      "2026-12-10T14:00:00.000Z",
      6,
      "scheduled",
      lead.id,
    ]);
    expect(
      await prisma.auditLog.count({ where: { action: "supervision.session.schedule", targetId: sessionId } }),
    ).toBe(1);
  });

  it("refuses a coach who is not a supervisor as its lead, bad seats, a past time, and non-admins", async () => {
    const a = await admin();
    const plain = await make.coach();
    const base = {
      supervisorProfileId: plain.profileId,
      startsAtLocal: STARTS,
      timeZone: "Europe/Zurich",
      durationMinutes: 90,
      seats: 4,
      meetingLink: null,
      programmeId: null,
    };
    expect(await refusal(scheduleSupervisionSession(prisma, a, base, NOW))).toBe("supervisorNotNamed");
    const lead = await supervisor();
    const ok = { ...base, supervisorProfileId: lead.profileId };
    expect(await refusal(scheduleSupervisionSession(prisma, a, { ...ok, seats: 1 }, NOW))).toBe(
      "supervisionSeatsInvalid",
    );
    expect(
      await refusal(scheduleSupervisionSession(prisma, a, { ...ok, startsAtLocal: "2026-11-30T10:00" }, NOW)),
    ).toBe("sessionTimeInPast");
    expect(await refusal(scheduleSupervisionSession(prisma, a, { ...ok, timeZone: "Mars/Olympus" }, NOW))).toBe(
      "timeZoneInvalid",
    );
    expect(await refusal(scheduleSupervisionSession(prisma, lead, ok, NOW))).toBe("forbidden");
  });
});

describe("registering", () => {
  it("gives a coach a seat and e-mails the invitation with its calendar file; registering twice changes nothing", async () => {
    const { sessionId, lead } = await session();
    const c = await make.coach({ preferredLanguage: "fr", timeZone: "Europe/Paris" });
    await registerSupervisionSession(prisma, c, { sessionId }, NOW);
    await registerSupervisionSession(prisma, c, { sessionId }, NOW);
    expect(await prisma.supervisionRegistration.count({ where: { sessionId, cancelledAt: null } })).toBe(1);
    const mails = await prisma.outboxEmail.findMany({ where: { kind: "supervision-registered", to: c.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("Supervision de groupe");
    const [ics] = mails[0].attachments as { content: string; contentType: string }[];
    expect(ics.contentType).toContain("method=REQUEST");
    expect(ics.content).toContain(`UID:supervision-${sessionId}@binome`);
    expect(ics.content).toContain("DTSTART;TZID=Europe/Zurich:20261210T150000");
    expect(ics.content).toContain(lead.email);
    const view = await listOpenSupervisionSessions(prisma, c, NOW);
    expect(view.open.find((s) => s.id === sessionId)).toMatchObject({ registered: true, taken: 1, seats: 4 });
  });

  it("refuses a client, the session's own supervisor, and a session that has started; a seat given up is free again", async () => {
    const { sessionId, lead } = await session({ seats: 2 });
    const client = await make.person({ roles: ["client"] });
    expect(await refusal(registerSupervisionSession(prisma, client, { sessionId }, NOW))).toBe("forbidden");
    expect(await refusal(registerSupervisionSession(prisma, lead, { sessionId }, NOW))).toBe("supervisionOwnSession");
    const [a, b, c] = [await make.coach(), await make.coach(), await make.coach()];
    await registerSupervisionSession(prisma, a, { sessionId }, NOW);
    await registerSupervisionSession(prisma, b, { sessionId }, NOW);
    expect(await refusal(registerSupervisionSession(prisma, c, { sessionId }, NOW))).toBe("supervisionSessionFull");
    await unregisterSupervisionSession(prisma, a, { sessionId }, NOW);
    await registerSupervisionSession(prisma, c, { sessionId }, NOW);
    expect(await refusal(registerSupervisionSession(prisma, a, { sessionId }, STARTED))).toBe(
      "supervisionSessionStarted",
    );
    expect(await refusal(unregisterSupervisionSession(prisma, c, { sessionId }, STARTED))).toBe(
      "supervisionSessionStarted",
    );
  });

  it("gives exactly `seats` seats when more coaches than seats register at once; the others are told it is full", async () => {
    const { sessionId } = await session({ seats: 3 });
    const coaches = await Promise.all(Array.from({ length: 8 }, () => make.coach()));
    const results = await inParallel(
      coaches.map((c) => (client: Db) => registerSupervisionSession(client, c, { sessionId }, NOW)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as DomainError).code).toBe("supervisionSessionFull");
    expect(await prisma.supervisionRegistration.count({ where: { sessionId, cancelledAt: null } })).toBe(3);
  });

  it("refuses a seat in a cancelled session; the coaches who held one are e-mailed the cancellation", async () => {
    const { sessionId } = await session();
    const holder = await make.coach();
    await registerSupervisionSession(prisma, holder, { sessionId }, NOW);
    await cancelSupervisionSession(prisma, await admin(), { sessionId }, NOW);
    const [mail] = await prisma.outboxEmail.findMany({ where: { kind: "supervision-cancelled", to: holder.email } });
    expect((mail.attachments as { content: string }[])[0].content).toMatch(/METHOD:CANCEL[\s\S]*SEQUENCE:1/);
    expect(await refusal(registerSupervisionSession(prisma, await make.coach(), { sessionId }, NOW))).toBe(
      "supervisionSessionNotOpen",
    );
  });
});

describe("a coach not yet approved", () => {
  it("is offered no session and cannot take a seat", async () => {
    const { sessionId } = await session();
    const pending = await make.coach({ status: "submitted" });
    expect(await listOpenSupervisionSessions(prisma, pending, NOW)).toMatchObject({ mayRegister: false, open: [] });
    expect(await refusal(registerSupervisionSession(prisma, pending, { sessionId }, NOW))).toBe(
      "supervisionCoachesOnly",
    );
  });
});

describe("recording attendance", () => {
  it("is the session's supervisor's (or an admin's), after the start, and writes each coach's record of that day", async () => {
    const { sessionId, lead } = await session();
    const [a, b] = [await make.coach(), await make.coach()];
    await registerSupervisionSession(prisma, a, { sessionId }, NOW);
    await registerSupervisionSession(prisma, b, { sessionId }, NOW);
    // b had recorded the day themselves: the group session's record replaces it.
    await recordSupervision(prisma, b, { heldOn: "2026-12-10", supervisor: "Someone", attended: false }, STARTED);
    const attendance = [
      { coachProfileId: a.profileId, attended: true },
      { coachProfileId: b.profileId, attended: true },
    ];
    const other = await supervisor();
    expect(await refusal(recordSupervisionAttendance(prisma, other, { sessionId, attendance }, STARTED))).toBe(
      "notFound",
    );
    expect(await refusal(recordSupervisionAttendance(prisma, a, { sessionId, attendance }, STARTED))).toBe("notFound");
    expect(await refusal(loadSupervisionSession(prisma, other, sessionId, STARTED))).toBe("notFound");
    expect(await refusal(recordSupervisionAttendance(prisma, lead, { sessionId, attendance }, NOW))).toBe(
      "supervisionAttendanceTooEarly",
    );
    expect(
      await refusal(
        recordSupervisionAttendance(prisma, lead, { sessionId, attendance: attendance.slice(0, 1) }, STARTED),
      ),
    ).toBe("supervisionAttendanceIncomplete");

    await recordSupervisionAttendance(prisma, lead, { sessionId, attendance }, STARTED);
    const records = await prisma.supervisionRecord.findMany({
      where: { supervisionSessionId: sessionId },
      orderBy: { coachProfileId: "asc" },
    });
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect([r.heldOn.toISOString(), r.source, r.attended, r.supervisor]).toEqual([
        "2026-12-10T00:00:00.000Z",
        "group",
        true,
        lead.name,
      ]);
    }
    const page = await loadSupervisionSession(prisma, lead, sessionId, STARTED);
    expect([page.status, page.attended]).toEqual(["held", 2]);

    // An admin corrects b's answer; b cannot delete a record the supervisor wrote.
    await recordSupervisionAttendance(
      prisma,
      await admin(),
      { sessionId, attendance: [attendance[0], { coachProfileId: b.profileId, attended: false }] },
      STARTED,
    );
    const own = await loadOwnSupervision(prisma, b, new Date("2027-01-05T10:00:00Z"));
    expect(own.records[0]).toMatchObject({ source: "group", attended: false });
    expect(await refusal(deleteSupervisionRecord(prisma, b, { recordId: own.records[0].id }))).toBe("notFound");
    expect(
      await prisma.auditLog.count({ where: { action: "supervision.session.attendance", targetId: sessionId } }),
    ).toBe(2);
  });

  it("feeds the cohort dashboard's supervision figure", async () => {
    const programme = await make.programme();
    const cohort = await make.cohort({
      programmeId: programme.id,
      startsOn: new Date("2026-11-01T00:00:00Z"),
      endsOn: new Date("2027-06-30T00:00:00Z"),
    });
    const coach = await make.coach();
    const client = await make.person({ roles: ["client"] });
    await make.engagement({
      programmeId: programme.id,
      cohortId: cohort.id,
      profileId: coach.profileId,
      seekerId: client.id,
      startedAt: new Date("2026-11-03T10:00:00Z"),
    });
    const { sessionId, lead } = await session();
    await registerSupervisionSession(prisma, coach, { sessionId }, NOW);
    const measuredAt = new Date("2027-01-05T10:00:00Z");
    const before = await measureSupervisionAttendance(
      prisma,
      { cohortId: cohort.id, entity: null, station: null },
      cohort,
      measuredAt,
    );
    expect(before.months.find((m) => m.month === "2026-12")).toEqual({ month: "2026-12", due: 1, attended: 0 });
    await recordSupervisionAttendance(
      prisma,
      lead,
      { sessionId, attendance: [{ coachProfileId: coach.profileId, attended: true }] },
      STARTED,
    );
    const after = await measureSupervisionAttendance(
      prisma,
      { cohortId: cohort.id, entity: null, station: null },
      cohort,
      measuredAt,
    );
    expect(after.months.find((m) => m.month === "2026-12")).toEqual({ month: "2026-12", due: 1, attended: 1 });
    expect(after.attended).toBe(before.attended + 1);
  });
});

describe("the calendar feed", () => {
  it("holds the sessions a coach has a seat at and those a supervisor leads, with the invitation's UID", async () => {
    const { sessionId, lead } = await session();
    const c = await make.coach();
    const other = await make.coach();
    await registerSupervisionSession(prisma, c, { sessionId }, NOW);
    const context = { locale: "en" as const, timeZone: "UTC", now: NOW };
    const [mine] = await supervisionFeedEvents(prisma, c.id, context);
    expect(mine).toMatchObject({
      uid: `supervision-${sessionId}@binome`,
      startsAt: new Date("2026-12-10T14:00:00Z"),
      endsAt: new Date("2026-12-10T15:30:00Z"),
      summary: `Group supervision with ${lead.name}`,
      cancelled: false,
    });
    expect((await supervisionFeedEvents(prisma, lead.id, context)).map((e) => e.uid)).toEqual([mine.uid]);
    expect(await supervisionFeedEvents(prisma, other.id, context)).toEqual([]);
    await unregisterSupervisionSession(prisma, c, { sessionId }, NOW);
    expect(await supervisionFeedEvents(prisma, c.id, context)).toEqual([]);
  });
});
