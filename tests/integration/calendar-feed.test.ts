// Meeting links and the personal calendar feed, through their verbs, actions and route, on a real
// database: both people's invitations carry the engagement's link; the feed (parsed with ical.js,
// as a calendar client reads it) holds a person's agreed and cancelled sessions and their mission
// meetings, the same events as the invitations; an unknown or replaced address gets nothing.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { sessionUid } from "@/lib/calendar/session-invitation";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";
import { dayFromToday } from "../support/factories";
import { refusal } from "../support/refusal";

const { prisma, make, signIn } = await setUpApp({ requests: true });
const { setMeetingLink } = await import("@/lib/server/engagements/set-meeting-link");
const { setMeetingLinkAction } = await import("@/lib/actions/set-meeting-link");
const { proposeSessionTime } = await import("@/lib/server/sessions/propose-session-time");
const { acceptSessionTime } = await import("@/lib/server/sessions/accept-session-time");
const { cancelSession } = await import("@/lib/server/sessions/cancel-session");
const { loadSessionIcs } = await import("@/lib/server/sessions/load-session-ics");
const { regenerateCalendarFeed } = await import("@/lib/server/calendar/regenerate-calendar-feed");
const { GET: feedRoute } = await import("@/app/calendar/[token]/route");

const TEAMS = "https://teams.example.org/l/meetup-join/carlos-amina";
const ZOOM = "https://zoom.example.org/j/81234567890";

/** A coaching engagement between a new coach and a new client, with its plan's first sessions planned. */
async function pair(clientOptions: { preferredLanguage?: "en" | "fr"; timeZone?: string } = {}) {
  const programme = await make.programme({ type: "coaching" });
  const coach = await make.coach({ timeZone: "Europe/Zurich" });
  const client = await make.person({ roles: ["client"], ...clientOptions });
  const engagement = await make.engagement({
    programmeId: programme.id,
    profileId: coach.profileId,
    seekerId: client.id,
    sessions: [{}, {}, {}, {}],
  });
  return { programme, coach, client, engagement, sessions: engagement.sessions };
}

/** A wall-clock time `days` from today at `hour`:00, as the proposal form sends it. */
const local = (days: number, hour: number) =>
  `${dayFromToday(days).toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;

async function agree(
  proposer: { id: string; roles: readonly string[] },
  accepter: { id: string; roles: readonly string[] },
  sessionId: string,
  days: number,
  location = "",
) {
  await proposeSessionTime(prisma, proposer as never, {
    sessionId,
    startsAtLocal: local(days, 10),
    timeZone: "Europe/Zurich",
    mode: "video",
    location,
  });
  await acceptSessionTime(prisma, accepter as never, { sessionId });
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((v) => ({ vevent: v, event: new ICAL.Event(v) }));
  const byUid = new Map(events.map((e) => [e.event.uid, e]));
  return { calendar, events, byUid };
}

const tokenOf = (address: string) => address.split("/calendar/")[1]!.replace(/\.ics$/, "");

async function fetchFeed(token: string) {
  const response = await feedRoute(new Request(`http://127.0.0.1/calendar/${token}.ics`), {
    params: Promise.resolve({ token: `${token}.ics` }),
  });
  return { response, text: await response.text() };
}

