// Workshops through their verbs and actions: who may register (the audiences), seats then the
// waiting list under the workshop's row lock (eight people at once for three seats), promotion of
// the first person waiting exactly once (even with two people leaving at once), the e-mails with
// the calendar event, and attendance recorded only by a programme admin after the start.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where races are real).
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import en from "@/messages/en.json";
import { setUpApp } from "../support/app";
import type { Person } from "../support/factories";
import { refusal } from "../support/refusal";

const { prisma, make, signIn, inParallel } = await setUpApp({ requests: true });
const { registerForWorkshop } = await import("@/lib/server/workshops/register-for-workshop");
const { leaveWorkshop } = await import("@/lib/server/workshops/leave-workshop");
const { saveWorkshop } = await import("@/lib/server/workshops/save-workshop");
const { cancelWorkshop } = await import("@/lib/server/workshops/cancel-workshop");
const { recordAttendance } = await import("@/lib/server/workshops/record-attendance");
const { loadOwnWorkshops } = await import("@/lib/server/workshops/load-own-workshops");
const { loadAdminWorkshop } = await import("@/lib/server/workshops/load-admin-workshops");
const { loadAttendedWorkshops } = await import("@/lib/server/workshops/load-attended-workshops");
const { loadContributionAttestation } = await import("@/lib/server/attestation/load-contribution");
const { recordWorkshopAttendanceAction } = await import("@/lib/actions/record-workshop-attendance");
const { saveWorkshopAction } = await import("@/lib/actions/save-workshop");
const { workshopFeedEvents } = await import("@/lib/server/calendar/workshop-feed-source");
const { FEED_SOURCES } = await import("@/lib/server/calendar/feed-sources");

const HOUR = 3_600_000;
const person = (roles: Role[], more: Partial<Person> = {}) => make.person({ roles, ...more });

async function workshop(
  seats: number,
  options: { audiences?: Role[]; startsAt?: Date; durationMinutes?: number } = {},
): Promise<string> {
  const row = await prisma.workshop.create({
    data: {
      titleEn: "Giving feedback",
      titleFr: "Donner du feedback",
      descriptionEn: "A practice session.",
      descriptionFr: "Une séance pratique.",
      audiences: options.audiences ?? ["coach"],
      startsAt: options.startsAt ?? new Date(Date.now() + 7 * 24 * HOUR),
      durationMinutes: options.durationMinutes ?? 90,
      timeZone: "Europe/Zurich",
      meetingUrl: "https://meet.example.org/feedback",
      seats,
    },
    select: { id: true },
  });
  return row.id;
}

const statuses = (workshopId: string) =>
  prisma.workshopRegistration.findMany({
    where: { workshopId },
    orderBy: { registeredAt: "asc" },
    select: { userId: true, status: true, registeredAt: true },
  });

