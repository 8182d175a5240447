// Ranked coach requests and engagements: asking, routing (decline, lapse, reminders, exhaustion),
// accepting under races, pausing, ending, and who may do each. Runs on PGlite and, when
// TEST_DATABASE_URL is set, on a PostgreSQL server (where the races are real).
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/domain/roles";
import type { Locale } from "@/lib/generated/prisma/enums";
import { DomainError, FieldDomainError } from "@/lib/server/errors";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { setUpApp } from "../support/app";
import { watchDriverQueries } from "../support/driver-queries";
import type { ProfileHolder } from "../support/factories";

const APP_URL = "https://binome.example.org";
const app = await setUpApp({ appUrl: APP_URL });
const { prisma, make } = app;
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { acceptMatchRequest } = await import("@/lib/server/requests/accept-match-request");
const { declineMatchRequest } = await import("@/lib/server/requests/decline-match-request");
const { withdrawMatchRequest } = await import("@/lib/server/requests/withdraw-match-request");
const { advanceMatchRequests } = await import("@/lib/server/requests/advance-match-requests");
const { setProfileAvailability } = await import("@/lib/server/requests/set-profile-availability");
const { endEngagement } = await import("@/lib/server/engagements/end-engagement");
const { loadEngagements } = await import("@/lib/server/engagements/load-engagements");
const { listEndedEngagements } = await import("@/lib/server/engagements/list-ended-engagements");
const { saveCoachCapacity } = await import("@/lib/server/coaches/save-coach-capacity");

type Actor = { id: string; roles: Role[] };
type Coach = ProfileHolder;
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const entityId = (
  await make.entity({
    code: "DPPA",
    nameEn: "Department of Political and Peacebuilding Affairs",
    nameFr: "Département des affaires politiques et de la consolidation de la paix",
  })
).id;
const programmeId = (
  await make.programme({
    slug: "peer-coaching",
    nameEn: "Peer coaching",
    nameFr: "Coaching entre pairs",
    requestTimeoutWorkingDays: 3,
  })
).id;
const cohortId = (
  await make.cohort({
    programmeId,
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

/** A client of the DPPA, enrolled in the cohort unless told. */
const client = (options: { enrolled?: boolean; preferredLanguage?: Locale; roles?: Role[] } = {}) =>
  make.person({
    roles: options.roles ?? ["client"],
    entityId,
    preferredLanguage: options.preferredLanguage,
    enrolIn: options.enrolled === false ? undefined : { cohortId, role: "client" },
  });
/** An approved coach, open, with three places unless told. */
const coach = (
  options: {
    capacity?: number;
    status?: "approved" | "submitted";
    availability?: "open" | "paused";
    preferredLanguage?: Locale;
    name?: string;
  } = {},
): Promise<Coach> => make.coach(options);

const message = "I would like to work on leading a new team.";
const ask = (who: Actor, coaches: Coach[], now?: Date) =>
  requestMatch(prisma, who, { profileIds: coaches.map((c) => c.profileId), message }, now);
const choicesOf = (requestId: string) =>
  prisma.matchRequestChoice.findMany({ where: { requestId }, orderBy: { rank: "asc" } });
const pendingChoice = async (requestId: string) =>
  (await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId, status: "pending" } })).id;
const emailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const activeOf = (c: Coach) => prisma.engagement.count({ where: { profileId: c.profileId, status: "active" } });
/** A coach already holding `n` active engagements (with throw-away clients). */
async function fill(c: Coach, n: number) {
  for (let i = 0; i < n; i++) {
    const other = await client();
    await make.engagement({ programmeId, cohortId, profileId: c.profileId, seekerId: other.id });
  }
}
async function snapshot() {
  return {
    requests: await prisma.matchRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    choices: await prisma.matchRequestChoice.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    engagements: await prisma.engagement.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    audit: await prisma.auditLog.count(),
    emails: await prisma.outboxEmail.count(),
  };
}

