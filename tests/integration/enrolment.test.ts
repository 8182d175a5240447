// Joining a programme's cohort: eligibility, roles, the enrolment window, seats, the waiting
// list, seat offers (accept, decline, lapse) and the race for the last seat.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/domain/roles";
import type { AppointmentType, Locale } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/server/errors";
import { joinCohortSchema } from "@/lib/validation/enrolment";
import { setUpApp } from "../support/app";
import { dayFromToday, type Person } from "../support/factories";

const APP_URL = "https://binome.example.org";
const DAY = 86_400_000;

const db = await setUpApp({ appUrl: APP_URL });
const { prisma, make } = db;
const { joinCohort } = await import("@/lib/server/enrolment/join-cohort");
const { withdrawFromCohort } = await import("@/lib/server/enrolment/withdraw-from-cohort");
const { acceptSeatOffer } = await import("@/lib/server/enrolment/accept-seat-offer");
const { declineSeatOffer } = await import("@/lib/server/enrolment/decline-seat-offer");
const { expireSeatOffers } = await import("@/lib/server/enrolment/expire-seat-offers");
const { loadProgrammeEnrolment } = await import("@/lib/server/enrolment/load-enrolment");
const { loadHomeFacts } = await import("@/lib/server/home/load-home-facts");

const programme = (slug: string, type: "coaching" | "mentoring", name: string) =>
  make.programme({
    slug,
    type,
    nameEn: name,
    nameFr: `${name} (fr)`,
    descriptionEn: "…",
    descriptionFr: "…",
    seatOfferDays: 3,
  });
const coaching = await programme("peer-coaching", "coaching", "UN Peer Coaching Programme");
const mentoring = await programme("mentoring", "mentoring", "Mentoring Programme");

// --- factories ----------------------------------------------------------------------------

/** A person on a fixed-term appointment (eligible) unless told. */
const person = (
  roles: Role[],
  options: { appointmentType?: AppointmentType | null; preferredLanguage?: Locale; name?: string } = {},
): Promise<Person> =>
  make.person({
    roles,
    name: options.name,
    preferredLanguage: options.preferredLanguage ?? "en",
    appointmentType: options.appointmentType === undefined ? "fixed_term" : options.appointmentType,
  });

/** An open cohort whose enrolment window is around today. */
async function cohort(options: {
  seats: number;
  programmeId?: string;
  status?: "draft" | "open" | "running" | "closed";
  opensInDays?: number;
  closesInDays?: number;
}) {
  const c = await make.cohort({
    programmeId: options.programmeId ?? coaching.id,
    startsOn: dayFromToday(30),
    endsOn: dayFromToday(200),
    enrolmentOpensOn: dayFromToday(options.opensInDays ?? -10),
    enrolmentClosesOn: dayFromToday(options.closesInDays ?? 20),
    seats: options.seats,
    status: options.status ?? "open",
  });
  return c.id;
}

const join = (p: Person, cohortId: string, extra: { supervisorEmail?: string; commitment?: boolean } = {}) =>
  joinCohort(prisma, p, {
    cohortId,
    commitment: extra.commitment ?? true,
    supervisorEmail: extra.supervisorEmail ?? "",
  });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

const statusOf = async (cohortId: string, p: Person) =>
  (await prisma.cohortEnrolment.findFirstOrThrow({ where: { cohortId, userId: p.id } })).status;

// --- tests --------------------------------------------------------------------------------

