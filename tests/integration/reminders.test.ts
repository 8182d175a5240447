// Session reminders (24 hours before) and nudges (after an agreed session nobody marked): who gets
// them, in which language, once only — also with two job tickers running at once. Runs on PGlite
// and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where the tickers really overlap).
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { Locale, SessionStatus } from "@/lib/generated/prisma/enums";
import { setUpApp } from "../support/app";
import type { Person } from "../support/factories";

const APP_URL = "https://binome.example.org";
const HOUR = 3_600_000;
const db = await setUpApp({ appUrl: APP_URL });
const { prisma, make } = db;
const { sendSessionReminders } = await import("@/lib/server/sessions/send-session-reminders");
const { nudgeUnmarkedSessions } = await import("@/lib/server/sessions/nudge-unmarked-sessions");
const { runJobsOnce } = await import("@/lib/server/jobs");
const programmeId = (
  await make.programme({ slug: "peer-coaching", nameEn: "Peer coaching", nameFr: "Coaching entre pairs" })
).id;

/** A client, or a coach with an approved profile. */
const person = (options: {
  name: string;
  locale?: Locale;
  timeZone?: string;
  coach?: boolean;
  disabled?: boolean;
}): Promise<Person> => {
  const who = {
    name: options.name,
    preferredLanguage: options.locale ?? "en",
    timeZone: options.timeZone ?? "UTC",
    disabled: options.disabled,
  };
  return options.coach ? make.coach({ ...who, capacity: 3 }) : make.person({ ...who, roles: ["client"] });
};

type SessionSpec = {
  status: SessionStatus;
  startsAt?: Date | null;
  location?: string | null;
  durationMinutes?: number;
};
async function engagement(
  coach: Person,
  client: Person,
  sessions: SessionSpec[],
  status: "active" | "ended" | "completed" = "active",
) {
  const profile = await prisma.matchingProfile.findUniqueOrThrow({
    where: { userId_kind: { userId: coach.id, kind: "coach" } },
  });
  const e = await make.engagement({
    programmeId,
    profileId: profile.id,
    seekerId: client.id,
    status,
    sessions: sessions.map((s) => ({
      status: s.status,
      suggestedAt: s.startsAt ?? new Date(),
      startsAt: s.startsAt ?? null,
      durationMinutes: s.durationMinutes ?? 45,
      location: s.location ?? null,
      timeZone: "Europe/Zurich",
      completedAt: s.status === "completed" ? s.startsAt : null,
    })),
  });
  return { id: e.id, sessions: e.sessions.map((s) => s.id) };
}