describe("asking for a coach", () => {
  it("creates the request in the client's cohort and asks the first choice, due in working days, by e-mail in the coach's language", async () => {
    const amina = await client();
    const carlos = await coach({ preferredLanguage: "fr", name: "Carlos Mendes" });
    const second = await coach();
    const friday = new Date("2025-01-10T10:00:00Z");
    const { requestId } = await ask(amina, [carlos, second], friday);

    const request = await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ programmeId, cohortId, seekerId: amina.id, status: "open", message });
    const [first, back] = await choicesOf(requestId);
    expect(first).toMatchObject({
      rank: 1,
      profileId: carlos.profileId,
      status: "pending",
      askedAt: friday,
      dueAt: new Date("2025-01-15T10:00:00Z"),
    });
    expect(back).toMatchObject({ rank: 2, status: "waiting", askedAt: null, dueAt: null });
    const [mail, ...more] = await emailsTo(carlos.email);
    expect(more).toEqual([]);
    expect(mail.subject).toBe(fr.email.requests.asked.subject.replace("{client}", amina.name));
    expect(mail.text).toContain("Bonjour Carlos Mendes,");
    expect(mail.text).toContain(message);
    expect(mail.text).toContain(`${APP_URL}/engagements`);
    expect(await emailsTo(second.email)).toEqual([]);
    expect(
      await prisma.auditLog.findFirst({ where: { targetId: requestId, action: "request.create" } }),
    ).not.toBeNull();
  });

  it("records the language the message was written in, which the coach's and the client's views carry", async () => {
    const mehdi = await client({ preferredLanguage: "fr" });
    const carlos = await coach({ preferredLanguage: "en" });
    const { requestId } = await ask(mehdi, [carlos]);
    expect((await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).language).toBe("fr");

    // Changing one's language later does not change what the message was written in.
    await prisma.user.update({ where: { id: mehdi.id }, data: { preferredLanguage: "en" } });
    const coachView = await loadEngagements(prisma, carlos);
    const incoming = coachView.providers.find((p) => p.kind === "coach")?.incoming;
    expect(incoming?.map((r) => [r.message, r.language])).toEqual([[message, "fr"]]);
    const clientView = await loadEngagements(prisma, mehdi);
    const sent = clientView.seekers.find((s) => s.kind === "coach")?.requests;
    expect(sent?.map((r) => [r.id, r.language])).toEqual([[requestId, "fr"]]);
  });

  it("refuses, naming the field and changing nothing: full, paused or unapproved coaches, a fourth choice, the same coach twice, oneself", async () => {
    const who = await client({ roles: ["client", "coach"] });
    const selfProfile = await make.profile(who.id, { capacity: 1 });
    const ok = await coach();
    const full = await coach({ capacity: 1 });
    await fill(full, 1);
    const paused = await coach({ availability: "paused" });
    const pending = await coach({ status: "submitted" });
    const before = await snapshot();
    const cases: [string[], string, string][] = [
      [[ok.profileId, full.profileId], "coachFull", "choice2"],
      [[paused.profileId], "coachPaused", "choice1"],
      [[ok.profileId, (await coach()).profileId, pending.profileId], "coachNotApproved", "choice3"],
      [[ok.profileId, ok.profileId], "duplicateChoice", "choice2"],
      [
        [ok.profileId, (await coach()).profileId, (await coach()).profileId, (await coach()).profileId],
        "tooManyChoices",
        "choice3",
      ],
      [[selfProfile.id], "cannotChooseSelf", "choice1"],
      [["no-such-coach"], "coachNotApproved", "choice1"],
    ];
    const emails = await prisma.outboxEmail.count();
    for (const [ids, code, field] of cases) {
      const error = await requestMatch(prisma, who, { profileIds: ids, message }).catch((e) => e);
      expect(error, code).toBeInstanceOf(FieldDomainError);
      expect(error).toMatchObject({ code, field });
    }
    const after = await snapshot();
    expect(after.requests).toEqual(before.requests);
    expect(after.choices).toEqual(before.choices);
    expect(await prisma.outboxEmail.count()).toBe(emails);
  });

  it("refuses a second open request, a request while engaged, and a person not enrolled in a coaching cohort", async () => {
    const c1 = await coach();
    const c2 = await coach();
    const amina = await client();
    await ask(amina, [c1]);
    await expect(ask(amina, [c2])).rejects.toEqual(new DomainError("requestAlreadyOpen"));

    const engaged = await client();
    await make.engagement({ programmeId, cohortId, profileId: c1.profileId, seekerId: engaged.id });
    await expect(ask(engaged, [c2])).rejects.toEqual(new DomainError("alreadyEngaged"));

    const outsider = await client({ enrolled: false });
    await expect(ask(outsider, [c2])).rejects.toEqual(new DomainError("notEnrolledForCoaching"));
    const waitlisted = await client({ enrolled: false });
    await prisma.cohortEnrolment.create({
      data: { cohortId, userId: waitlisted.id, role: "client", status: "waitlisted" },
    });
    await expect(ask(waitlisted, [c2])).rejects.toEqual(new DomainError("notEnrolledForCoaching"));
  });

  it("refuses people without the client permission", async () => {
    const c = await coach();
    await expect(
      requestMatch(prisma, { id: c.id, roles: ["coach"] }, { profileIds: [(await coach()).profileId], message }),
    ).rejects.toEqual(new DomainError("forbidden"));
  });

  it("makes one request when the same client submits twice at once", async () => {
    const amina = await client();
    const c = await coach();
    const results = await Promise.allSettled([ask(amina, [c]), ask(amina, [c])]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.matchRequest.count({ where: { seekerId: amina.id } })).toBe(1);
  });
});

