// Sessions of an engagement: the plan made when an engagement starts, proposing and accepting times
// (with the calendar invitation e-mailed to both), rescheduling and cancelling, marking sessions
// completed (and the engagement with them), private notes and checklists — and that nobody but the
// engagement's two people can see or change any of it. Runs on PGlite and, when TEST_DATABASE_URL is
// set, on a PostgreSQL server (where the race between two proposals is real).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import type { Role } from "@/lib/domain/roles";
import type { Locale } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/server/errors";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";
import type { Person, ProfileHolder } from "../support/factories";

const APP_URL = "https://binome.example.org";
const db = await setUpApp({ appUrl: APP_URL });
const { prisma, make, inParallel } = db;
const { createSessionPlan } = await import("@/lib/server/sessions/create-session-plan");
const { proposeSessionTime } = await import("@/lib/server/sessions/propose-session-time");
const { acceptSessionTime } = await import("@/lib/server/sessions/accept-session-time");
const { cancelSession } = await import("@/lib/server/sessions/cancel-session");
const { markSessionsCompleted } = await import("@/lib/server/sessions/mark-sessions-completed");
const { markSessionMissed } = await import("@/lib/server/sessions/mark-session-missed");
const { saveSessionNote } = await import("@/lib/server/sessions/save-session-note");
const { setChecklistTick } = await import("@/lib/server/sessions/set-checklist-tick");
const { loadEngagementPage } = await import("@/lib/server/sessions/load-engagement-page");
const { loadSessionIcs } = await import("@/lib/server/sessions/load-session-ics");
const { loadEngagementProgress } = await import("@/lib/server/sessions/load-engagement-progress");
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { acceptMatchRequest } = await import("@/lib/server/requests/accept-match-request");
const { endEngagement } = await import("@/lib/server/engagements/end-engagement");
const { kickOutbox } = await import("@/lib/server/outbox-worker");

type Actor = Person;
type Pair = {
  coach: ProfileHolder;
  client: Actor;
  engagementId: string;
  sessions: { id: string; position: number; stepKey: string }[];
};
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const programmes: Record<"coaching" | "mentoring", string> = {
  coaching: (
    await make.programme({
      slug: "peer-coaching",
      type: "coaching",
      sessionPlan: "coaching",
      nameEn: "Peer coaching",
      nameFr: "Coaching entre pairs",
    })
  ).id,
  mentoring: (
    await make.programme({
      slug: "mentoring",
      type: "mentoring",
      sessionPlan: "mentoring",
      nameEn: "Mentoring",
      nameFr: "Mentorat",
    })
  ).id,
};
const cohortId = (
  await make.cohort({
    programmeId: programmes.coaching,
    slug: "now",
    nameEn: "Now",
    nameFr: "Maintenant",
    startsOn: day("2025-01-01"),
    endsOn: day("2030-06-30"),
    enrolmentOpensOn: day("2024-12-01"),
    enrolmentClosesOn: day("2030-01-01"),
    seats: 500,
    status: "running",
  })
).id;

const person = (role: Role, o: { timeZone?: string; language?: Locale; name?: string } = {}): Promise<Actor> =>
  make.person({ roles: [role], name: o.name, preferredLanguage: o.language ?? "en", timeZone: o.timeZone ?? "UTC" });

/** A person with the role (coach unless told) and a coach profile (approved unless told), capacity 3. */
const coachOf = (
  o: { timeZone?: string; language?: Locale; name?: string; role?: Role; status?: "approved" | "draft" } = {},
): Promise<ProfileHolder> =>
  make.coach({
    roles: [o.role ?? "coach"],
    name: o.name,
    preferredLanguage: o.language ?? "en",
    timeZone: o.timeZone ?? "UTC",
    status: o.status ?? "approved",
    capacity: 3,
  });

