// Group coaching through its verbs and actions: a coach opens a group in a cohort of a programme
// offering it, clients of the cohort join (seats hold under races), the coach schedules a session
// (every member invited with a calendar file) and marks it held, each member gives their own
// evaluation; strangers are told the group does not exist. Runs on PGlite and, when
// TEST_DATABASE_URL is set, on a PostgreSQL server (where the race is real).
import { describe, expect, it } from "vitest";
import { FEEDBACK_MIN_ANSWERS } from "@/lib/domain/feedback";
import en from "@/messages/en.json";
import { refusal } from "../support/refusal";
import { setUpApp } from "../support/app";

const { prisma, make, signIn, inParallel } = await setUpApp({ requests: true });
const { createGroup } = await import("@/lib/server/groups/create-group");
const { joinGroup } = await import("@/lib/server/groups/join-group");
const { scheduleGroupSession } = await import("@/lib/server/groups/schedule-group-session");
const { markGroupSessionHeld } = await import("@/lib/server/groups/mark-group-session-held");
const { submitGroupFeedback } = await import("@/lib/server/groups/submit-group-feedback");
const { loadGroup } = await import("@/lib/server/groups/load-group");
const { loadGroups } = await import("@/lib/server/groups/load-groups");
const { submitGroupFeedbackAction } = await import("@/lib/actions/submit-group-feedback");
const { joinGroupAction } = await import("@/lib/actions/join-group");

const texts = { titleEn: "Leading change", titleFr: "Conduire le changement", descriptionEn: "-", descriptionFr: "-" };

async function setting(offersGroupCoaching = true, coachCapacity = 3) {
  const programme = await make.programme({ type: "coaching", offersGroupCoaching });
  const cohort = await make.cohort({ programmeId: programme.id });
  const coach = await make.coach({ capacity: coachCapacity });
  const client = () => make.person({ roles: ["client"], enrolIn: { cohortId: cohort.id, role: "client" } });
  return { programme, cohort, coach, client };
}

async function groupOf(capacity: number, members: number) {
  const s = await setting();
  const { groupId } = await createGroup(prisma, s.coach, {
    cohortId: s.cohort.id,
    capacity,
    ...texts,
    meetingUrl: null,
  });
  const people = [];
  for (let i = 0; i < members; i++) {
    const p = await s.client();
    await joinGroup(prisma, p, { groupId });
    people.push(p);
  }
  return { ...s, groupId, members: people };
}

/** When the tests schedule their sessions (of March 2030): within the two years a time may be set ahead. */
const SCHEDULED_ON = new Date("2030-01-01T00:00:00Z");

const sessionsOf = (groupId: string) =>
  prisma.coachingGroupSession.findMany({ where: { groupId }, orderBy: { position: "asc" } });

describe("opening a group", () => {
  it("an approved coach opens one in a cohort of a programme offering group coaching, with the whole plan", async () => {
    const s = await setting();
    const { groupId } = await createGroup(prisma, s.coach, {
      cohortId: s.cohort.id,
      capacity: 4,
      ...texts,
      meetingUrl: null,
    });
    const group = await prisma.coachingGroup.findUniqueOrThrow({ where: { id: groupId } });
    expect(group.status).toBe("forming");
    expect((await sessionsOf(groupId)).map((x) => x.stepKey)).toEqual([
      "group.opening",
      "group.session-2",
      "group.session-3",
      "group.session-4",
      "group.session-5",
      "group.closing",
    ]);
  });

  it("is refused where the programme does not offer it, to a non-coach, and past the coach's capacity", async () => {
    const off = await setting(false);
    expect(
      await refusal(
        createGroup(prisma, off.coach, { cohortId: off.cohort.id, capacity: 4, ...texts, meetingUrl: null }),
      ),
    ).toBe("groupCoachingNotOffered");
    const client = await off.client();
    expect(
      await refusal(createGroup(prisma, client, { cohortId: off.cohort.id, capacity: 4, ...texts, meetingUrl: null })),
    ).toBe("forbidden");
    const s = await setting(true, 1);
    await createGroup(prisma, s.coach, { cohortId: s.cohort.id, capacity: 4, ...texts, meetingUrl: null });
    // The group counts as one engagement: a coach of capacity 1 has no place left.
    expect(
      await refusal(createGroup(prisma, s.coach, { cohortId: s.cohort.id, capacity: 4, ...texts, meetingUrl: null })),
    ).toBe("groupCoachFull");
    const { countActiveEngagements } = await import("@/lib/server/engagements/count-active-engagements");
    expect(await countActiveEngagements(prisma, s.coach.profileId)).toBe(1);
  });
});