describe("routing", () => {
  it("a decline asks the next choice (its own askedAt and dueAt) and tells the client; the last decline exhausts the request", async () => {
    const amina = await client({ preferredLanguage: "fr" });
    const [a, b] = [await coach({ name: "Alice" }), await coach({ name: "Bruno" })];
    const { requestId } = await ask(amina, [a, b], new Date("2025-01-06T09:00:00Z"));
    const monday = new Date("2025-01-07T09:00:00Z");
    await declineMatchRequest(
      prisma,
      a,
      { choiceId: await pendingChoice(requestId), reason: "  My diary is full until June.  " },
      monday,
    );
    const [first, second] = await choicesOf(requestId);
    expect(first).toMatchObject({
      status: "declined",
      declineReason: "My diary is full until June.",
      answeredAt: monday,
    });
    expect(second).toMatchObject({ status: "pending", askedAt: monday, dueAt: new Date("2025-01-10T09:00:00Z") });
    expect((await emailsTo(b.email)).map((m) => m.kind)).toEqual(["coach-request-asked"]);
    const [moved] = await emailsTo(amina.email);
    expect(moved.kind).toBe("coach-request-moved-on");
    expect(moved.subject).toBe("Votre demande de coach est transmise à Bruno");
    expect(moved.text).toContain("My diary is full until June.");

    await declineMatchRequest(prisma, b, { choiceId: second.id, reason: "" }, monday);
    expect(await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "exhausted",
      closedAt: monday,
    });
    const last = (await emailsTo(amina.email)).at(-1)!;
    expect(last).toMatchObject({ kind: "coach-request-exhausted", subject: fr.email.requests.exhausted.subject });
    expect(last.text).toContain(`${APP_URL}/coaches`);
    const view = await loadEngagements(prisma, amina);
    expect(view.seekers.find((s) => s.kind === "coach")?.requests.map((r) => r.status)).toEqual(["exhausted"]);
    // A new request is possible once exhausted.
    await expect(ask(amina, [a])).resolves.toBeTruthy();
  });

  it("moves on with its queries one after another on the transaction's connection, none sent while another runs", async () => {
    // What pg 8 queues with a deprecation warning in the server's log, and pg 9 will refuse; Prisma
    // itself sends the queries of several relations of one read side by side (prisma/orm#29646).
    const amina = await client();
    const [a, b] = [await coach({ name: "Alice" }), await coach({ name: "Bruno" })];
    const { requestId } = await ask(amina, [a, b], new Date("2025-01-06T09:00:00Z"));
    const { overlapping } = await watchDriverQueries(async () => {
      await declineMatchRequest(
        prisma,
        a,
        { choiceId: await pendingChoice(requestId) },
        new Date("2025-01-07T09:00:00Z"),
      );
      await advanceMatchRequests(prisma, new Date("2025-02-03T09:00:00Z"));
    });
    expect((await choicesOf(requestId)).map((c) => c.status)).toEqual(["declined", "lapsed"]);
    expect(overlapping).toEqual([]);
  });

  it("reminds the coach one working day before the answer is due, once; lapses overdue choices and moves on", async () => {
    const amina = await client();
    const [a, b] = [await coach(), await coach()];
    const friday = new Date("2025-01-10T10:00:00Z"); // due Wednesday 15th, 10:00; reminder Tuesday 14th, 10:00
    const { requestId } = await ask(amina, [a, b], friday);
    const mine = async () => (await choicesOf(requestId)).map((c) => c.status);

    await advanceMatchRequests(prisma, new Date("2025-01-14T09:59:00Z"));
    expect((await choicesOf(requestId))[0].remindedAt).toBeNull();
    await advanceMatchRequests(prisma, new Date("2025-01-14T10:00:00Z"));
    await advanceMatchRequests(prisma, new Date("2025-01-14T12:00:00Z"));
    expect((await choicesOf(requestId))[0].remindedAt).toEqual(new Date("2025-01-14T10:00:00Z"));
    expect((await emailsTo(a.email)).map((m) => m.kind)).toEqual(["coach-request-asked", "coach-request-reminder"]);
    expect(await mine()).toEqual(["pending", "waiting"]);

    const due = new Date("2025-01-15T10:00:00Z");
    await advanceMatchRequests(prisma, due);
    expect(await mine()).toEqual(["lapsed", "pending"]);
    expect((await choicesOf(requestId))[1]).toMatchObject({ askedAt: due, dueAt: new Date("2025-01-20T10:00:00Z") });
    expect((await emailsTo(amina.email)).at(-1)!.text).toContain(
      en.email.requests.movedOn.lapsed.replace("{coach}", a.name),
    );

    await advanceMatchRequests(prisma, new Date("2025-01-20T10:00:00Z"));
    expect(await mine()).toEqual(["lapsed", "lapsed"]);
    expect((await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("exhausted");
  });

  it("skips a next choice whose coach can no longer take a client", async () => {
    const amina = await client();
    const [a, b, c] = [await coach(), await coach({ capacity: 1 }), await coach()];
    const { requestId } = await ask(amina, [a, b, c]);
    await fill(b, 1);
    await declineMatchRequest(prisma, a, { choiceId: await pendingChoice(requestId) });
    expect((await choicesOf(requestId)).map((x) => x.status)).toEqual(["declined", "declined", "pending"]);
    expect((await choicesOf(requestId))[1].declineReason).toBe(en.requests.notes.unavailable);
  });

  it("accepting creates the engagement, skips the other choices and tells the client", async () => {
    const amina = await client();
    const [a, b, c] = [await coach(), await coach({ name: "Bea" }), await coach()];
    const { requestId } = await ask(amina, [a, b, c]);
    await declineMatchRequest(prisma, a, { choiceId: await pendingChoice(requestId) });
    const { engagementId } = await acceptMatchRequest(prisma, b, { choiceId: await pendingChoice(requestId) });
    expect((await choicesOf(requestId)).map((x) => x.status)).toEqual(["declined", "accepted", "skipped"]);
    expect(await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "accepted",
    });
    expect(await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } })).toMatchObject({
      status: "active",
      seekerId: amina.id,
      profileId: b.profileId,
      requestId,
      programmeId,
      cohortId,
    });
    expect((await emailsTo(amina.email)).at(-1)).toMatchObject({
      kind: "coach-request-accepted",
      subject: "Bea will be your coach",
    });
    const coachView = await loadEngagements(prisma, b);
    expect(coachView.active.map((e) => e.other.id)).toEqual([amina.id]);
    expect(coachView.providers.find((p) => p.kind === "coach")?.freePlaces).toBe(2);
    // Answered once: a second accept or a decline is refused.
    await expect(acceptMatchRequest(prisma, b, { choiceId: (await choicesOf(requestId))[1].id })).rejects.toEqual(
      new DomainError("requestNoLongerPending"),
    );
  });

  it("a client withdraws their open request; the asked coach is told and can no longer answer", async () => {
    const amina = await client();
    const [a, b] = [await coach(), await coach()];
    const { requestId } = await ask(amina, [a, b]);
    const choiceId = await pendingChoice(requestId);
    await withdrawMatchRequest(prisma, amina, { requestId });
    expect((await choicesOf(requestId)).map((x) => x.status)).toEqual(["skipped", "skipped"]);
    expect((await emailsTo(a.email)).map((m) => m.kind)).toEqual(["coach-request-asked", "coach-request-withdrawn"]);
    await expect(acceptMatchRequest(prisma, a, { choiceId })).rejects.toEqual(
      new DomainError("requestNoLongerPending"),
    );
    await expect(withdrawMatchRequest(prisma, amina, { requestId })).rejects.toEqual(new DomainError("requestNotOpen"));
  });
});