/** An active engagement whose plan is made by createSessionPlan, as when a coach accepts. */
async function pair(
  o: {
    plan?: "coaching" | "mentoring";
    coach?: Pair["coach"];
    coachZone?: string;
    clientZone?: string;
    coachLanguage?: Locale;
    clientLanguage?: Locale;
    startedAt?: Date;
  } = {},
): Promise<Pair> {
  const coach =
    o.coach ??
    (await coachOf({
      timeZone: o.coachZone ?? "Europe/Zurich",
      language: o.coachLanguage ?? "fr",
      name: "Carlos Mendes",
    }));
  const client = await person(o.plan === "mentoring" ? "mentee" : "client", {
    timeZone: o.clientZone ?? "America/New_York",
    language: o.clientLanguage ?? "en",
    name: "Amina Diallo",
  });
  const engagement = await make.engagement({
    programmeId: programmes[o.plan ?? "coaching"],
    cohortId,
    profileId: coach.profileId,
    seekerId: client.id,
    startedAt: o.startedAt ?? new Date(),
  });
  await prisma.$transaction((tx) => createSessionPlan(tx, engagement.id, coach.id));
  const sessions = await prisma.engagementSession.findMany({
    where: { engagementId: engagement.id },
    orderBy: { position: "asc" },
    select: { id: true, position: true, stepKey: true },
  });
  return { coach, client, engagementId: engagement.id, sessions };
}

const DAY = 86_400_000;
/** A whole hour some days from now (UTC). */
function inDays(days: number, hourUtc = 9): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}
const video = { mode: "video" as const, location: "https://meet.example.org/room-42" };
/** Proposes `at` as the proposer types it: their wall-clock time in their own zone. */
const propose = (
  who: Actor,
  sessionId: string,
  at: Date,
  extra: Partial<{ timeZone: string; mode: "video" | "in_person" | "phone"; location: string }> = {},
  client: Db = prisma,
) =>
  proposeSessionTime(client, who, {
    sessionId,
    startsAtLocal: instantToLocalTime(at, extra.timeZone ?? who.timeZone),
    timeZone: who.timeZone,
    ...video,
    ...extra,
  });
/** Makes a session's agreed time lie in the past, as if the days had gone by. */
const timePasses = (sessionId: string, startsAt = new Date(Date.now() - 2 * 3_600_000)) =>
  prisma.engagementSession.update({ where: { id: sessionId }, data: { startsAt } });
const session = (id: string) => prisma.engagementSession.findUniqueOrThrow({ where: { id } });
const emailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
type Attachment = { filename: string; contentType: string; content: string };
const attachmentsOf = (e: { attachments: unknown }) => (e.attachments ?? []) as Attachment[];

function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const z of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(z));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { method: calendar.getFirstPropertyValue("method"), event: new ICAL.Event(vevent), vevent };
}

/** Everything a refused change could have touched. */
async function snapshot(engagementId: string) {
  return {
    sessions: await prisma.engagementSession.findMany({ where: { engagementId }, orderBy: { position: "asc" } }),
    engagement: await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } }),
    notes: await prisma.sessionNote.findMany({ where: { session: { engagementId } }, orderBy: { id: "asc" } }),
    ticks: await prisma.sessionChecklistTick.count({ where: { session: { engagementId } } }),
    audit: await prisma.auditLog.count(),
    emails: await prisma.outboxEmail.count(),
  };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the change should have been refused").toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe("the session plan", () => {
  it("is made when a coach accepts a request: an introduction within two weeks, then five monthly sessions, in the coach's zone", async () => {
    const carlos = await coachOf({ timeZone: "Europe/Zurich" });
    const amina = await person("client");
    await make.enrol({ cohortId, userId: amina.id, role: "client", status: "enrolled" });
    const { requestId } = await requestMatch(prisma, amina, {
      profileIds: [carlos.profileId],
      message: "Leading a new team.",
    });
    const choice = await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId } });
    const started = new Date("2026-11-23T08:00:00Z");
    const { engagementId } = await acceptMatchRequest(prisma, carlos, { choiceId: choice.id }, started);

    const sessions = await prisma.engagementSession.findMany({ where: { engagementId }, orderBy: { position: "asc" } });
    expect(sessions.map((s) => [s.position, s.stepKey, s.status, s.durationMinutes])).toEqual([
      [1, "coaching.intro", "planned", 45],
      [2, "coaching.session-1", "planned", 45],
      [3, "coaching.session-2", "planned", 45],
      [4, "coaching.session-3", "planned", 45],
      [5, "coaching.session-4", "planned", 45],
      [6, "coaching.session-5", "planned", 45],
    ]);
    // Midday in Geneva: 11:00 UTC in winter.
    expect(sessions[0].suggestedAt.toISOString()).toBe("2026-12-07T11:00:00.000Z");
    expect(sessions[1].suggestedAt.toISOString()).toBe("2027-01-07T11:00:00.000Z");
    expect(await prisma.auditLog.count({ where: { action: "session.plan", targetId: engagementId } })).toBe(1);
  });

  it("a mentoring engagement gets the nine themed sessions, every two weeks", async () => {
    const p = await pair({ plan: "mentoring" });
    expect(p.sessions.map((s) => s.stepKey)).toEqual([
      "mentoring.getting-to-know",
      "mentoring.setting-goals",
      "mentoring.problem-solving",
      "mentoring.leadership",
      "mentoring.networking",
      "mentoring.review",
      "mentoring.peer-feedback",
      "mentoring.reversing-roles",
      "mentoring.job-shadowing",
    ]);
  });

  it("is made once, even when asked for twice at the same time", async () => {
    const p = await pair();
    const results = await Promise.all([
      prisma.$transaction((tx) => createSessionPlan(tx, p.engagementId)),
      prisma.$transaction((tx) => createSessionPlan(tx, p.engagementId)),
    ]);
    expect(results).toEqual([0, 0]);
    expect(await prisma.engagementSession.count({ where: { engagementId: p.engagementId } })).toBe(6);
  });

  it("an engagement created without a plan gets it when one of its people opens it", async () => {
    const carlos = await coachOf();
    const amina = await person("client");
    const e = await make.engagement({
      programmeId: programmes.coaching,
      profileId: carlos.profileId,
      seekerId: amina.id,
    });
    const view = await loadEngagementPage(prisma, amina, e.id);
    expect(view.sessions).toHaveLength(6);
    expect(view.progress).toEqual({ completed: 0, total: 6 });
  });
});