describe("the engagement's meeting link", () => {
  it("either person sets it; a video session without a link of its own then carries it in both invitations", async () => {
    const { coach, client, engagement, sessions } = await pair();
    expect(await setMeetingLink(prisma, client, { engagementId: engagement.id, meetingUrl: ` ${TEAMS} ` })).toEqual({
      meetingUrl: TEAMS,
    });
    expect(await prisma.auditLog.count({ where: { action: "engagement.meeting-link", targetId: engagement.id } })).toBe(
      1,
    );
    // No link of its own: accepted because the engagement has one.
    await agree(client, coach, sessions[0]!.id, 10);
    const mails = await prisma.outboxEmail.findMany({ where: { kind: "session-scheduled" } });
    const ours = mails.filter((m) => m.to === client.email || m.to === coach.email);
    expect(ours).toHaveLength(2);
    for (const mail of ours) {
      expect(mail.text).toContain(TEAMS);
      const [attachment] = mail.attachments as { content: string }[];
      const vevent = new ICAL.Component(ICAL.parse(attachment!.content)).getFirstSubcomponent("vevent")!;
      expect(vevent.getFirstPropertyValue("location")).toBe(TEAMS);
      expect(vevent.getFirstPropertyValue("url")).toBe(TEAMS);
    }
    // A session with a link of its own keeps it (the override).
    await agree(coach, client, sessions[1]!.id, 20, ZOOM);
    const own = await loadSessionIcs(prisma, client, {
      engagementId: engagement.id,
      sessionId: sessions[1]!.id,
      locale: "en",
    });
    expect(
      new ICAL.Component(ICAL.parse(own.content)).getFirstSubcomponent("vevent")!.getFirstPropertyValue("url"),
    ).toBe(ZOOM);
  });

  it("refuses anything but an https link, beside the field, in the person's language", async () => {
    const { client, engagement } = await pair({ preferredLanguage: "fr" });
    expect(
      await refusal(setMeetingLink(prisma, client, { engagementId: engagement.id, meetingUrl: "javascript:alert(1)" })),
    ).toBe("meetingUrlInvalid");
    await signIn(client);
    for (const meetingUrl of ["javascript:alert(1)", "http://zoom.example.org/j/1"]) {
      const result = await setMeetingLinkAction({ engagementId: engagement.id, meetingUrl });
      expect(result).toMatchObject({ ok: false, field: "meetingUrl", error: fr.errors.meetingUrlInvalid });
    }
    expect((await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } })).meetingUrl).toBeNull();
  });

  it("a stranger is told the engagement does not exist; an ended one cannot change", async () => {
    const { engagement } = await pair();
    const stranger = await make.person({ roles: ["client"] });
    expect(await refusal(setMeetingLink(prisma, stranger, { engagementId: engagement.id, meetingUrl: TEAMS }))).toBe(
      "notFound",
    );
    const ended = await pair();
    await prisma.engagement.update({
      where: { id: ended.engagement.id },
      data: { status: "ended", endedAt: new Date() },
    });
    expect(
      await refusal(setMeetingLink(prisma, ended.client, { engagementId: ended.engagement.id, meetingUrl: TEAMS })),
    ).toBe("engagementNotActive");
  });

  it("a video session needs a link when the engagement has none", async () => {
    const { client, sessions } = await pair();
    expect(
      await refusal(
        proposeSessionTime(prisma, client, {
          sessionId: sessions[0]!.id,
          startsAtLocal: local(5, 9),
          timeZone: "Europe/Zurich",
          mode: "video",
          location: "",
        }),
      ),
    ).toBe("sessionLinkRequired");
  });
});

