// The fit check after the introduction and the midway relationship pulse: only the engagement's two
// people answer; one "no" ends the engagement as not a fit (the place frees, the seat stays, a new
// request can go at once, the dashboard counts it apart from early endings); two answers at once
// make one outcome; pulse answers are private and shown to admins only over five answers.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where races are real).
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";
import { dayFromToday, type Person, type ProfileHolder } from "../support/factories";
import { refusal } from "../support/refusal";

const app = await setUpApp({ appUrl: "https://binome.example.org", requests: true });
const { prisma, make, signIn } = app;
const { answerFitCheck } = await import("@/lib/server/fit-check/answer-fit-check");
const { loadFitCheck } = await import("@/lib/server/fit-check/load-fit-check");
const { listNotAFitProfiles } = await import("@/lib/server/fit-check/list-not-a-fit-profiles");
const { answerPulse } = await import("@/lib/server/pulse/answer-pulse");
const { loadPulse } = await import("@/lib/server/pulse/load-pulse");
const { answerFitCheckAction } = await import("@/lib/actions/answer-fit-check");
const { answerPulseAction } = await import("@/lib/actions/answer-pulse");
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { countActiveEngagements } = await import("@/lib/server/engagements/count-active-engagements");
const { loadCohortDashboard } = await import("@/lib/server/dashboard/load-cohort-dashboard");

const ADMIN: { roles: Role[] } = { roles: ["programme_admin"] };
const NO_FILTER = { entity: null, station: null };
const coaching = (await make.programme({ type: "coaching" })).id;
const mentoring = (await make.programme({ type: "mentoring" })).id;

type Spec = { status?: "planned" | "scheduled" | "completed"; startsAt?: Date };
/** A coaching (or mentoring) pairing in a fresh cohort: the client enrolled, the coach with `capacity` places. */
async function pairing(
  opts: {
    sessions?: Spec[];
    clientLang?: "en" | "fr";
    capacity?: number;
    programmeId?: string;
    cohortId?: string;
  } = {},
) {
  const programmeId = opts.programmeId ?? coaching;
  const cohortId = opts.cohortId ?? (await make.cohort({ programmeId, seats: 50 })).id;
  const mentor = programmeId === mentoring;
  const client = await make.person({
    roles: [mentor ? "mentee" : "client"],
    preferredLanguage: opts.clientLang ?? "fr",
    enrolIn: { cohortId, role: mentor ? "mentee" : "client" },
  });
  const coach = mentor
    ? await make.mentor({ programmeId, name: "Maria Mentor", capacity: opts.capacity ?? 3 })
    : await make.coach({ name: "Carlos Mendes", capacity: opts.capacity ?? 3, preferredLanguage: "en" });
  const engagement = await make.engagement({
    programmeId,
    cohortId,
    profileId: coach.profileId,
    seekerId: client.id,
    sessions: (opts.sessions ?? [{ status: "completed", startsAt: dayFromToday(-3) }, {}, {}, {}, {}, {}]).map((s) => ({
      status: s.status ?? "planned",
      startsAt: s.startsAt,
    })),
  });
  return { cohortId, client, coach, engagementId: engagement.id, sessions: engagement.sessions };
}
const engagementOf = (id: string) => prisma.engagement.findUniqueOrThrow({ where: { id } });
const emailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const completed = (n: number): Spec[] =>
  Array.from({ length: 6 }, (_, i) => (i < n ? { status: "completed" as const, startsAt: dayFromToday(-30 + i) } : {}));