describe("authorization", () => {
  it("a client cannot accept or decline their own request, nor withdraw someone else's", async () => {
    const amina = await client();
    const other = await client();
    const a = await coach();
    const { requestId } = await ask(amina, [a]);
    const choiceId = await pendingChoice(requestId);
    const before = await snapshot();
    await expect(acceptMatchRequest(prisma, amina, { choiceId })).rejects.toEqual(new DomainError("forbidden"));
    await expect(declineMatchRequest(prisma, amina, { choiceId })).rejects.toEqual(new DomainError("forbidden"));
    await expect(withdrawMatchRequest(prisma, other, { requestId })).rejects.toEqual(new DomainError("notFound"));
    expect(await snapshot()).toEqual(before);
  });

  it("a coach cannot accept or decline a choice addressed to another coach", async () => {
    const amina = await client();
    const [a, b] = [await coach(), await coach()];
    const { requestId } = await ask(amina, [a, b]);
    const choiceId = await pendingChoice(requestId);
    const waitingId = (await choicesOf(requestId))[1].id;
    const before = await snapshot();
    await expect(acceptMatchRequest(prisma, b, { choiceId })).rejects.toEqual(new DomainError("forbidden"));
    await expect(declineMatchRequest(prisma, b, { choiceId })).rejects.toEqual(new DomainError("forbidden"));
    // b's own choice is not asked yet.
    await expect(acceptMatchRequest(prisma, b, { choiceId: waitingId })).rejects.toEqual(
      new DomainError("requestNoLongerPending"),
    );
    expect(await snapshot()).toEqual(before);
  });

  it("only the two people of an engagement can end it", async () => {
    const amina = await client();
    const a = await coach();
    const { requestId } = await ask(amina, [a]);
    const { engagementId } = await acceptMatchRequest(prisma, a, { choiceId: await pendingChoice(requestId) });
    const admin = {
      id: (await make.person()).id,
      roles: ["programme_admin"] as Role[],
    };
    for (const stranger of [await client(), await coach(), admin]) {
      await expect(endEngagement(prisma, stranger, { engagementId, reason: "No." })).rejects.toBeInstanceOf(
        DomainError,
      );
    }
    expect((await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } })).status).toBe("active");
    await expect(listEndedEngagements(prisma, amina)).rejects.toEqual(new DomainError("forbidden"));
  });
});

