// Availability and booking: a coach publishes weekly hours in their own zone, with days away; their
// client books one of the slots offered (scheduled at once with the invitation to both, or proposed
// when the coach confirms bookings); a slot is never booked twice, even by two clients at the same
// instant (real on the PostgreSQL server of TEST_DATABASE_URL, serialised on PGlite); strangers,
// coaches, slots not offered and completed sessions are refused. And a session held earlier than
// planned is marked held with its real time.
import { describe, expect, it } from "vitest";
import { dayIn } from "@/lib/domain/availability";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import { setUpApp } from "../support/app";
import type { Person, ProfileHolder } from "../support/factories";

const db = await setUpApp({ appUrl: "https://binome.example.org" });
const { prisma, make, inParallel } = db;
const { createSessionPlan } = await import("@/lib/server/sessions/create-session-plan");
const { saveAvailability } = await import("@/lib/server/availability/save-availability");
const { addDaysAway } = await import("@/lib/server/availability/add-days-away");
const { removeDaysAway } = await import("@/lib/server/availability/remove-days-away");
const { loadOwnAvailability } = await import("@/lib/server/availability/load-own-availability");
const { loadBookingOffer } = await import("@/lib/server/availability/load-booking-offer");
const { bookSessionSlot } = await import("@/lib/server/availability/book-session-slot");
const { acceptSessionTime } = await import("@/lib/server/sessions/accept-session-time");
const { markSessionsCompleted } = await import("@/lib/server/sessions/mark-sessions-completed");
const { sendSessionReminders } = await import("@/lib/server/sessions/send-session-reminders");

const programme = await make.programme({ type: "coaching", sessionPlan: "coaching" });
const video = { mode: "video" as const, location: "https://meet.example.org/room-7" };
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 12 * 60 }));

const coachOf = (): Promise<ProfileHolder> =>
  make.coach({ roles: ["coach"], timeZone: "Europe/Zurich", preferredLanguage: "fr", status: "approved", capacity: 3 });