describe("joining a cohort", () => {
  it("enrols an eligible client with their commitment, an audit row, and a note to their supervisor in their language", async () => {
    const c = await cohort({ seats: 5 });
    const amelie = await person(["client"], { preferredLanguage: "fr", name: "Amélie Roux" });
    expect(await join(amelie, c, { supervisorEmail: "chef@un.org" })).toEqual({ status: "enrolled", position: null });
    const row = await prisma.cohortEnrolment.findFirstOrThrow({ where: { cohortId: c, userId: amelie.id } });
    expect(row).toMatchObject({ role: "client", status: "enrolled" });
    expect(row.commitmentAcceptedAt).toBeInstanceOf(Date);
    expect(
      await prisma.auditLog.count({ where: { action: "enrolment.join", targetId: row.id, actorId: amelie.id } }),
    ).toBe(1);
    const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: "chef@un.org" } });
    expect(mail.kind).toBe("supervisor-informed");
    expect(mail.subject).toContain("Amélie Roux");
    expect(mail.subject).toBe("Pour information : Amélie Roux participe au UN Peer Coaching Programme (fr)");
    expect(mail.text).toContain(`Amélie Roux (${amelie.email})`);
    expect(mail.text).toContain("Votre approbation n'est pas requise");
    // The figures come from the coaching plan (lib/domain/session-plans.ts).
    expect(mail.text).toContain("5 séances de 45 minutes, une par mois");
  });

  it("refuses an ineligible person and says why", async () => {
    const c = await cohort({ seats: 5 });
    const tom = await person(["client"], { appointmentType: "consultant" });
    const unknown = await person(["client"], { appointmentType: null });
    expect(await refusal(join(tom, c))).toBe("enrolmentNotEligible");
    expect(await refusal(join(unknown, c))).toBe("enrolmentAppointmentUnknown");
    const view = await loadProgrammeEnrolment(prisma, tom, coaching.slug, "en");
    expect(view?.situation).toEqual({ kind: "notEligible", reason: "appointment-not-eligible" });
    expect(await prisma.cohortEnrolment.count({ where: { cohortId: c } })).toBe(0);
  });

  it("requires the commitment to the whole process, in the form and in the verb", async () => {
    const c = await cohort({ seats: 5 });
    const p = await person(["client"]);
    const parsed = joinCohortSchema.safeParse({ cohortId: c, commitment: false, supervisorEmail: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe("enrolmentCommitmentRequired");
    expect(
      joinCohortSchema.safeParse({ cohortId: c, commitment: true, supervisorEmail: "not an address" }).error?.issues[0]
        .message,
    ).toBe("supervisorEmailInvalid");
    expect(await refusal(join(p, c, { commitment: false }))).toBe("enrolmentCommitmentRequired");
  });

  it("refuses the wrong role: client role for coaching, mentee role for mentoring", async () => {
    const coachingCohort = await cohort({ seats: 5 });
    const mentoringCohort = await cohort({ seats: 5, programmeId: mentoring.id });
    const mentee = await person(["mentee"]);
    const client = await person(["client"]);
    const coach = await person(["coach"]);
    expect(await refusal(join(mentee, coachingCohort))).toBe("enrolmentClientRoleMissing");
    expect(await refusal(join(client, mentoringCohort))).toBe("enrolmentMenteeRoleMissing");
    expect(await refusal(join(coach, coachingCohort))).toBe("forbidden");
    expect(await join(mentee, mentoringCohort)).toEqual({ status: "enrolled", position: null });
    expect((await prisma.cohortEnrolment.findFirstOrThrow({ where: { userId: mentee.id } })).role).toBe("mentee");
  });

  it("only while the cohort is open and within its enrolment window", async () => {
    const p = await person(["client"]);
    expect(await refusal(join(p, await cohort({ seats: 5, opensInDays: 2 })))).toBe("enrolmentNotYetOpen");
    expect(await refusal(join(p, await cohort({ seats: 5, opensInDays: -20, closesInDays: -1 })))).toBe(
      "enrolmentClosed",
    );
    expect(await refusal(join(p, await cohort({ seats: 5, status: "draft" })))).toBe("enrolmentCohortNotOpen");
    // The last day of the window is included.
    expect((await join(p, await cohort({ seats: 5, closesInDays: 0 }))).status).toBe("enrolled");
    expect(await refusal(join(p, "no-such-cohort"))).toBe("notFound");
  });

  it("refuses a second join while the person holds a place", async () => {
    const c = await cohort({ seats: 5 });
    const p = await person(["client"]);
    await join(p, c);
    expect(await refusal(join(p, c))).toBe("alreadyEnrolled");
  });
});