const mails = (to: string, kind?: string) =>
  prisma.outboxEmail.findMany({ where: { to, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
const row = (id: string) => prisma.engagementSession.findUniqueOrThrow({ where: { id } });

describe("the reminder 24 hours before a session", () => {
  it("goes once to both participants, in each one's language and time zone, and says when an evaluation is missing", async () => {
    const now = new Date("2031-03-10T12:00:00Z");
    const carlos = await person({ name: "Carlos Mendes", coach: true, locale: "fr", timeZone: "Europe/Zurich" });
    const amina = await person({ name: "Amina Diallo", timeZone: "America/New_York" });
    const e = await engagement(carlos, amina, [
      { status: "completed", startsAt: new Date("2031-03-01T14:00:00Z") },
      {
        status: "scheduled",
        startsAt: new Date("2031-03-11T08:00:00Z"),
        location: "https://meet.example.org/carlos-amina",
      },
      { status: "scheduled", startsAt: new Date("2031-03-11T12:30:00Z") }, // 24.5 hours away: not yet
      { status: "planned" },
    ]);
    // Carlos evaluated session 1, Amina did not.
    await prisma.sessionFeedback.create({
      data: { sessionId: e.sessions[0], authorId: carlos.id, usefulness: 5, helped: [] },
    });

    expect(await sendSessionReminders(prisma, now)).toEqual({ reminded: 1 });
    expect((await row(e.sessions[1])).reminderSentAt).toEqual(now);
    expect((await row(e.sessions[2])).reminderSentAt).toBeNull();

    const [forAmina, ...moreAmina] = await mails(amina.email, "session-reminder");
    expect(moreAmina).toEqual([]);
    expect(forAmina.subject).toBe("Reminder: session 2 with Carlos Mendes");
    expect(forAmina.text).toContain("Hello Amina Diallo,");
    expect(forAmina.text).toContain("Tuesday, 11 March 2031 at 04:00"); // 08:00 UTC in New York
    expect(forAmina.text).toContain("https://meet.example.org/carlos-amina");
    expect(forAmina.text).toContain("You have not evaluated session 1, Introduction meeting, yet");
    expect(forAmina.text).toContain(`${APP_URL}/engagements/${e.id}`);

    const [forCarlos, ...moreCarlos] = await mails(carlos.email, "session-reminder");
    expect(moreCarlos).toEqual([]);
    expect(forCarlos.subject).toBe("Rappel : séance 2 avec Amina Diallo");
    expect(forCarlos.text).toContain("mardi 11 mars 2031 à 09:00"); // Zurich
    expect(forCarlos.text).not.toContain("pas encore évalué");

    // The next tick sends nothing more; a day later the third session's turn comes.
    expect(await sendSessionReminders(prisma, new Date(now.getTime() + 60_000))).toEqual({ reminded: 0 });
    expect(await mails(amina.email, "session-reminder")).toHaveLength(1);
    expect(await sendSessionReminders(prisma, new Date(now.getTime() + HOUR))).toEqual({ reminded: 1 });
    expect((await mails(amina.email, "session-reminder")).at(-1)!.text).toContain("You have not evaluated session 1");
    expect(await prisma.auditLog.count({ where: { action: "session.remind", targetId: { in: e.sessions } } })).toBe(2);
  });

  it("is not sent for a proposed, completed or cancelled session, nor in an engagement that ended, nor to a disabled person", async () => {
    const now = new Date("2031-04-10T12:00:00Z");
    const soon = new Date(now.getTime() + 3 * HOUR);
    const coach = await person({ name: "Coach", coach: true });
    const client = await person({ name: "Client" });
    await engagement(coach, client, [
      { status: "proposed", startsAt: soon },
      { status: "completed", startsAt: soon },
      { status: "cancelled", startsAt: soon },
    ]);
    const ended = await engagement(
      coach,
      await person({ name: "Gone" }),
      [{ status: "scheduled", startsAt: soon }],
      "ended",
    );
    const gone = await person({ name: "Disabled", disabled: true });
    const e = await engagement(coach, gone, [{ status: "scheduled", startsAt: soon }]);

    expect(await sendSessionReminders(prisma, now)).toEqual({ reminded: 1 });
    expect((await row(ended.sessions[0])).reminderSentAt).toBeNull();
    expect((await row(e.sessions[0])).reminderSentAt).toEqual(now);
    expect(await mails(gone.email)).toEqual([]);
    expect(await mails(coach.email, "session-reminder")).toHaveLength(1);
    expect(await mails(client.email)).toEqual([]);
  });

  it("goes again for the new time of a session moved after its reminder", async () => {
    const now = new Date("2031-08-10T12:00:00Z");
    const coach = await person({ name: "Mover", coach: true });
    const client = await person({ name: "Moved" });
    const e = await engagement(coach, client, [{ status: "scheduled", startsAt: new Date(now.getTime() + 10 * HOUR) }]);
    expect(await sendSessionReminders(prisma, now)).toEqual({ reminded: 1 });
    // Moved three days later (as accepting a new time does), then the new time's window opens.
    await prisma.engagementSession.update({
      where: { id: e.sessions[0] },
      data: { startsAt: new Date(now.getTime() + 82 * HOUR) },
    });
    expect(await sendSessionReminders(prisma, new Date(now.getTime() + HOUR))).toEqual({ reminded: 0 });
    expect(await sendSessionReminders(prisma, new Date(now.getTime() + 60 * HOUR))).toEqual({ reminded: 1 });
    expect(await sendSessionReminders(prisma, new Date(now.getTime() + 61 * HOUR))).toEqual({ reminded: 0 });
    expect(await mails(client.email, "session-reminder")).toHaveLength(2);
  });
});

describe("the nudge after a session nobody marked", () => {
  it("asks both participants once, an hour after the session's end, to mark it completed or missed", async () => {
    const now = new Date("2031-05-10T12:00:00Z");
    const coach = await person({ name: "Coach N", coach: true, locale: "fr" });
    const client = await person({ name: "Client N" });
    const e = await engagement(coach, client, [
      { status: "scheduled", startsAt: new Date("2031-05-10T10:00:00Z") }, // ended 10:45: nudge
      { status: "scheduled", startsAt: new Date("2031-05-10T10:30:00Z") }, // ends 11:15: not an hour yet
      { status: "completed", startsAt: new Date("2031-05-09T10:00:00Z") },
      { status: "scheduled", startsAt: new Date("2031-04-20T10:00:00Z") }, // three weeks ago: left alone
    ]);
    expect(await nudgeUnmarkedSessions(prisma, now)).toEqual({ nudged: 1 });
    expect((await row(e.sessions[0])).nudgedAt).toEqual(now);
    expect((await row(e.sessions[1])).nudgedAt).toBeNull();
    expect((await row(e.sessions[3])).nudgedAt).toBeNull();
    const [toClient] = await mails(client.email, "session-nudge");
    expect(toClient.subject).toBe("Session 1 with Coach N: did it take place?");
    expect(toClient.text).toContain(`${APP_URL}/engagements/${e.id}`);
    const [toCoach] = await mails(coach.email, "session-nudge");
    expect(toCoach.subject).toBe("Séance 1 avec Client N : a-t-elle eu lieu ?");

    expect(await nudgeUnmarkedSessions(prisma, new Date(now.getTime() + 20 * 60_000))).toEqual({ nudged: 1 }); // the second session's turn
    expect(await nudgeUnmarkedSessions(prisma, new Date(now.getTime() + 2 * HOUR))).toEqual({ nudged: 0 });
    expect(await mails(client.email, "session-nudge")).toHaveLength(2);
  });
});

describe("two job tickers at once", () => {
  it("send each reminder and each nudge exactly once", async () => {
    const now = new Date("2031-06-10T12:00:00Z");
    const coach = await person({ name: "Busy coach", coach: true });
    const ids: { remind: string[]; nudge: string[] } = { remind: [], nudge: [] };
    for (let i = 0; i < 8; i++) {
      const e = await engagement(coach, await person({ name: `Client ${i}` }), [
        { status: "scheduled", startsAt: new Date(now.getTime() - 3 * HOUR + i * 60_000) },
        { status: "scheduled", startsAt: new Date(now.getTime() + 5 * HOUR + i * 60_000) },
      ]);
      ids.nudge.push(e.sessions[0]);
      ids.remind.push(e.sessions[1]);
    }
    // Two tickers, each on its own connection on PostgreSQL (PGlite runs one session: there they
    // take turns on one connection, and only PostgreSQL proves the claim under a real race).
    const clients = Array.from({ length: db.kind === "postgresql" ? 2 : 1 }, () =>
      createPrismaClient(db.url, { max: 1 }),
    );
    const [a, b] = [clients[0], clients.at(-1)!];
    try {
      await Promise.all(clients.map((c) => c.$queryRaw`select 1`));
      const [ra, rb] = await Promise.all([sendSessionReminders(a, now), sendSessionReminders(b, now)]);
      expect(ra.reminded + rb.reminded).toBe(8);
      const [na, nb] = await Promise.all([nudgeUnmarkedSessions(a, now), nudgeUnmarkedSessions(b, now)]);
      expect(na.nudged + nb.nudged).toBe(8);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
    // One reminder and one nudge per session, to each of its two participants.
    expect(await mails(coach.email, "session-reminder")).toHaveLength(8);
    expect(await mails(coach.email, "session-nudge")).toHaveLength(8);
    expect(await prisma.auditLog.count({ where: { action: "session.remind", targetId: { in: ids.remind } } })).toBe(8);
    expect(await prisma.auditLog.count({ where: { action: "session.nudge", targetId: { in: ids.nudge } } })).toBe(8);
  });

  it("the minute ticker of the server runs them", async () => {
    const now = new Date("2031-07-10T12:00:00Z");
    const coach = await person({ name: "Ticker coach", coach: true });
    const client = await person({ name: "Ticker client" });
    const e = await engagement(coach, client, [
      { status: "scheduled", startsAt: new Date(now.getTime() - 2 * HOUR) },
      { status: "scheduled", startsAt: new Date(now.getTime() + 2 * HOUR) },
    ]);
    await runJobsOnce(now);
    expect((await row(e.sessions[0])).nudgedAt).toEqual(now);
    expect((await row(e.sessions[1])).reminderSentAt).toEqual(now);
    expect((await mails(client.email)).map((m) => m.kind).sort()).toEqual(["session-nudge", "session-reminder"]);
  });
});