describe("pausing", () => {
  it("declines every pending choice with a note, moves each client on, and takes the coach out of the directory; resume reopens", async () => {
    const carlos = await coach({ name: "Carlos" });
    const next = await coach({ name: "Nadia" });
    const amina = await client({ preferredLanguage: "fr" });
    const omar = await client();
    const r1 = await ask(amina, [carlos, next]);
    const r2 = await ask(omar, [carlos]);
    const { declined } = await setProfileAvailability(prisma, carlos, { availability: "paused" });
    expect(declined).toBe(2);
    expect((await prisma.matchingProfile.findUniqueOrThrow({ where: { id: carlos.profileId } })).availability).toBe(
      "paused",
    );
    const [c1, c2] = await choicesOf(r1.requestId);
    expect(c1).toMatchObject({ status: "declined", declineReason: fr.requests.notes.paused });
    expect(c2.status).toBe("pending");
    expect((await prisma.matchRequest.findUniqueOrThrow({ where: { id: r2.requestId } })).status).toBe("exhausted");
    expect((await emailsTo(amina.email)).at(-1)!.text).toContain("Carlos a suspendu sa disponibilité");
    expect((await emailsTo(omar.email)).at(-1)!.kind).toBe("coach-request-exhausted");
    // Not listed: a new request to the paused coach is refused.
    await expect(ask(await client(), [carlos])).rejects.toMatchObject({ code: "coachPaused" });

    await setProfileAvailability(prisma, carlos, { availability: "open" });
    expect((await prisma.matchingProfile.findUniqueOrThrow({ where: { id: carlos.profileId } })).availability).toBe(
      "open",
    );
    await expect(setProfileAvailability(prisma, amina, { availability: "paused" })).rejects.toEqual(
      new DomainError("forbidden"),
    );
  });
});