describe("the personal calendar feed", () => {
  it("holds the person's agreed and cancelled sessions and their mission meetings, as their invitations", async () => {
    const { programme, coach, client, engagement, sessions } = await pair({ timeZone: "America/New_York" });
    await setMeetingLink(prisma, coach, { engagementId: engagement.id, meetingUrl: TEAMS });
    await agree(client, coach, sessions[0]!.id, 7);
    await agree(coach, client, sessions[1]!.id, 14, ZOOM);
    await agree(client, coach, sessions[2]!.id, 21);
    await cancelSession(prisma, client, { sessionId: sessions[2]!.id });
    // Session 4 is only planned: not in anyone's calendar.

    // A tripartite mission: the coachee meeting includes the client; the preliminary meeting does not.
    const sponsor = await make.person({ roles: ["sponsor"] });
    const mission = await make.mission({
      programmeId: programme.id,
      sponsorId: sponsor.id,
      coacheeId: client.id,
      coachProfileId: coach.profileId,
    });
    const meetingAt = new Date(dayFromToday(3).getTime() + 15 * 3_600_000);
    const coacheeMeeting = await prisma.missionMilestone.create({
      data: { missionId: mission.id, kind: "coachee_meeting", status: "scheduled", scheduledAt: meetingAt },
    });
    const preliminary = await prisma.missionMilestone.create({
      data: { missionId: mission.id, kind: "preliminary_meeting", status: "scheduled", scheduledAt: meetingAt },
    });
    await prisma.missionMilestone.create({ data: { missionId: mission.id, kind: "follow_up" } });

    // Someone else's engagement: never in this feed.
    const other = await pair();
    await setMeetingLink(prisma, other.client, { engagementId: other.engagement.id, meetingUrl: TEAMS });
    await agree(other.client, other.coach, other.sessions[0]!.id, 8);

    const made = await regenerateCalendarFeed(prisma, client);
    expect(made.webcal).toBe(made.https.replace(/^https?:/, "webcal:"));
    const token = tokenOf(made.https);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: client.id } });
    expect(stored.calendarFeedTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.calendarFeedTokenHash).not.toContain(token);

    const { response, text } = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    const { calendar, events, byUid } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBeNull();
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("America/New_York");
    expect(events.map((e) => e.event.uid).sort()).toEqual(
      [
        sessionUid(sessions[0]!.id),
        sessionUid(sessions[1]!.id),
        sessionUid(sessions[2]!.id),
        `milestone-${coacheeMeeting.id}@binome`,
      ].sort(),
    );
    expect(byUid.has(`milestone-${preliminary.id}@binome`)).toBe(false);

    // The agreed session: same UID, SEQUENCE and time as its invitation; the engagement's link.
    const first = byUid.get(sessionUid(sessions[0]!.id))!;
    const invitation = await loadSessionIcs(prisma, client, {
      engagementId: engagement.id,
      sessionId: sessions[0]!.id,
      locale: "en",
    });
    const invited = new ICAL.Event(new ICAL.Component(ICAL.parse(invitation.content)).getFirstSubcomponent("vevent")!);
    expect(first.event.uid).toBe(invited.uid);
    expect(first.event.sequence).toBe(invited.sequence);
    expect(first.event.startDate.toJSDate().getTime()).toBe(invited.startDate.toJSDate().getTime());
    expect(first.event.location).toBe(TEAMS);
    expect(first.vevent.getFirstPropertyValue("url")).toBe(TEAMS);
    expect(first.vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(first.event.startDate.zone?.tzid).toBe("UTC");

    // The session with its own link keeps it.
    expect(byUid.get(sessionUid(sessions[1]!.id))!.event.location).toBe(ZOOM);

    // The cancelled one: cancelled, at its agreed time, with the cancellation's SEQUENCE.
    const cancelled = byUid.get(sessionUid(sessions[2]!.id))!;
    const row = await prisma.engagementSession.findUniqueOrThrow({ where: { id: sessions[2]!.id } });
    expect(cancelled.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.event.sequence).toBe(row.icsSequence);
    expect(cancelled.event.startDate.toJSDate().toISOString().slice(0, 10)).toBe(local(21, 10).slice(0, 10));

    // The mission meeting, named in the person's language.
    const meeting = byUid.get(`milestone-${coacheeMeeting.id}@binome`)!;
    expect(meeting.event.summary).toContain(en.missions.milestones.coachee_meeting);
    expect(meeting.event.startDate.toJSDate().getTime()).toBe(meetingAt.getTime());

    // The sponsor's own feed has the preliminary meeting, not the coachee's.
    const sponsorFeed = parse((await fetchFeed(tokenOf((await regenerateCalendarFeed(prisma, sponsor)).https))).text);
    expect([...sponsorFeed.byUid.keys()]).toEqual([`milestone-${preliminary.id}@binome`]);
  });

  it("is written in the person's language", async () => {
    const { coach, client, engagement, sessions } = await pair({ preferredLanguage: "fr" });
    await setMeetingLink(prisma, coach, { engagementId: engagement.id, meetingUrl: TEAMS });
    await agree(client, coach, sessions[0]!.id, 9);
    const { events } = parse((await fetchFeed(tokenOf((await regenerateCalendarFeed(prisma, client)).https))).text);
    expect(events).toHaveLength(1);
    expect(events[0]!.event.summary).toContain(" et ");
    expect(events[0]!.event.description).toContain(fr.meetingLink.email.replace("{url}", TEAMS));
  });

  it("answers 404 to an unknown token, a malformed one and a replaced one; the new address works", async () => {
    const { client } = await pair();
    const first = tokenOf((await regenerateCalendarFeed(prisma, client)).https);
    expect((await fetchFeed(first)).response.status).toBe(200);
    // Someone else's guess: well formed, unknown.
    expect((await fetchFeed("A".repeat(43))).response.status).toBe(404);
    expect((await fetchFeed("../../etc/passwd")).response.status).toBe(404);
    expect((await fetchFeed("")).response.status).toBe(404);

    const second = tokenOf((await regenerateCalendarFeed(prisma, client)).https);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).response.status).toBe(404);
    expect((await fetchFeed(second)).response.status).toBe(200);
    const audits = await prisma.auditLog.findMany({
      where: { action: "calendar-feed.regenerate", targetId: client.id },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => (a.data as { replaced: boolean }).replaced)).toEqual([false, true]);
  });

  it("answers 429 once an address was read FEED_READS_PER_HOUR times within the hour", async () => {
    const { FEED_READS_PER_HOUR } = await import("@/lib/server/calendar/load-calendar-feed");
    const { client } = await pair();
    const token = tokenOf((await regenerateCalendarFeed(prisma, client)).https);
    for (let i = 0; i < FEED_READS_PER_HOUR; i++) expect((await fetchFeed(token)).response.status).toBe(200);
    const { response } = await fetchFeed(token);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3600");
  });

  it("gives nothing for a disabled person", async () => {
    const { client } = await pair();
    const token = tokenOf((await regenerateCalendarFeed(prisma, client)).https);
    await prisma.user.update({ where: { id: client.id }, data: { disabledAt: new Date() } });
    expect((await fetchFeed(token)).response.status).toBe(404);
  });
});