async function pair(
  coach: ProfileHolder,
  clientZone = "Asia/Tokyo",
  startedAt = new Date(Date.now() - 30 * 86_400_000),
) {
  const client: Person = await make.person({ roles: ["client"], timeZone: clientZone, preferredLanguage: "en" });
  const engagement = await make.engagement({
    programmeId: programme.id,
    profileId: coach.profileId,
    seekerId: client.id,
    startedAt,
  });
  await prisma.$transaction((tx) => createSessionPlan(tx, engagement.id, coach.id));
  const sessions = await prisma.engagementSession.findMany({
    where: { engagementId: engagement.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return { client, engagementId: engagement.id, sessionIds: sessions.map((s) => s.id) };
}

async function offer(client: Person, engagementId: string, sessionId: string) {
  const o = await loadBookingOffer(prisma, client, engagementId);
  return o?.slots[sessionId] ?? [];
}

const emailsTo = (email: string) =>
  prisma.outboxEmail.findMany({ where: { to: email }, select: { subject: true, kind: true } });

describe("weekly hours and days away", () => {
  it("are saved in the coach's zone, days away hide their slots, and only the owner manages them", async () => {
    const coach = await coachOf();
    await saveAvailability(prisma, coach, {
      kind: "coach",
      timeZone: "Europe/Zurich",
      needsConfirmation: false,
      periods: EVERY_DAY,
    });
    const mine = await loadOwnAvailability(prisma, coach, "coach");
    expect(mine?.periods).toHaveLength(7);
    expect(mine?.timeZone).toBe("Europe/Zurich");

    const { client, engagementId, sessionIds } = await pair(coach);
    const before = await offer(client, engagementId, sessionIds[0]);
    expect(before.length).toBeGreaterThan(20);
    const firstDay = dayIn(new Date(before[0]), "Europe/Zurich").day;
    await addDaysAway(prisma, coach, { kind: "coach", firstDay, lastDay: firstDay, reason: "Leave" });
    const after = await offer(client, engagementId, sessionIds[0]);
    expect(after.some((s) => dayIn(new Date(s), "Europe/Zurich").day === firstDay)).toBe(false);

    // Someone else's days away are not found; a client may not publish hours.
    const away = (await loadOwnAvailability(prisma, coach, "coach"))!.daysAway[0];
    const other = await coachOf();
    await expect(removeDaysAway(prisma, other, { kind: "coach", id: away.id })).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(
      saveAvailability(prisma, client, { kind: "coach", timeZone: "UTC", needsConfirmation: false, periods: [] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      saveAvailability(prisma, coach, {
        kind: "coach",
        timeZone: "UTC",
        needsConfirmation: false,
        periods: [EVERY_DAY[0], { weekday: 1, startMinute: 600, endMinute: 800 }],
      }),
    ).rejects.toMatchObject({ code: "availabilityPeriodsOverlap" });
    await removeDaysAway(prisma, coach, { kind: "coach", id: away.id });
    expect(await prisma.auditLog.count({ where: { actorId: coach.id, action: { startsWith: "availability." } } })).toBe(
      3,
    );
  });

  it("offers nothing when the coach publishes no hours (the page then offers only a proposal)", async () => {
    const coach = await coachOf();
    const { client, engagementId } = await pair(coach);
    expect(await loadBookingOffer(prisma, client, engagementId)).toBeNull();
  });
});

describe("booking a slot", () => {
  it("schedules at once, with the invitation to both, in another zone", async () => {
    const coach = await coachOf();
    await saveAvailability(prisma, coach, {
      kind: "coach",
      timeZone: "Europe/Zurich",
      needsConfirmation: false,
      periods: EVERY_DAY,
    });
    const { client, engagementId, sessionIds } = await pair(coach, "Asia/Tokyo");
    const slots = await offer(client, engagementId, sessionIds[0]);
    // Every slot falls within the coach's hours in Geneva, whatever the client's zone; 09:00 there is
    // offered (the first slot may be later on the first day, 12 hours from now at the earliest).
    const inGeneva = slots.map((slot) => instantToLocalTime(new Date(slot), "Europe/Zurich").slice(11));
    expect(inGeneva.every((time) => time >= "09:00" && time < "12:00")).toBe(true);
    const nine = slots[inGeneva.indexOf("09:00")];
    expect(nine).toBeDefined();
    const result = await bookSessionSlot(prisma, client, { sessionId: sessionIds[0], startsAt: nine, ...video });
    expect(result.status).toBe("scheduled");
    const s = await prisma.engagementSession.findUniqueOrThrow({ where: { id: sessionIds[0] } });
    expect(s).toMatchObject({ status: "scheduled", timeZone: "Europe/Zurich", proposedById: client.id });
    expect(s.startsAt?.toISOString()).toBe(nine);
    expect((await emailsTo(client.email)).map((e) => e.kind)).toContain("session-scheduled");
    expect((await emailsTo(coach.email)).map((e) => e.kind)).toContain("session-scheduled");
    // The slot is gone for the next session.
    expect(await offer(client, engagementId, sessionIds[1])).not.toContain(nine);
  });

  it("waits for the coach's confirmation when they ask for it; the coach accepts as any proposed time", async () => {
    const coach = await coachOf();
    await saveAvailability(prisma, coach, {
      kind: "coach",
      timeZone: "UTC",
      needsConfirmation: true,
      periods: EVERY_DAY,
    });
    const { client, engagementId, sessionIds } = await pair(coach);
    const [slot] = await offer(client, engagementId, sessionIds[0]);
    const result = await bookSessionSlot(prisma, client, { sessionId: sessionIds[0], startsAt: slot, ...video });
    expect(result.status).toBe("proposed");
    expect((await emailsTo(coach.email)).map((e) => e.kind)).toContain("session-proposed");
    await acceptSessionTime(prisma, coach, { sessionId: sessionIds[0] });
    expect((await prisma.engagementSession.findUniqueOrThrow({ where: { id: sessionIds[0] } })).status).toBe(
      "scheduled",
    );
  });

  it("refuses a stranger, the coach, a slot not offered and a completed session", async () => {
    const coach = await coachOf();
    await saveAvailability(prisma, coach, {
      kind: "coach",
      timeZone: "UTC",
      needsConfirmation: false,
      periods: EVERY_DAY,
    });
    const { client, engagementId, sessionIds } = await pair(coach);
    const [slot] = await offer(client, engagementId, sessionIds[0]);
    const stranger = await make.person({ roles: ["client"] });
    const book = (who: Person, sessionId: string, startsAt: string) =>
      bookSessionSlot(prisma, who, { sessionId, startsAt, ...video });
    await expect(book(stranger, sessionIds[0], slot)).rejects.toMatchObject({ code: "sessionNotFound" });
    await expect(book(coach, sessionIds[0], slot)).rejects.toMatchObject({ code: "bookingClientOnly" });
    const offHours = new Date(new Date(slot).getTime() + 6 * 3_600_000).toISOString(); // 15:00 UTC
    await expect(book(client, sessionIds[0], offHours)).rejects.toMatchObject({ code: "bookingSlotUnavailable" });
    await expect(book(client, sessionIds[0], "not a date")).rejects.toMatchObject({ code: "bookingSlotRequired" });
    await markSessionsCompleted(prisma, client, { engagementId, sessionIds: [sessionIds[0]] });
    await expect(book(client, sessionIds[0], slot)).rejects.toMatchObject({ code: "sessionTransitionNotAllowed" });
    expect(await prisma.auditLog.count({ where: { action: "session.book", targetId: sessionIds[0] } })).toBe(0);
  });

  it("books one slot once when two clients of the coach take it at the same instant", async () => {
    const coach = await coachOf();
    await saveAvailability(prisma, coach, {
      kind: "coach",
      timeZone: "UTC",
      needsConfirmation: false,
      periods: EVERY_DAY,
    });
    const pairs = await Promise.all([pair(coach), pair(coach), pair(coach)]);
    const [slot] = await offer(pairs[0].client, pairs[0].engagementId, pairs[0].sessionIds[0]);
    const tries = pairs.flatMap((p) => [p, p]); // each client twice
    const results = await inParallel(
      tries.map(
        (p) => (client) => bookSessionSlot(client, p.client, { sessionId: p.sessionIds[0], startsAt: slot, ...video }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected")
        expect(["bookingSlotUnavailable", "sessionTransitionNotAllowed"]).toContain(
          (r.reason as { code?: string }).code,
        );
    const taken = await prisma.engagementSession.count({
      where: {
        startsAt: new Date(slot),
        engagement: { profileId: coach.profileId },
        status: { in: ["scheduled", "proposed"] },
      },
    });
    expect(taken).toBe(1);
  });
});

describe("a session held earlier than planned", () => {
  it("is marked held with its real time, and no reminder follows", async () => {
    const coach = await coachOf();
    await saveAvailability(prisma, coach, {
      kind: "coach",
      timeZone: "UTC",
      needsConfirmation: false,
      periods: EVERY_DAY,
    });
    const { client, engagementId, sessionIds } = await pair(coach, "UTC");
    const [slot] = await offer(client, engagementId, sessionIds[0]);
    await bookSessionSlot(prisma, client, { sessionId: sessionIds[0], startsAt: slot, ...video });
    const now = new Date();
    // Without the real time, a session to come cannot be marked held.
    await expect(
      markSessionsCompleted(prisma, client, { engagementId, sessionIds: [sessionIds[0]] }, now),
    ).rejects.toMatchObject({ code: "sessionNotStarted" });
    const future = instantToLocalTime(new Date(now.getTime() + 3_600_000), "UTC");
    await expect(
      markSessionsCompleted(
        prisma,
        client,
        { engagementId, sessionIds: [sessionIds[0]], heldAtLocal: future, timeZone: "UTC" },
        now,
      ),
    ).rejects.toMatchObject({ code: "sessionHeldInFuture" });
    const beforeStart = instantToLocalTime(new Date(now.getTime() - 60 * 86_400_000), "UTC");
    await expect(
      markSessionsCompleted(
        prisma,
        client,
        { engagementId, sessionIds: [sessionIds[0]], heldAtLocal: beforeStart, timeZone: "UTC" },
        now,
      ),
    ).rejects.toMatchObject({ code: "sessionHeldBeforeStart" });

    const heldAt = new Date(now.getTime() - 2 * 86_400_000);
    heldAt.setUTCSeconds(0, 0);
    await markSessionsCompleted(
      prisma,
      client,
      { engagementId, sessionIds: [sessionIds[0]], heldAtLocal: instantToLocalTime(heldAt, "UTC"), timeZone: "UTC" },
      now,
    );
    const s = await prisma.engagementSession.findUniqueOrThrow({ where: { id: sessionIds[0] } });
    expect(s.status).toBe("completed");
    expect(s.startsAt?.toISOString()).toBe(heldAt.toISOString());
    // The reminder job (24 hours before the planned time) finds nothing to send for it.
    await sendSessionReminders(prisma, new Date(new Date(slot).getTime() - 23 * 3_600_000));
    expect(
      (await prisma.engagementSession.findUniqueOrThrow({ where: { id: sessionIds[0] } })).reminderSentAt,
    ).toBeNull();
    // A later session cannot be said held before it.
    await bookSessionSlot(prisma, client, {
      sessionId: sessionIds[1],
      startsAt: (await offer(client, engagementId, sessionIds[1]))[0],
      ...video,
    });
    await expect(
      markSessionsCompleted(
        prisma,
        client,
        {
          engagementId,
          sessionIds: [sessionIds[1]],
          heldAtLocal: instantToLocalTime(new Date(heldAt.getTime() - 3_600_000), "UTC"),
          timeZone: "UTC",
        },
        now,
      ),
    ).rejects.toMatchObject({ code: "sessionHeldBeforePrevious" });
  });
});