describe("seats and the waiting list", () => {
  it("waitlists people once the cohort is full, with their positions", async () => {
    const c = await cohort({ seats: 2 });
    const [a, b, w1, w2, w3] = await Promise.all([1, 2, 3, 4, 5].map(() => person(["client"])));
    expect((await join(a, c)).status).toBe("enrolled");
    expect((await join(b, c)).status).toBe("enrolled");
    expect(await join(w1, c)).toEqual({ status: "waitlisted", position: 1 });
    expect(await join(w2, c)).toEqual({ status: "waitlisted", position: 2 });
    expect(await join(w3, c)).toEqual({ status: "waitlisted", position: 3 });
    const view = await loadProgrammeEnrolment(prisma, w3, coaching.slug, "en");
    expect(view?.situation).toEqual({ kind: "waitlisted", position: 3 });
    expect(view?.cohort).toMatchObject({ id: c, seats: 2, held: 2, waitlisted: 3 });
    // Leaving the waiting list moves the people behind up.
    await withdrawFromCohort(prisma, w1, { cohortId: c });
    expect(await statusOf(c, w1)).toBe("withdrawn");
    expect((await loadProgrammeEnrolment(prisma, w3, coaching.slug, "en"))?.situation).toEqual({
      kind: "waitlisted",
      position: 2,
    });
    expect(await prisma.cohortEnrolment.count({ where: { cohortId: c, status: "offered" } })).toBe(0);
  });

  it("withdrawing frees the seat at once and offers it to the first waitlisted person, by e-mail in their language", async () => {
    const c = await cohort({ seats: 1 });
    const holder = await person(["client"]);
    const first = await person(["client"], { preferredLanguage: "fr", name: "Chloé Martin" });
    const second = await person(["client"]);
    await join(holder, c);
    await join(first, c);
    await join(second, c);
    const before = Date.now();
    await withdrawFromCohort(prisma, holder, { cohortId: c });
    expect(await statusOf(c, holder)).toBe("withdrawn");
    const offer = await prisma.cohortEnrolment.findFirstOrThrow({ where: { cohortId: c, userId: first.id } });
    expect(offer.status).toBe("offered");
    expect(offer.offeredAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(offer.offerExpiresAt!.getTime() - offer.offeredAt!.getTime()).toBe(3 * DAY);
    expect(await statusOf(c, second)).toBe("waitlisted");
    const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: first.email } });
    expect(mail).toMatchObject({ kind: "seat-offered" });
    expect(mail.subject).toContain("Une place se libère pour vous");
    expect(mail.text).toContain(`${APP_URL}/programmes/peer-coaching`);
    expect(await prisma.auditLog.count({ where: { action: "enrolment.withdraw", actorId: holder.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "enrolment.offer", targetId: offer.id } })).toBe(1);
    expect((await loadProgrammeEnrolment(prisma, first, coaching.slug, "fr"))?.situation).toEqual({
      kind: "offered",
      expiresAt: offer.offerExpiresAt,
    });
    // The offered seat is held: a newcomer is waitlisted behind the second person.
    expect(await join(await person(["client"]), c)).toEqual({ status: "waitlisted", position: 2 });
  });

  it("accepting an offer before its deadline enrols; after it, refuses and moves the seat on", async () => {
    const c = await cohort({ seats: 1 });
    const [holder, first, second] = await Promise.all([1, 2, 3].map(() => person(["client"])));
    for (const p of [holder, first, second]) await join(p, c);
    await withdrawFromCohort(prisma, holder, { cohortId: c });
    expect(await refusal(acceptSeatOffer(prisma, second, { cohortId: c }))).toBe("enrolmentTransitionNotAllowed");
    await acceptSeatOffer(prisma, first, { cohortId: c });
    expect(await statusOf(c, first)).toBe("enrolled");
    expect(await prisma.auditLog.count({ where: { action: "enrolment.accept-offer", actorId: first.id } })).toBe(1);

    // The seat frees again; the second person answers too late.
    await withdrawFromCohort(prisma, first, { cohortId: c });
    expect(await statusOf(c, second)).toBe("offered");
    const late = new Date(Date.now() + 4 * DAY);
    expect(await refusal(acceptSeatOffer(prisma, second, { cohortId: c }, late))).toBe("seatOfferExpired");
    expect(await statusOf(c, second)).toBe("withdrawn");
    expect(await prisma.auditLog.count({ where: { action: "enrolment.offer-lapsed" } })).toBeGreaterThanOrEqual(1);
  });

  it("declining an offer passes the seat to the next person", async () => {
    const c = await cohort({ seats: 1 });
    const [holder, first, second] = await Promise.all([1, 2, 3].map(() => person(["client"])));
    for (const p of [holder, first, second]) await join(p, c);
    await withdrawFromCohort(prisma, holder, { cohortId: c });
    expect(await refusal(withdrawFromCohort(prisma, first, { cohortId: c }))).toBe("enrolmentTransitionNotAllowed");
    await declineSeatOffer(prisma, first, { cohortId: c });
    expect(await statusOf(c, first)).toBe("withdrawn");
    expect(await statusOf(c, second)).toBe("offered");
    expect(await prisma.auditLog.count({ where: { action: "enrolment.decline-offer", actorId: first.id } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: second.email, kind: "seat-offered" } })).toBe(1);
    // Joining again after declining: a fresh place at the end of the line.
    expect(await join(first, c)).toEqual({ status: "waitlisted", position: 1 });
  });

  it("expireSeatOffers lapses offers past their deadline and offers the seat to the next person", async () => {
    const c = await cohort({ seats: 1 });
    const [holder, first, second] = await Promise.all([1, 2, 3].map(() => person(["client"])));
    for (const p of [holder, first, second]) await join(p, c);
    await withdrawFromCohort(prisma, holder, { cohortId: c });
    expect(await expireSeatOffers(prisma, new Date(Date.now() + 2 * DAY))).toBe(0);
    expect(await statusOf(c, first)).toBe("offered");
    const later = new Date(Date.now() + 3 * DAY + 60_000);
    // (Offers left by earlier tests lapse too.)
    expect(await expireSeatOffers(prisma, later)).toBeGreaterThanOrEqual(1);
    const lapsed = await prisma.cohortEnrolment.findFirstOrThrow({ where: { cohortId: c, userId: first.id } });
    expect(lapsed.status).toBe("withdrawn");
    expect(lapsed.withdrawnAt).toEqual(later);
    expect(
      await prisma.auditLog.count({ where: { action: "enrolment.offer-lapsed", targetId: lapsed.id, actorId: null } }),
    ).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: first.email, kind: "seat-offer-lapsed" } })).toBe(1);
    const next = await prisma.cohortEnrolment.findFirstOrThrow({ where: { cohortId: c, userId: second.id } });
    expect(next.status).toBe("offered");
    expect(next.offerExpiresAt).toEqual(new Date(later.getTime() + 3 * DAY));
    expect(await expireSeatOffers(prisma, later)).toBe(0);
  });
});