describe("joining a group", () => {
  it("the third member starts the group; clients of other cohorts and members of another group are refused", async () => {
    const g = await groupOf(4, 2);
    expect((await prisma.coachingGroup.findUniqueOrThrow({ where: { id: g.groupId } })).status).toBe("forming");
    const third = await g.client();
    expect(await joinGroup(prisma, third, { groupId: g.groupId })).toEqual({ members: 3, status: "running" });

    const outsider = await make.person({ roles: ["client"] });
    expect(await refusal(joinGroup(prisma, outsider, { groupId: g.groupId }))).toBe("groupNotEnrolled");
    expect(await refusal(joinGroup(prisma, third, { groupId: g.groupId }))).toBe("groupAlreadyMember");

    const { groupId: other } = await createGroup(prisma, (await make.coach()) as never, {
      cohortId: g.cohort.id,
      capacity: 4,
      ...texts,
      meetingUrl: null,
    });
    expect(await refusal(joinGroup(prisma, third, { groupId: other }))).toBe("groupAlreadyInAnother");
  });

  it("through the action, a refusal reads in the person's language", async () => {
    const g = await groupOf(3, 3);
    const late = await g.client();
    await signIn(late);
    expect(await joinGroupAction({ groupId: g.groupId })).toMatchObject({ ok: false, error: en.errors.groupFull });
  });

  it("eight clients at once for four seats: exactly four members", async () => {
    const s = await setting();
    const { groupId } = await createGroup(prisma, s.coach, {
      cohortId: s.cohort.id,
      capacity: 4,
      ...texts,
      meetingUrl: null,
    });
    const clients = await Promise.all(Array.from({ length: 8 }, () => s.client()));
    const results = await inParallel(clients.map((c) => (client) => joinGroup(client, c, { groupId })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r.reason as Error).message);
    expect(refused).toEqual(Array(4).fill("groupFull"));
    expect(await prisma.coachingGroupMember.count({ where: { groupId } })).toBe(4);
    expect((await prisma.coachingGroup.findUniqueOrThrow({ where: { id: groupId } })).status).toBe("running");
  });

  it("one client joining two groups of the cohort at once ends in one group", async () => {
    const s = await setting();
    const other = await make.coach();
    const a = await createGroup(prisma, s.coach, { cohortId: s.cohort.id, capacity: 4, ...texts, meetingUrl: null });
    const b = await createGroup(prisma, other, { cohortId: s.cohort.id, capacity: 4, ...texts, meetingUrl: null });
    const c = await s.client();
    const results = await inParallel(
      [a.groupId, b.groupId].map((groupId) => (client) => joinGroup(client, c, { groupId })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.coachingGroupMember.count({ where: { userId: c.id } })).toBe(1);
  });
});

describe("sessions and evaluations", () => {
  it("the coach schedules a session: every member and the coach get the invitation with its time zone", async () => {
    const g = await groupOf(4, 4);
    const [opening] = await sessionsOf(g.groupId);
    await scheduleGroupSession(
      prisma,
      g.coach,
      {
        groupId: g.groupId,
        sessionId: opening.id,
        startsAtLocal: "2030-03-05T14:00",
        timeZone: "Europe/Zurich",
      },
      SCHEDULED_ON,
    );
    const mails = await prisma.outboxEmail.findMany({ where: { kind: "group-session-scheduled" } });
    const to = new Set(mails.map((m) => m.to));
    for (const p of [g.coach, ...g.members]) expect(to.has(p.email)).toBe(true);
    const mine = mails.find((m) => m.to === g.members[0].email)!;
    const ics = (mine.attachments as { content: string }[])[0].content;
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain("DTSTART;TZID=Europe/Zurich:20300305T140000");
    for (const p of g.members) expect(ics).toContain(p.email);

    // The calendar feed of a member and of the coach carries the same event (UID and SEQUENCE); a stranger's does not.
    const { groupSessionFeedEvents } = await import("@/lib/server/calendar/group-session-feed-source");
    const context = { locale: "en" as const, timeZone: "UTC", now: SCHEDULED_ON };
    for (const p of [g.coach, g.members[1]]) {
      const events = await groupSessionFeedEvents(prisma, p.id, context);
      expect(events).toHaveLength(1);
      expect(ics).toContain(`UID:${events[0].uid}`);
      expect(events[0].startsAt.toISOString()).toBe("2030-03-05T13:00:00.000Z");
    }

    // Only the coach schedules: a member and a stranger are told it does not exist.
    const stranger = await make.coach();
    expect(await groupSessionFeedEvents(prisma, stranger.id, context)).toEqual([]);
    for (const who of [g.members[0], stranger])
      expect(
        await refusal(
          scheduleGroupSession(
            prisma,
            { ...who, roles: ["coach", "client"] },
            {
              groupId: g.groupId,
              sessionId: opening.id,
              startsAtLocal: "2030-03-05T15:00",
              timeZone: "UTC",
            },
            SCHEDULED_ON,
          ),
        ),
      ).toBe("notFound");
  });

  it("members each give their own evaluation; only the author reads it; the coach sees figures from five answers", async () => {
    const g = await groupOf(6, 5);
    const [opening] = await sessionsOf(g.groupId);
    const start = new Date("2030-03-05T13:00:00Z");
    await scheduleGroupSession(
      prisma,
      g.coach,
      { groupId: g.groupId, sessionId: opening.id, startsAtLocal: "2030-03-05T14:00", timeZone: "Europe/Zurich" },
      SCHEDULED_ON,
    );
    const after = new Date(start.getTime() + 100 * 60_000);
    const [first, second, ...rest] = g.members;
    const input = { groupId: g.groupId, sessionId: opening.id, usefulness: 4, comment: "Private thought" };
    expect(await refusal(submitGroupFeedback(prisma, first, input))).toBe("groupSessionNotHeld");
    await markGroupSessionHeld(prisma, g.coach, { groupId: g.groupId, sessionId: opening.id }, after);

    await submitGroupFeedback(prisma, first, input);
    expect(await refusal(submitGroupFeedback(prisma, first, input))).toBe("feedbackAlreadyGiven");

    // Strangers and the coach may not evaluate: the group does not exist for them.
    const stranger = await make.person({ roles: ["client"] });
    expect(await refusal(submitGroupFeedback(prisma, stranger, input))).toBe("notFound");
    await signIn(stranger);
    expect(await submitGroupFeedbackAction(input)).toMatchObject({ ok: false, error: en.errors.notFound });

    // The author reads their own; another member does not; the coach sees a count only.
    const mineView = await loadGroup(prisma, first, g.groupId);
    expect(mineView.sessions![0].ownFeedback).toEqual({ usefulness: 4, comment: "Private thought" });
    const otherView = await loadGroup(prisma, second, g.groupId);
    expect(otherView.sessions![0].ownFeedback).toBeNull();
    expect(JSON.stringify(otherView)).not.toContain("Private thought");
    let coachView = await loadGroup(prisma, g.coach, g.groupId);
    expect(coachView.sessions![0].summary).toEqual({ answers: 1, visible: false, averageUsefulness: null });
    expect(JSON.stringify(coachView)).not.toContain("Private thought");

    for (const m of [second, ...rest]) await submitGroupFeedback(prisma, m, { ...input, usefulness: 5, comment: null });
    coachView = await loadGroup(prisma, g.coach, g.groupId);
    expect(coachView.sessions![0].summary).toMatchObject({ answers: FEEDBACK_MIN_ANSWERS, visible: true });
    expect(coachView.sessions![0].summary!.averageUsefulness).toBe(4.8);
  });

  it("a client of the cohort who is not a member sees the public description only; anyone else, nothing", async () => {
    const g = await groupOf(4, 3);
    await prisma.coachingGroup.update({ where: { id: g.groupId }, data: { meetingUrl: "https://meet.example.org/x" } });
    const visitor = await g.client();
    const view = await loadGroup(prisma, visitor, g.groupId);
    expect(view.part).toBe("visitor");
    expect(view.sessions).toBeNull();
    expect(view.memberNames).toBeNull();
    expect(view.meetingUrl).toBeNull();
    expect(view.joinRefusal).toBeNull();
    const stranger = await make.person({ roles: ["client"] });
    expect(await refusal(loadGroup(prisma, stranger, g.groupId))).toBe("notFound");
    const list = await loadGroups(prisma, stranger);
    expect(list.offered).toHaveLength(0);
    const member = await loadGroup(prisma, g.members[0], g.groupId);
    expect(member.meetingUrl).toBe("https://meet.example.org/x");
    expect(member.memberNames).toHaveLength(3);
  });
});