describe("capacity and pause from the coach's profile page", () => {
  it("pausing there moves waiting clients on, as the pause on /engagements does", async () => {
    const carlos = await coach({ name: "Carlos" });
    const next = await coach({ name: "Nadia" });
    const amina = await client();
    const r = await ask(amina, [carlos, next]);
    await saveCoachCapacity(prisma, carlos, { capacity: 2, availability: "paused" });
    const [c1, c2] = await choicesOf(r.requestId);
    expect(c1.status).toBe("declined");
    expect(c2.status).toBe("pending");
    expect((await prisma.matchingProfile.findUniqueOrThrow({ where: { id: carlos.profileId } })).availability).toBe(
      "paused",
    );
  });

  it("never lowers capacity below the clients the coach already works with", async () => {
    const carlos = await coach({ capacity: 3 });
    await fill(carlos, 2);
    await expect(saveCoachCapacity(prisma, carlos, { capacity: 1, availability: "open" })).rejects.toEqual(
      new DomainError("capacityBelowActive"),
    );
    expect((await prisma.matchingProfile.findUniqueOrThrow({ where: { id: carlos.profileId } })).capacity).toBe(3);
    await saveCoachCapacity(prisma, carlos, { capacity: 2, availability: "open" });
    expect((await prisma.matchingProfile.findUniqueOrThrow({ where: { id: carlos.profileId } })).capacity).toBe(2);
  });
});