describe("proposing and accepting a time", () => {
  it("the coach proposes, the client accepts: both get the invitation in their own language and zone, same UID and SEQUENCE", async () => {
    const p = await pair({
      coachZone: "Europe/Zurich",
      coachLanguage: "fr",
      clientZone: "America/New_York",
      clientLanguage: "en",
    });
    const intro = p.sessions[0].id;
    const at = inDays(10, 9); // 10:00 in Geneva, 04:00 in New York
    await propose(p.coach, intro, at);
    expect(await session(intro)).toMatchObject({
      status: "proposed",
      startsAt: at,
      timeZone: "Europe/Zurich",
      mode: "video",
      proposedById: p.coach.id,
      icsSequence: 0,
    });
    const [proposal] = await emailsTo(p.client.email);
    expect(proposal.subject).toContain(en.sessionPlans.coaching.intro.title);
    expect(proposal.text).toContain("(America/New York)");
    expect(attachmentsOf(proposal)).toEqual([]);

    await acceptSessionTime(prisma, p.client, { sessionId: intro });
    expect(await session(intro)).toMatchObject({ status: "scheduled", icsSequence: 0 });
    const toClient = (await emailsTo(p.client.email)).at(-1)!;
    const toCoach = (await emailsTo(p.coach.email)).at(-1)!;
    expect(toClient.kind).toBe("session-scheduled");
    expect(toCoach.kind).toBe("session-scheduled");
    expect(toCoach.subject).toContain(fr.sessionPlans.coaching.intro.title);

    const [clientIcs] = attachmentsOf(toClient);
    const [coachIcs] = attachmentsOf(toCoach);
    expect(clientIcs.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    const a = parseIcs(clientIcs.content);
    const c = parseIcs(coachIcs.content);
    expect(a.method).toBe("REQUEST");
    expect(a.event.uid).toBe(`${intro}@binome`);
    expect(c.event.uid).toBe(a.event.uid);
    expect([a.event.sequence, c.event.sequence]).toEqual([0, 0]);
    expect(a.vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Zurich");
    expect(a.event.startDate.toJSDate().getTime()).toBe(at.getTime());
    expect(a.event.summary).toContain(en.sessionPlans.coaching.intro.title);
    expect(c.event.summary).toContain(fr.sessionPlans.coaching.intro.title);
    expect(a.event.description).toContain(`${APP_URL}/engagements/${p.engagementId}`);

    // Delivered: the .eml carries the invitation as a method=REQUEST part.
    await kickOutbox();
    const files = readdirSync(db.outboxDir).filter((f) => f.endsWith(`${toClient.id}.eml`));
    expect(files).toHaveLength(1);
    expect(readFileSync(path.join(db.outboxDir, files[0]), "utf8")).toMatch(
      /Content-Type: text\/calendar; charset=utf-8; method=REQUEST/,
    );

    // The page offers the same event to download.
    const download = await loadSessionIcs(prisma, p.client, {
      engagementId: p.engagementId,
      sessionId: intro,
      locale: "en",
    });
    expect(parseIcs(download.content).event.uid).toBe(a.event.uid);
    expect(download.filename).toBe("binome-session-1.ics");
  });

  it("the client may propose too; a counter-proposal goes back to the first person; nobody accepts their own proposal", async () => {
    const p = await pair();
    const s = p.sessions[0].id;
    await propose(p.client, s, inDays(5));
    const before = await snapshot(p.engagementId);
    expect(await refusal(acceptSessionTime(prisma, p.client, { sessionId: s }))).toBe("sessionCannotAcceptOwnProposal");
    expect(await snapshot(p.engagementId)).toEqual(before);

    await propose(p.coach, s, inDays(6), { mode: "in_person", location: "Palais des Nations, E-3042" });
    expect(await session(s)).toMatchObject({
      status: "proposed",
      proposedById: p.coach.id,
      mode: "in_person",
      location: "Palais des Nations, E-3042",
    });
    expect(await refusal(acceptSessionTime(prisma, p.coach, { sessionId: s }))).toBe("sessionCannotAcceptOwnProposal");
    await acceptSessionTime(prisma, p.client, { sessionId: s });
    expect((await session(s)).status).toBe("scheduled");
  });

  it("refuses a time in the past or years ahead, an unknown time zone, a missing or bad link, and changes nothing", async () => {
    const p = await pair();
    const s = p.sessions[0].id;
    const before = await snapshot(p.engagementId);
    expect(await refusal(propose(p.coach, s, new Date(Date.now() - DAY)))).toBe("sessionTimeInPast");
    expect(
      await refusal(
        proposeSessionTime(prisma, p.coach, {
          sessionId: s,
          startsAtLocal: "2030-01-10T10:00",
          timeZone: "Mars/Olympus",
          ...video,
        }),
      ),
    ).toBe("sessionTimeZoneUnknown");
    expect(
      await refusal(
        proposeSessionTime(prisma, p.coach, {
          sessionId: s,
          startsAtLocal: "2030-01-10T10:00",
          timeZone: "+01:00",
          ...video,
        }),
      ),
    ).toBe("sessionTimeZoneUnknown");
    expect(
      await refusal(
        proposeSessionTime(prisma, p.coach, {
          sessionId: s,
          startsAtLocal: "2030-03-31T02:30",
          timeZone: "Europe/Zurich",
          ...video,
        }),
      ),
    ).toBe("sessionTimeInvalid");
    // A typo for the year: refused, not agreed and mailed.
    expect(
      await refusal(
        proposeSessionTime(prisma, p.coach, {
          sessionId: s,
          startsAtLocal: "9999-12-31T10:00",
          timeZone: "Europe/Zurich",
          ...video,
        }),
      ),
    ).toBe("sessionTimeTooFar");
    expect(await refusal(propose(p.coach, s, inDays(3), { mode: "video", location: "" }))).toBe("sessionLinkRequired");
    expect(await refusal(propose(p.coach, s, inDays(3), { mode: "video", location: "javascript:alert(1)" }))).toBe(
      "sessionLinkInvalid",
    );
    expect(await refusal(propose(p.coach, s, inDays(3), { mode: "in_person", location: " " }))).toBe(
      "sessionPlaceRequired",
    );
    expect(await snapshot(p.engagementId)).toEqual(before);
  });

  it("refuses a time that overlaps another session of the same coach, in any of their engagements", async () => {
    const first = await pair();
    const second = await pair({ coach: first.coach });
    const at = inDays(8, 14);
    await propose(first.coach, first.sessions[0].id, at);
    await acceptSessionTime(prisma, first.client, { sessionId: first.sessions[0].id });
    const before = await snapshot(second.engagementId);
    // Half an hour later overlaps the 45 minutes; the other client proposing does not change that.
    expect(await refusal(propose(second.client, second.sessions[0].id, new Date(at.getTime() + 30 * 60_000)))).toBe(
      "sessionOverlap",
    );
    expect(await refusal(propose(first.coach, first.sessions[1].id, new Date(at.getTime() - 15 * 60_000)))).toBe(
      "sessionOverlap",
    );
    expect(await snapshot(second.engagementId)).toEqual(before);
    // Back to back is fine.
    await propose(second.client, second.sessions[0].id, new Date(at.getTime() + 45 * 60_000));
    expect((await session(second.sessions[0].id)).status).toBe("proposed");
    // Another coach's sessions never get in the way.
    const other = await pair();
    await propose(other.coach, other.sessions[0].id, at);
  });

  it(`two proposals for the same slot of one coach made at once: exactly one is kept (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, async () => {
    const coach = await coachOf({ timeZone: "Europe/Zurich" });
    const pairs: Pair[] = [];
    for (let i = 0; i < 6; i++) pairs.push(await pair({ coach }));
    const at = inDays(20, 13);
    const results = await inParallel(
      pairs.map(
        (p, i) => (c: Db) => propose(p.client, p.sessions[0].id, new Date(at.getTime() + i * 5 * 60_000), {}, c),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as DomainError).code).toBe("sessionOverlap");
    const proposed = await prisma.engagementSession.count({
      where: { engagement: { profileId: coach.profileId }, status: "proposed" },
    });
    expect(proposed).toBe(1);
  });
});

describe("changing and cancelling an agreed time", () => {
  it("a new time keeps the agreed one visible until accepted; the update carries SEQUENCE 1", async () => {
    const p = await pair();
    const s = p.sessions[0].id;
    const first = inDays(4, 9);
    await propose(p.coach, s, first);
    await acceptSessionTime(prisma, p.client, { sessionId: s });
    const moved = inDays(5, 15);
    await propose(p.client, s, moved);
    expect(await session(s)).toMatchObject({ status: "proposed", startsAt: moved, icsSequence: 1 });
    const coachView = await loadEngagementPage(prisma, p.coach, p.engagementId);
    expect(coachView.sessions[0].previousAgreed?.startsAt.getTime()).toBe(first.getTime());
    expect((await emailsTo(p.coach.email)).at(-1)!.kind).toBe("session-proposed");

    await acceptSessionTime(prisma, p.coach, { sessionId: s });
    const update = (await emailsTo(p.client.email)).at(-1)!;
    const ics = parseIcs(attachmentsOf(update)[0].content);
    expect(ics.method).toBe("REQUEST");
    expect(ics.event.uid).toBe(`${s}@binome`);
    expect(ics.event.sequence).toBe(1);
    expect(ics.event.startDate.toJSDate().getTime()).toBe(moved.getTime());
  });

  it("cancelling an agreed session sends METHOD:CANCEL with a higher SEQUENCE to both; it can be planned again", async () => {
    const p = await pair();
    const s = p.sessions[1].id;
    await propose(p.client, s, inDays(9));
    await acceptSessionTime(prisma, p.coach, { sessionId: s });
    await cancelSession(prisma, p.coach, { sessionId: s });
    expect(await session(s)).toMatchObject({ status: "cancelled", icsSequence: 1 });
    for (const who of [p.coach, p.client]) {
      const email = (await emailsTo(who.email)).at(-1)!;
      expect(email.kind).toBe("session-cancelled");
      const [file] = attachmentsOf(email);
      expect(file.contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
      const ics = parseIcs(file.content);
      expect(ics.method).toBe("CANCEL");
      expect(ics.event.uid).toBe(`${s}@binome`);
      expect(ics.event.sequence).toBe(1);
      expect(ics.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
      // The page's download now gives the same cancellation, not a 404 nor the old invitation.
      const download = await loadSessionIcs(prisma, who, { engagementId: p.engagementId, sessionId: s, locale: "fr" });
      expect(download).toMatchObject({ method: "CANCEL", filename: "binome-session-2-cancelled.ics" });
      const downloaded = parseIcs(download.content);
      expect([downloaded.method, downloaded.event.uid, downloaded.event.sequence]).toEqual([
        "CANCEL",
        `${s}@binome`,
        1,
      ]);
      expect(downloaded.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(downloaded.event.startDate.toJSDate().getTime()).toBe(ics.event.startDate.toJSDate().getTime());
    }
    await propose(p.coach, s, inDays(12));
    await acceptSessionTime(prisma, p.client, { sessionId: s });
    expect(parseIcs(attachmentsOf((await emailsTo(p.client.email)).at(-1)!)[0].content).event.sequence).toBe(2);
    const again = await loadSessionIcs(prisma, p.client, { engagementId: p.engagementId, sessionId: s, locale: "en" });
    expect([again.method, parseIcs(again.content).event.sequence]).toEqual(["REQUEST", 2]);
  });

  it("withdrawing a first proposal sends no calendar cancellation, only a word to the other person", async () => {
    const p = await pair();
    const s = p.sessions[0].id;
    await propose(p.coach, s, inDays(3));
    await cancelSession(prisma, p.coach, { sessionId: s });
    const email = (await emailsTo(p.client.email)).at(-1)!;
    expect(email.kind).toBe("session-proposal-withdrawn");
    expect(attachmentsOf(email)).toEqual([]);
    expect((await emailsTo(p.coach.email)).filter((e) => e.kind === "session-cancelled")).toEqual([]);
    // Never in anyone's calendar: there is no file to download.
    expect(
      await refusal(loadSessionIcs(prisma, p.client, { engagementId: p.engagementId, sessionId: s, locale: "en" })),
    ).toBe("sessionNotScheduled");
  });

  it("an agreed session whose time passed can be noted as missed, then planned again", async () => {
    const p = await pair();
    const s = p.sessions[0].id;
    await propose(p.coach, s, inDays(2));
    await acceptSessionTime(prisma, p.client, { sessionId: s });
    expect(await refusal(markSessionMissed(prisma, p.client, { sessionId: s }))).toBe("sessionNotStarted");
    await timePasses(s);
    await markSessionMissed(prisma, p.client, { sessionId: s });
    expect((await session(s)).status).toBe("missed");
    await propose(p.coach, s, inDays(4));
    expect(await session(s)).toMatchObject({ status: "proposed", icsSequence: 1 });
  });
});

describe("marking sessions completed", () => {
  it("sessions held outside Binôme are marked directly, several at once; the other person is asked for their evaluation", async () => {
    const p = await pair();
    const [intro, first] = p.sessions;
    await markSessionsCompleted(prisma, p.client, { engagementId: p.engagementId, sessionIds: [intro.id, first.id] });
    for (const s of [intro, first])
      expect(await session(s.id)).toMatchObject({ status: "completed", completedById: p.client.id });
    expect((await session(intro.id)).completedAt).not.toBeNull();
    const email = (await emailsTo(p.coach.email)).at(-1)!;
    expect(email.kind).toBe("sessions-completed");
    expect(email.text).toContain(fr.sessionPlans.coaching.intro.title);
    const view = await loadEngagementPage(prisma, p.coach, p.engagementId);
    expect(view.progress).toEqual({ completed: 2, total: 6 });
    expect((await loadEngagementProgress(prisma, [p.engagementId])).get(p.engagementId)).toMatchObject({
      completed: 2,
      total: 6,
      next: { position: 3 },
    });
  });

  it("a session whose time is still to come cannot be marked; if one of the chosen cannot, none is", async () => {
    const p = await pair();
    const [intro, first] = p.sessions;
    await propose(p.coach, intro.id, inDays(3));
    await acceptSessionTime(prisma, p.client, { sessionId: intro.id });
    const before = await snapshot(p.engagementId);
    expect(
      await refusal(
        markSessionsCompleted(prisma, p.coach, { engagementId: p.engagementId, sessionIds: [first.id, intro.id] }),
      ),
    ).toBe("sessionNotStarted");
    expect(await snapshot(p.engagementId)).toEqual(before);
    // Once the meeting has started, it can.
    await timePasses(intro.id);
    await markSessionsCompleted(prisma, p.coach, { engagementId: p.engagementId, sessionIds: [intro.id] });
    expect((await session(intro.id)).status).toBe("completed");
    // Completed is final.
    expect(
      await refusal(markSessionsCompleted(prisma, p.coach, { engagementId: p.engagementId, sessionIds: [intro.id] })),
    ).toBe("sessionTransitionNotAllowed");
    expect(await refusal(propose(p.coach, intro.id, inDays(6)))).toBe("sessionTransitionNotAllowed");
  });

  it("when every session is completed the engagement is completed, both are told, and nothing changes any more", async () => {
    const p = await pair();
    await markSessionsCompleted(prisma, p.coach, {
      engagementId: p.engagementId,
      sessionIds: p.sessions.slice(0, 5).map((s) => s.id),
    });
    expect((await prisma.engagement.findUniqueOrThrow({ where: { id: p.engagementId } })).status).toBe("active");
    await markSessionsCompleted(prisma, p.client, { engagementId: p.engagementId, sessionIds: [p.sessions[5].id] });
    const engagement = await prisma.engagement.findUniqueOrThrow({ where: { id: p.engagementId } });
    expect(engagement.status).toBe("completed");
    expect(engagement.completedAt).not.toBeNull();
    expect(engagement.endedAt).toEqual(engagement.completedAt);
    for (const who of [p.coach, p.client])
      expect((await emailsTo(who.email)).at(-1)!.kind).toBe("engagement-completed");
    expect((await emailsTo(p.coach.email)).at(-1)!.subject).toContain("Coaching entre pairs");
    const view = await loadEngagementPage(prisma, p.client, p.engagementId);
    expect(view).toMatchObject({ status: "completed", progress: { completed: 6, total: 6 } });
    expect(view.sessions.every((s) => !s.canComplete)).toBe(true);
  });

  it("ending an engagement early cancels its sessions to come, and removes the agreed ones from both calendars", async () => {
    const p = await pair();
    const [intro, first, second] = p.sessions;
    await propose(p.coach, intro.id, inDays(3));
    await acceptSessionTime(prisma, p.client, { sessionId: intro.id });
    await propose(p.client, first.id, inDays(30));
    await endEngagement(prisma, p.client, { engagementId: p.engagementId, reason: "A new post leaves me no time." });
    expect(await session(intro.id)).toMatchObject({ status: "cancelled", icsSequence: 1 });
    expect((await session(first.id)).status).toBe("cancelled");
    expect((await session(second.id)).status).toBe("planned");
    for (const who of [p.coach, p.client]) {
      const cancellations = (await emailsTo(who.email)).filter((e) => e.kind === "session-cancelled");
      expect(cancellations).toHaveLength(1);
      const ics = parseIcs(attachmentsOf(cancellations[0])[0].content);
      expect([ics.method, ics.event.uid, ics.event.sequence]).toEqual(["CANCEL", `${intro.id}@binome`, 1]);
    }
  });

  it("nothing can change in an engagement that was ended early", async () => {
    const p = await pair();
    await prisma.engagement.update({ where: { id: p.engagementId }, data: { status: "ended", endedAt: new Date() } });
    const before = await snapshot(p.engagementId);
    expect(await refusal(propose(p.coach, p.sessions[0].id, inDays(3)))).toBe("engagementNotActive");
    expect(
      await refusal(
        markSessionsCompleted(prisma, p.client, { engagementId: p.engagementId, sessionIds: [p.sessions[0].id] }),
      ),
    ).toBe("engagementNotActive");
    expect(await snapshot(p.engagementId)).toEqual(before);
  });
});

describe("who may see and change sessions", () => {
  it("nobody but the engagement's two people: not another coach, client, HR or an admin — and they learn nothing", async () => {
    const p = await pair();
    const s = p.sessions[0].id;
    await propose(p.coach, s, inDays(3));
    await saveSessionNote(prisma, p.coach, { sessionId: s, body: "Amina seems anxious about her new team." });
    const strangers = [
      await coachOf(),
      await person("client"),
      await person("hr_reviewer"),
      await person("programme_admin"),
      await person("mentor"),
    ];
    const before = await snapshot(p.engagementId);
    for (const who of strangers) {
      // Everyone may hold engagements of their own (networking conversations), so the permission
      // check passes and the ownership check refuses: "not found", as for any session not theirs.
      const expected = ["sessionNotFound"];
      expect(expected).toContain(await refusal(loadEngagementPage(prisma, who, p.engagementId)));
      expect(expected).toContain(await refusal(acceptSessionTime(prisma, who, { sessionId: s })));
      expect(expected).toContain(await refusal(propose(who, s, inDays(4))));
      expect(expected).toContain(await refusal(cancelSession(prisma, who, { sessionId: s })));
      expect(expected).toContain(
        await refusal(markSessionsCompleted(prisma, who, { engagementId: p.engagementId, sessionIds: [s] })),
      );
      expect(expected).toContain(await refusal(saveSessionNote(prisma, who, { sessionId: s, body: "x" })));
      expect(expected).toContain(
        await refusal(setChecklistTick(prisma, who, { sessionId: s, itemKey: "before.read-profile", ticked: true })),
      );
      expect(expected).toContain(
        await refusal(loadSessionIcs(prisma, who, { engagementId: p.engagementId, sessionId: s, locale: "en" })),
      );
    }
    expect(await snapshot(p.engagementId)).toEqual(before);
  });

  it("a session of someone else's engagement cannot be marked through one's own engagement", async () => {
    const mine = await pair();
    const theirs = await pair();
    const before = await snapshot(theirs.engagementId);
    expect(
      await refusal(
        markSessionsCompleted(prisma, mine.client, {
          engagementId: mine.engagementId,
          sessionIds: [mine.sessions[0].id, theirs.sessions[0].id],
        }),
      ),
    ).toBe("sessionNotFound");
    expect(await snapshot(theirs.engagementId)).toEqual(before);
    expect((await session(mine.sessions[0].id)).status).toBe("planned");
    expect(
      await refusal(
        loadSessionIcs(prisma, mine.client, {
          engagementId: mine.engagementId,
          sessionId: theirs.sessions[0].id,
          locale: "en",
        }),
      ),
    ).toBe("sessionNotFound");
  });

  it("private notes are read by their writer only, never by the other participant", async () => {
    const p = await pair();
    const s = p.sessions[0].id;
    await saveSessionNote(prisma, p.coach, { sessionId: s, body: "Coach's own reflections." });
    await saveSessionNote(prisma, p.client, { sessionId: s, body: "What I want to raise next time." });
    const coachView = await loadEngagementPage(prisma, p.coach, p.engagementId);
    const clientView = await loadEngagementPage(prisma, p.client, p.engagementId);
    expect(coachView.sessions[0].note).toBe("Coach's own reflections.");
    expect(clientView.sessions[0].note).toBe("What I want to raise next time.");
    expect(JSON.stringify(clientView)).not.toContain("Coach's own reflections.");
    expect(JSON.stringify(coachView)).not.toContain("What I want to raise next time.");
    // Editing changes one's own note; an empty text deletes it.
    await saveSessionNote(prisma, p.client, { sessionId: s, body: "   " });
    expect(await prisma.sessionNote.count({ where: { sessionId: s } })).toBe(1);
    expect((await loadEngagementPage(prisma, p.client, p.engagementId)).sessions[0].note).toBeNull();
    // The audit trail says a note changed, never what it says.
    const rows = await prisma.auditLog.findMany({ where: { targetId: s, action: { startsWith: "session.note" } } });
    expect(rows.length).toBe(3);
    expect(JSON.stringify(rows)).not.toContain("reflections");
  });

  it("each person ticks their own checklist; unknown items are refused", async () => {
    const p = await pair({ plan: "mentoring" });
    const s = p.sessions[0];
    const view = await loadEngagementPage(prisma, p.coach, p.engagementId);
    const items = view.sessions[0].checklist.flatMap((g) => g.items.map((i) => i.key));
    expect(items.length).toBeGreaterThan(2);
    await setChecklistTick(prisma, p.coach, { sessionId: s.id, itemKey: items[0], ticked: true });
    await setChecklistTick(prisma, p.coach, { sessionId: s.id, itemKey: items[1], ticked: true });
    await setChecklistTick(prisma, p.coach, { sessionId: s.id, itemKey: items[1], ticked: true }); // twice is once
    // The mentee ticks an item of their own list (tests/integration/mentee-checklist.test.ts has the rest).
    const own = (await loadEngagementPage(prisma, p.client, p.engagementId)).sessions[0].checklist[0].items[0].key;
    await setChecklistTick(prisma, p.client, { sessionId: s.id, itemKey: own, ticked: true });
    await setChecklistTick(prisma, p.coach, { sessionId: s.id, itemKey: items[1], ticked: false });
    const ticked = (v: Awaited<ReturnType<typeof loadEngagementPage>>) =>
      v.sessions[0].checklist.flatMap((g) => g.items.filter((i) => i.ticked).map((i) => i.key));
    expect(ticked(await loadEngagementPage(prisma, p.coach, p.engagementId))).toEqual([items[0]]);
    expect(ticked(await loadEngagementPage(prisma, p.client, p.engagementId))).toEqual([own]);
    const before = await snapshot(p.engagementId);
    expect(
      await refusal(
        setChecklistTick(prisma, p.coach, { sessionId: s.id, itemKey: "before.hack-the-planet", ticked: true }),
      ),
    ).toBe("checklistItemUnknown");
    expect(await snapshot(p.engagementId)).toEqual(before);
  });
});