describe("the fit check", () => {
  it("a no ends the engagement as not a fit: the place frees, the seat stays, a new request goes at once", async () => {
    const { cohortId, client, coach, engagementId, sessions } = await pairing({
      capacity: 1,
      sessions: [
        { status: "completed", startsAt: dayFromToday(-3) },
        { status: "scheduled", startsAt: dayFromToday(10) },
        {},
      ],
    });
    expect(await countActiveEngagements(prisma, coach.profileId)).toBe(1);
    const other = await make.coach({ name: "Nadia Haddad" });

    // The client says yes with a private comment; the coach then sees only that the client answered.
    expect(
      await answerFitCheck(prisma, client, { engagementId, fits: true, comment: "Bonne première rencontre." }),
    ).toEqual({ outcome: "pending" });
    const coachView = await loadFitCheck(prisma, coach, engagementId);
    expect(coachView).toMatchObject({ open: true, mine: null, otherAnswered: true, myComment: null });
    expect(JSON.stringify(coachView)).not.toContain("Bonne première");
    expect(await refusal(answerFitCheck(prisma, client, { engagementId, fits: false }))).toBe("fitCheckAnswered");

    // The coach says no: the engagement ends as not a fit.
    expect(await answerFitCheck(prisma, coach, { engagementId, fits: false, comment: "Different goals." })).toEqual({
      outcome: "notAFit",
    });
    expect(await engagementOf(engagementId)).toMatchObject({
      status: "ended",
      endedAsNotAFit: true,
      endedById: coach.id,
      endReason: null,
    });
    // The sessions to come are cancelled as an ending cancels them (the agreed one with its calendar cancellation).
    const after = await prisma.engagementSession.findMany({ where: { engagementId }, orderBy: { position: "asc" } });
    expect(after.map((s) => s.status)).toEqual(["completed", "cancelled", "planned"]);
    expect(after[1].icsSequence).toBeGreaterThan(sessions[1].icsSequence);
    // Both are told, each in their language; the e-mails carry no comment.
    const toClient = (await emailsTo(client.email)).filter((m) => m.kind === "fit-check-not-a-fit");
    const toCoach = (await emailsTo(coach.email)).filter((m) => m.kind === "fit-check-not-a-fit");
    expect(toClient.map((m) => m.subject)).toEqual([fr.email.fitCheck.subject]);
    expect(toCoach.map((m) => m.subject)).toEqual([en.email.fitCheck.subject]);
    expect(toClient[0].text).toContain("https://binome.example.org/coaches");
    expect(toClient[0].text).not.toContain("Different goals");
    // Audit rows: the answers (no comment text) and the ending.
    const audits = await prisma.auditLog.findMany({ where: { targetId: engagementId }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["fit-check.answer", "fit-check.answer", "engagement.end"]),
    );
    expect(JSON.stringify(audits.map((a) => a.data))).not.toContain("Different goals");

    // The place frees, the seat stays, the client may ask again at once; the coach is exposed as not to suggest.
    expect(await countActiveEngagements(prisma, coach.profileId)).toBe(0);
    expect(await prisma.cohortEnrolment.findFirstOrThrow({ where: { userId: client.id, cohortId } })).toMatchObject({
      status: "enrolled",
    });
    const { requestId } = await requestMatch(prisma, client, { profileIds: [other.profileId], message: "Bonjour !" });
    expect(await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "open",
      cohortId,
    });
    expect(await listNotAFitProfiles(prisma, client.id)).toEqual([coach.profileId]);

    // The panels: the client is led back to choosing, the coach sees it ended; each sees only their own comment.
    expect(await loadFitCheck(prisma, client, engagementId)).toMatchObject({
      endedAsNotAFit: true,
      role: "client",
      kind: "coach",
      myComment: "Bonne première rencontre.",
    });
    expect(await loadFitCheck(prisma, coach, engagementId)).toMatchObject({
      endedAsNotAFit: true,
      myComment: "Different goals.",
    });

    // The cohort dashboard: a fit rate, and no early ending.
    const f = (await loadCohortDashboard(prisma, ADMIN, cohortId, NO_FILTER))!.figures!;
    expect(f.fit).toEqual({ fits: 0, notAFit: 1, rate: 0 });
    expect(f.outcomes).toMatchObject({ ended: 0, endedByCoach: 0, endedByClient: 0 });
    expect(f.earlyEndings).toEqual([]);
  });

  it("two yeses confirm the pairing; the fit rate counts answered pairs only", async () => {
    const { cohortId, client, coach, engagementId } = await pairing();
    await pairing({ cohortId }); // not answered: not counted
    const notFit = await pairing({ cohortId });
    await answerFitCheck(prisma, notFit.client, { engagementId: notFit.engagementId, fits: false });
    await answerFitCheck(prisma, client, { engagementId, fits: true });
    expect(await answerFitCheck(prisma, coach, { engagementId, fits: true })).toEqual({ outcome: "fits" });
    expect((await engagementOf(engagementId)).status).toBe("active");
    expect(await loadFitCheck(prisma, client, engagementId)).toMatchObject({ outcome: "fits", open: false });
    const f = (await loadCohortDashboard(prisma, ADMIN, cohortId, NO_FILTER))!.figures!;
    expect(f.fit).toEqual({ fits: 1, notAFit: 1, rate: 0.5 });
    // Neither is an early ending.
    expect(f.outcomes.ended).toBe(0);
  });

  it("refuses outsiders, answers before the introduction or after the next session, and where it does not apply", async () => {
    const before = await pairing({ sessions: [{ status: "scheduled", startsAt: dayFromToday(2) }, {}] });
    const stranger = await make.person({ roles: ["client"] });
    expect(await refusal(answerFitCheck(prisma, stranger, { engagementId: before.engagementId, fits: false }))).toBe(
      "sessionNotFound",
    );
    await expect(loadFitCheck(prisma, stranger, before.engagementId)).rejects.toThrow();
    // Not even a programme admin answers for a pair: the engagement does not exist for anyone else.
    const admin = await make.person({ roles: ["programme_admin"] });
    expect(await refusal(answerFitCheck(prisma, admin, { engagementId: before.engagementId, fits: false }))).toBe(
      "sessionNotFound",
    );
    expect(
      await refusal(answerFitCheck(prisma, before.client, { engagementId: before.engagementId, fits: false })),
    ).toBe("fitCheckNotOpen");
    const later = await pairing({ sessions: completed(2) });
    expect(await refusal(answerFitCheck(prisma, later.client, { engagementId: later.engagementId, fits: true }))).toBe(
      "fitCheckNotOpen",
    );
    const tripartite = await pairing({ programmeId: (await make.programme({ type: "tripartite_coaching" })).id });
    expect(
      await refusal(answerFitCheck(prisma, tripartite.client, { engagementId: tripartite.engagementId, fits: false })),
    ).toBe("fitCheckNotAvailable");
    expect(await loadFitCheck(prisma, tripartite.client, tripartite.engagementId)).toBeNull();
    expect((await engagementOf(before.engagementId)).status).toBe("active");
  });

  it("the action refuses a missing answer beside its field, in the person's language", async () => {
    const { client, engagementId } = await pairing({ clientLang: "fr" });
    await signIn(client);
    expect(await answerFitCheckAction({ engagementId, comment: "" })).toMatchObject({
      ok: false,
      fieldErrors: { fits: fr.errors.fitAnswerRequired },
    });
    expect(await answerFitCheckAction({ engagementId, fits: "no", comment: "x".repeat(501) })).toMatchObject({
      ok: false,
      fieldErrors: { comment: fr.errors.textTooLong },
    });
    expect(await answerFitCheckAction({ engagementId, fits: "yes", comment: "" })).toEqual({ ok: true });
    expect(await prisma.engagementFitAnswer.count({ where: { engagementId } })).toBe(1);
  });

  it(`two answers given at once make one outcome (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, async () => {
    // Both say no at once: one ending, one audit row of it, one set of e-mails.
    const a = await pairing();
    const both = await app.inParallel(
      [a.client, a.coach].map((who) => (db) => answerFitCheck(db, who, { engagementId: a.engagementId, fits: false })),
    );
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of both) if (r.status === "rejected") expect(r.reason.code).toBe("engagementNotActive");
    expect(await prisma.auditLog.count({ where: { targetId: a.engagementId, action: "engagement.end" } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { kind: "fit-check-not-a-fit", to: a.client.email } })).toBe(1);

    // Both say yes at once: both answers kept, the pairing fits.
    const b = await pairing();
    const yes = await app.inParallel(
      [b.client, b.coach].map((who) => (db) => answerFitCheck(db, who, { engagementId: b.engagementId, fits: true })),
    );
    expect(yes.every((r) => r.status === "fulfilled")).toBe(true);
    const outcomes = yes.map((r) => (r as PromiseFulfilledResult<{ outcome: string }>).value.outcome).sort();
    expect(outcomes).toEqual(["fits", "pending"]);

    // The same person twice at once: one answer.
    const c = await pairing();
    const twice = await app.inParallel(
      [0, 1].map(() => (db) => answerFitCheck(db, c.client, { engagementId: c.engagementId, fits: true })),
    );
    expect(twice.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.engagementFitAnswer.count({ where: { engagementId: c.engagementId } })).toBe(1);
  });
});

describe("the relationship pulse", () => {
  it("opens after coaching's session 3, once per person, private to its author", async () => {
    const early = await pairing({ sessions: completed(3) });
    expect(await refusal(answerPulse(prisma, early.client, { engagementId: early.engagementId, score: 4 }))).toBe(
      "pulseNotOpen",
    );
    expect(await loadPulse(prisma, early.client, early.engagementId)).toBeNull();

    const { client, coach, engagementId } = await pairing({ sessions: completed(4) });
    expect(await loadPulse(prisma, client, engagementId)).toMatchObject({ open: true, mine: null, afterPosition: 4 });
    await answerPulse(prisma, client, { engagementId, score: 2, comment: "Hard to find time." });
    expect(await refusal(answerPulse(prisma, client, { engagementId, score: 5 }))).toBe("pulseAnswered");
    // The coach is still asked, and never sees the client's answer.
    const coachView = await loadPulse(prisma, coach, engagementId);
    expect(coachView).toMatchObject({ open: true, mine: null });
    expect(JSON.stringify(coachView)).not.toContain("Hard to find");
    await answerPulse(prisma, coach, { engagementId, score: 5 });
    expect(await loadPulse(prisma, client, engagementId)).toMatchObject({
      open: false,
      mine: { score: 2, comment: "Hard to find time." },
    });
    const rows = await prisma.relationshipPulse.findMany({ where: { engagementId }, orderBy: { role: "asc" } });
    expect(rows.map((r) => [r.role, r.score])).toEqual([
      ["client", 2],
      ["coach", 5],
    ]);
    // The audit rows name the side only: no score, no comment.
    const audits = await prisma.auditLog.findMany({ where: { targetId: engagementId, action: "pulse.answer" } });
    expect(audits.map((a) => a.data)).toEqual(expect.arrayContaining([{ side: "client" }, { side: "coach" }]));
    // Nobody is told.
    expect(await prisma.outboxEmail.count({ where: { to: { in: [client.email, coach.email] } } })).toBe(0);
  });

  it("opens after mentoring's session 4, and refuses outsiders and ended engagements", async () => {
    const three = await pairing({ programmeId: mentoring, sessions: completed(3) });
    expect(await refusal(answerPulse(prisma, three.client, { engagementId: three.engagementId, score: 3 }))).toBe(
      "pulseNotOpen",
    );
    const four = await pairing({ programmeId: mentoring, sessions: completed(4) });
    await answerPulse(prisma, four.coach, { engagementId: four.engagementId, score: 4 });
    const stranger = await make.person({ roles: ["mentee"] });
    expect(await refusal(answerPulse(prisma, stranger, { engagementId: four.engagementId, score: 3 }))).toBe(
      "sessionNotFound",
    );
    await prisma.engagement.update({
      where: { id: four.engagementId },
      data: { status: "ended", endedAt: new Date() },
    });
    expect(await refusal(answerPulse(prisma, four.client, { engagementId: four.engagementId, score: 3 }))).toBe(
      "engagementNotActive",
    );
  });

  it("the action refuses a score outside 1 to 5 beside its field", async () => {
    const { client, engagementId } = await pairing({ sessions: completed(4), clientLang: "en" });
    await signIn(client);
    expect(await answerPulseAction({ engagementId, score: "7", comment: "" })).toMatchObject({
      ok: false,
      fieldErrors: { score: en.errors.pulseScoreRequired },
    });
    expect(await answerPulseAction({ engagementId, comment: "" })).toMatchObject({
      ok: false,
      fieldErrors: { score: en.errors.pulseScoreRequired },
    });
    expect(await answerPulseAction({ engagementId, score: "4", comment: "" })).toEqual({ ok: true });
  });

  it(`the same person answering twice at once makes one answer (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, async () => {
    const { client, engagementId } = await pairing({ sessions: completed(4) });
    const results = await app.inParallel(
      [3, 4].map((score) => (db) => answerPulse(db, client, { engagementId, score })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.relationshipPulse.count({ where: { engagementId } })).toBe(1);
  });

  it("admins see aggregates only over five answers, the sides apart only when both have five", async () => {
    const cohortId = (await make.cohort({ programmeId: coaching, seats: 50 })).id;
    const pairs: { client: Person; coach: ProfileHolder; engagementId: string }[] = [];
    for (let i = 0; i < 5; i++) pairs.push(await pairing({ cohortId, sessions: completed(4) }));
    const figures = async () => (await loadCohortDashboard(prisma, ADMIN, cohortId, NO_FILTER))!.figures!.pulse;

    for (const [i, p] of pairs.slice(0, 4).entries())
      await answerPulse(prisma, p.client, { engagementId: p.engagementId, score: 5 - i, comment: "secret words" });
    expect(await figures()).toEqual({ all: { shown: false, answers: 4 }, sides: null });

    await answerPulse(prisma, pairs[4].client, { engagementId: pairs[4].engagementId, score: 4 });
    await answerPulse(prisma, pairs[0].coach, { engagementId: pairs[0].engagementId, score: 1 });
    const six = await figures();
    expect(six.all).toMatchObject({ shown: true, answers: 6, distribution: { 1: 1, 2: 1, 3: 1, 4: 2, 5: 1 } });
    // One coach's answer must not be readable by subtracting the clients from the whole.
    expect(six.sides).toBeNull();
    expect(JSON.stringify(six)).not.toContain("secret");

    for (const p of pairs.slice(1)) await answerPulse(prisma, p.coach, { engagementId: p.engagementId, score: 4 });
    const ten = await figures();
    expect(ten.sides?.clients).toMatchObject({ shown: true, answers: 5, average: 3.6 });
    expect(ten.sides?.coaches).toMatchObject({ shown: true, answers: 5, average: 3.4 });
  });
});