describe("ending an engagement", () => {
  it("requires a reason; ends it at once, frees the place, tells the other person, and shows in the admins' list", async () => {
    const carlos = await coach({ capacity: 1, preferredLanguage: "fr", name: "Carlos" });
    const amina = await client();
    const { requestId } = await ask(amina, [carlos]);
    const { engagementId } = await acceptMatchRequest(prisma, carlos, { choiceId: await pendingChoice(requestId) });
    await expect(ask(await client(), [carlos])).rejects.toMatchObject({ code: "coachFull" });

    await expect(endEngagement(prisma, amina, { engagementId, reason: "  " })).rejects.toEqual(
      new DomainError("endReasonRequired"),
    );
    const reason = "I am moving to a field mission with no time for sessions.";
    await endEngagement(prisma, amina, { engagementId, reason });
    const ended = await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } });
    expect(ended).toMatchObject({ status: "ended", endReason: reason, endedById: amina.id });
    expect(ended.endedAt).toBeInstanceOf(Date);
    const mail = (await emailsTo(carlos.email)).at(-1)!;
    expect(mail.kind).toBe("engagement-ended");
    expect(mail.subject).toContain("a mis fin à votre accompagnement");
    expect(mail.text).toContain(reason);
    await expect(endEngagement(prisma, carlos, { engagementId, reason: "again" })).rejects.toEqual(
      new DomainError("engagementNotActive"),
    );

    // The place is free again at once.
    const next = await client();
    const r = await ask(next, [carlos]);
    await acceptMatchRequest(prisma, carlos, { choiceId: await pendingChoice(r.requestId) });
    const admin = { id: amina.id, roles: ["programme_admin"] as Role[] };
    const list = await listEndedEngagements(prisma, admin);
    expect(list.find((e) => e.id === engagementId)).toMatchObject({ reason, endedBy: "client", coachName: "Carlos" });
    const view = await loadEngagements(prisma, amina);
    expect(view.past.map((e) => [e.id, e.endedByMe])).toEqual([[engagementId, true]]);
  });
});

/**
 * Runs `work` on separate connections so the transactions really run side by side: one client
 * (one connection) per call on PostgreSQL; the embedded PGlite's socket server takes 20
 * connections but runs one session, and stalls when many transactions interleave: there the calls
 * queue on one connection (the race is then trivially won; the real one runs on PostgreSQL).
 */
const inParallel = <T>(count: number, work: (client: Db, i: number) => Promise<T>) =>
  app.inParallel(Array.from({ length: count }, (_, i) => (client: Db) => work(client, i)));

describe("capacity under concurrency", () => {
  it(`20 requests to a coach with one place left, accepted at once, make exactly one engagement (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, async () => {
    const carlos = await coach({ capacity: 3 });
    await fill(carlos, 2);
    const clients = await Promise.all(Array.from({ length: 20 }, () => client()));
    const choiceIds: string[] = [];
    for (const c of clients) choiceIds.push(await pendingChoice((await ask(c, [carlos])).requestId));
    const results = await inParallel(20, (c, i) => acceptMatchRequest(c, carlos, { choiceId: choiceIds[i] }));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toEqual(new DomainError("coachFullAccept"));
    expect(await activeOf(carlos)).toBe(3);
    expect(
      await prisma.matchRequest.count({ where: { seekerId: { in: clients.map((c) => c.id) }, status: "accepted" } }),
    ).toBe(1);
  });

  it("20 parallel accepts of the same request by a coach with one place: one succeeds", async () => {
    const carlos = await coach({ capacity: 1 });
    const amina = await client();
    const choiceId = await pendingChoice((await ask(amina, [carlos])).requestId);
    const results = await inParallel(20, (c) => acceptMatchRequest(c, carlos, { choiceId }));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(DomainError);
    expect(await activeOf(carlos)).toBe(1);
    expect(await prisma.engagement.count({ where: { seekerId: amina.id } })).toBe(1);
  });

  it("a client with two open requests answered at once ends with one engagement", async () => {
    const amina = await client();
    const [a, b] = [await coach(), await coach()];
    const first = await ask(amina, [a]);
    // A second open request in the same programme (as legacy data or another path might leave).
    const second = await make.request({
      programmeId,
      cohortId,
      seekerId: amina.id,
      message,
      choices: [
        {
          profileId: b.profileId,
          status: "pending",
          askedAt: new Date(),
          dueAt: new Date(Date.now() + 86_400_000),
        },
      ],
    });
    const answers = [
      { coach: a, choiceId: await pendingChoice(first.requestId) },
      { coach: b, choiceId: second.choices[0].id },
    ];
    const results = await inParallel(2, (c, i) =>
      acceptMatchRequest(c, answers[i].coach, { choiceId: answers[i].choiceId }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toEqual(new DomainError("clientAlreadyEngaged"));
    expect(await prisma.engagement.count({ where: { seekerId: amina.id, status: "active" } })).toBe(1);
  });
});