describe("the home page's facts", () => {
  it("count held seats only and treat only 'enrolled' as enrolled", async () => {
    // The home shows the first open coaching cohort (by start date): make this one the earliest.
    const c = await cohort({ seats: 2 });
    await prisma.cohort.update({ where: { id: c }, data: { startsOn: new Date("2000-01-01") } });
    const [holder, first, second] = await Promise.all([1, 2, 3].map(() => person(["client"])));
    for (const p of [holder, first, second]) await join(p, c);
    await withdrawFromCohort(prisma, holder, { cohortId: c });
    // Held: first (enrolled) and second (offered): none left.
    expect((await loadHomeFacts(second.id, ["client"], "en")).openCohort).toMatchObject({
      name: expect.stringContaining("Cohort"),
      seatsLeft: 0,
    });
    expect((await loadHomeFacts(second.id, ["client"], "en")).enrolledAs).toEqual([]);
    expect((await loadHomeFacts(first.id, ["client"], "en")).enrolledAs).toEqual(["client"]);
    await prisma.cohort.update({ where: { id: c }, data: { status: "closed" } });
  });
});

describe("the race for the last seat", () => {
  it("gives it to exactly one of 20 people joining at once; the others are waitlisted with distinct positions", async () => {
    const c = await cohort({ seats: 3 });
    for (const p of [await person(["client"]), await person(["client"])]) await join(p, c);
    const people = await Promise.all(Array.from({ length: 20 }, () => person(["client"])));
    // One client (one connection) per person, so the transactions really run side by side. The
    // embedded PGlite's socket server takes 20 connections in all: there, 6 connections share the 20 joins.
    const clients = Array.from({ length: db.kind === "postgresql" ? 20 : 6 }, () =>
      createPrismaClient(db.url, { max: 1 }),
    );
    try {
      await Promise.all(clients.map((client) => client.$queryRaw`select 1`)); // connect first
      const results = await Promise.all(
        people.map((p, i) =>
          joinCohort(clients[i % clients.length], p, { cohortId: c, commitment: true, supervisorEmail: "" }),
        ),
      );
      expect(results.filter((r) => r.status === "enrolled")).toHaveLength(1);
      const waitlisted = results.filter((r) => r.status === "waitlisted");
      expect(waitlisted).toHaveLength(19);
      expect(waitlisted.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: 19 }, (_, i) => i + 1),
      );
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
    expect(
      await prisma.cohortEnrolment.count({ where: { cohortId: c, status: { in: ["enrolled", "offered"] } } }),
    ).toBe(3);
    // Positions as the page shows them: 1 to 19, each once.
    const shown = await Promise.all(people.map((p) => loadProgrammeEnrolment(prisma, p, coaching.slug, "en")));
    const positions = shown.flatMap((v) =>
      v?.situation.kind === "waitlisted" && v.cohort?.id === c ? [v.situation.position] : [],
    );
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });
});