describe("registering for a workshop", () => {
  it("gives a seat to someone of its audience, with a confirmation carrying the calendar event", async () => {
    const id = await workshop(2);
    const coach = await person(["coach"], { preferredLanguage: "fr", timeZone: "America/New_York" });
    expect(await registerForWorkshop(prisma, coach, { workshopId: id })).toEqual({
      status: "registered",
      position: null,
    });
    const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: coach.email, kind: "workshop-registered" } });
    expect(mail.subject).toBe("Votre place à l’atelier : Donner du feedback");
    const ics = (mail.attachments as { content: string }[])[0].content;
    expect(ics).toContain("DTSTART;TZID=Europe/Zurich");
    expect(ics).toContain("SUMMARY:Donner du feedback");
    expect(await prisma.auditLog.count({ where: { action: "workshop.register", actorId: coach.id } })).toBe(1);
    expect(await refusal(registerForWorkshop(prisma, coach, { workshopId: id }))).toBe("workshopAlreadyRegistered");
  });

  it("refuses people outside its audiences as if it did not exist, and registration closes at the start", async () => {
    const id = await workshop(5, { audiences: ["coach", "mentor"] });
    const client = await person(["client"]);
    expect(await refusal(registerForWorkshop(prisma, client, { workshopId: id }))).toBe("notFound");
    expect((await loadOwnWorkshops(prisma, client)).map((w) => w.id)).not.toContain(id);
    const mentor = await person(["mentor"]);
    expect((await loadOwnWorkshops(prisma, mentor)).map((w) => w.id)).toContain(id);

    const started = await workshop(5, { startsAt: new Date(Date.now() - 10 * 60_000) });
    const coach = await person(["coach"]);
    expect(await refusal(registerForWorkshop(prisma, coach, { workshopId: started }))).toBe("workshopStarted");
    const admin = await person(["programme_admin"]);
    const cancelled = await workshop(5);
    await cancelWorkshop(prisma, admin, { workshopId: cancelled });
    expect(await refusal(registerForWorkshop(prisma, coach, { workshopId: cancelled }))).toBe("workshopCancelled");
    expect(await refusal(cancelWorkshop(prisma, coach, { workshopId: id }))).toBe("forbidden");
  });

  it("eight people at once for three seats: exactly three seats, five waiting in the order they came", async () => {
    const id = await workshop(3);
    const people = await Promise.all(Array.from({ length: 8 }, () => person(["coach"])));
    const results = await inParallel(people.map((p) => (client) => registerForWorkshop(client, p, { workshopId: id })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const outcomes = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(outcomes.filter((o) => o?.status === "registered")).toHaveLength(3);
    expect(
      outcomes
        .filter((o) => o?.status === "waitlisted")
        .map((o) => o?.position)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);

    const rows = await statuses(id);
    // The line is the order of registration: the three seats went to the first three.
    expect(rows.map((r) => r.status)).toEqual([
      "registered",
      "registered",
      "registered",
      "waitlisted",
      "waitlisted",
      "waitlisted",
      "waitlisted",
      "waitlisted",
    ]);
    expect(new Set(rows.map((r) => r.registeredAt.getTime())).size).toBe(8);
    const admin = await person(["programme_admin"]);
    const view = await loadAdminWorkshop(prisma, admin, id);
    expect(view?.registrations.filter((r) => r.status === "waitlisted").map((r) => r.position)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    // Each person's own page says the same place.
    for (const [i, p] of people.entries()) {
      const own = (await loadOwnWorkshops(prisma, p)).find((w) => w.id === id);
      const outcome = outcomes[i];
      expect(own?.status).toBe(outcome?.status);
      expect(own?.position).toBe(outcome?.position);
      expect(own?.meetingUrl).toBe(outcome?.status === "registered" ? "https://meet.example.org/feedback" : null);
    }
  });
});

describe("leaving and promotion", () => {
  it("a freed seat goes to the first person waiting, who is e-mailed in their language", async () => {
    const id = await workshop(1);
    const first = await person(["coach"]);
    const second = await person(["coach"], { preferredLanguage: "fr" });
    const third = await person(["coach"]);
    await registerForWorkshop(prisma, first, { workshopId: id });
    expect((await registerForWorkshop(prisma, second, { workshopId: id })).position).toBe(1);
    expect((await registerForWorkshop(prisma, third, { workshopId: id })).position).toBe(2);
    await leaveWorkshop(prisma, first, { workshopId: id });
    const rows = await statuses(id);
    expect(rows.find((r) => r.userId === second.id)?.status).toBe("registered");
    expect(rows.find((r) => r.userId === third.id)?.status).toBe("waitlisted");
    const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: second.email, kind: "workshop-promoted" } });
    expect(mail.subject).toBe("Une place est à vous : Donner du feedback");
    expect((await loadOwnWorkshops(prisma, third)).find((w) => w.id === id)?.position).toBe(1);
    expect(await refusal(leaveWorkshop(prisma, first, { workshopId: id }))).toBe("workshopNotRegistered");
    // Leaving the waiting list promotes nobody.
    expect(await leaveWorkshop(prisma, third, { workshopId: id })).toEqual({ promoted: 0 });
  });

  it("two people leaving at once: each freed seat promotes one person, exactly once", async () => {
    const id = await workshop(2);
    const seated = [await person(["coach"]), await person(["coach"])];
    const waiting = [await person(["coach"]), await person(["coach"]), await person(["coach"])];
    for (const p of [...seated, ...waiting]) await registerForWorkshop(prisma, p, { workshopId: id });
    const results = await inParallel(seated.map((p) => (client) => leaveWorkshop(client, p, { workshopId: id })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const rows = await statuses(id);
    const of = (p: Person) => rows.find((r) => r.userId === p.id)?.status;
    expect(waiting.map(of)).toEqual(["registered", "registered", "waitlisted"]);
    for (const p of waiting.slice(0, 2)) {
      expect(await prisma.outboxEmail.count({ where: { to: p.email, kind: "workshop-promoted" } })).toBe(1);
    }
    expect(await prisma.outboxEmail.count({ where: { to: waiting[2].email, kind: "workshop-promoted" } })).toBe(0);
  });

  it("the same person leaving twice at once frees one seat only", async () => {
    const id = await workshop(1);
    const seated = await person(["coach"]);
    const waiting = [await person(["coach"]), await person(["coach"])];
    for (const p of [seated, ...waiting]) await registerForWorkshop(prisma, p, { workshopId: id });
    const results = await inParallel([0, 1].map(() => (client) => leaveWorkshop(client, seated, { workshopId: id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await statuses(id);
    expect(rows.filter((r) => r.status === "registered").map((r) => r.userId)).toEqual([waiting[0].id]);
  });

  it("raising the seats gives them to the people waiting; lowering below the seats taken is refused", async () => {
    const admin = await person(["programme_admin"]);
    const id = await workshop(1);
    const people = [await person(["coach"]), await person(["coach"]), await person(["coach"])];
    for (const p of people) await registerForWorkshop(prisma, p, { workshopId: id });
    const view = await loadAdminWorkshop(prisma, admin, id);
    await saveWorkshop(prisma, admin, { workshopId: id, values: { ...view!.values, seats: 2 } });
    expect((await statuses(id)).filter((r) => r.status === "registered")).toHaveLength(2);
    expect(await refusal(saveWorkshop(prisma, admin, { workshopId: id, values: { ...view!.values, seats: 1 } }))).toBe(
      "workshopSeatsBelowTaken",
    );
  });
});

describe("publishing", () => {
  it("an admin publishes through the form's action; bad values come back beside their fields", async () => {
    const admin = await person(["programme_admin"]);
    await signIn(admin);
    const values = {
      titleEn: "Listening",
      titleFr: "L’écoute",
      descriptionEn: "Listening well.",
      descriptionFr: "Bien écouter.",
      audiences: ["client", "mentee"],
      startsAtLocal: "2099-03-10T14:00",
      timeZone: "Europe/Paris",
      durationMinutes: 60,
      meetingUrl: "https://meet.example.org/listening",
      seats: 12,
    };
    const ok = await saveWorkshopAction({ values });
    expect(ok.ok).toBe(true);
    const row = await prisma.workshop.findUniqueOrThrow({ where: { id: (ok as { id: string }).id } });
    expect(row.startsAt.toISOString()).toBe("2099-03-10T13:00:00.000Z");
    expect(row.audiences).toEqual(["client", "mentee"]);

    const bad = await saveWorkshopAction({
      values: { ...values, meetingUrl: "http://x.org", seats: 0, audiences: [] },
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok === false && "fieldErrors" in bad ? bad.fieldErrors : {}).toMatchObject({
      meetingUrl: en.errors.workshopLinkInvalid,
      seats: en.errors.workshopSeatsInvalid,
      audiences: en.errors.workshopAudienceRequired,
    });

    const client = await person(["client"]);
    await signIn(client);
    const refused = await saveWorkshopAction({ values });
    expect(refused).toEqual({ ok: false, error: en.errors.forbidden });
  });
});

describe("attendance", () => {
  it("is recorded by an admin after the start, listed for the attestation; a participant cannot record", async () => {
    const admin = await person(["programme_admin"]);
    const id = await workshop(3, { startsAt: new Date(Date.now() + HOUR), durationMinutes: 150 });
    const coach = await person(["coach"]);
    const other = await person(["coach"]);
    await registerForWorkshop(prisma, coach, { workshopId: id });
    await registerForWorkshop(prisma, other, { workshopId: id });
    const reg = await prisma.workshopRegistration.findFirstOrThrow({ where: { workshopId: id, userId: coach.id } });
    const input = { workshopId: id, registrationId: reg.id, attended: true };
    expect(await refusal(recordAttendance(prisma, admin, input))).toBe("workshopAttendanceNotYet");
    const later = new Date(Date.now() + 2 * HOUR);
    expect(await refusal(recordAttendance(prisma, coach, input, later))).toBe("forbidden");
    await signIn(coach);
    expect(await recordWorkshopAttendanceAction(input)).toEqual({ ok: false, error: en.errors.forbidden });

    await recordAttendance(prisma, admin, input, later);
    expect(await loadAttendedWorkshops(prisma, coach.id)).toEqual([
      expect.objectContaining({ id, titleEn: "Giving feedback", hours: 2.5 }),
    ]);
    const coachAttestation = await loadContributionAttestation(prisma, coach, "coach", null);
    expect(coachAttestation.workshops.map((w) => w.id)).toEqual([id]);
    const lastYear = await loadContributionAttestation(prisma, coach, "coach", new Date().getUTCFullYear() - 1);
    expect(lastYear.workshops).toEqual([]);
    const otherReg = await prisma.workshopRegistration.findFirstOrThrow({
      where: { workshopId: id, userId: other.id },
    });
    await recordAttendance(prisma, admin, { workshopId: id, registrationId: otherReg.id, attended: false }, later);
    expect(await loadAttendedWorkshops(prisma, other.id)).toEqual([]);
    expect(await prisma.auditLog.count({ where: { action: "workshop.attendance", targetId: reg.id } })).toBe(1);
  });
});

describe("calendar feed", () => {
  it("holds the workshops one has a seat at, with the e-mailed event's UID; a seat given up is cancelled", async () => {
    expect(FEED_SOURCES).toContain(workshopFeedEvents);
    const id = await workshop(1);
    const coach = await person(["coach"], { preferredLanguage: "fr" });
    const waiting = await person(["coach"]);
    await registerForWorkshop(prisma, coach, { workshopId: id });
    await registerForWorkshop(prisma, waiting, { workshopId: id });
    const context = { locale: "fr" as const, timeZone: "UTC", now: new Date() };
    const reg = await prisma.workshopRegistration.findFirstOrThrow({ where: { workshopId: id, userId: coach.id } });
    expect(await workshopFeedEvents(prisma, coach.id, context)).toEqual([
      expect.objectContaining({ uid: `workshop-${reg.id}@binome`, summary: "Donner du feedback", cancelled: false }),
    ]);
    expect(await workshopFeedEvents(prisma, waiting.id, context)).toEqual([]);
    await leaveWorkshop(prisma, coach, { workshopId: id });
    expect((await workshopFeedEvents(prisma, coach.id, context))[0].cancelled).toBe(true);
    expect(await workshopFeedEvents(prisma, waiting.id, context)).toHaveLength(1);
  });
});
