// The one-minute evaluation and the closing evaluation: who may give them, once only (also when
// two submissions race), and that they stay confidential — the other participant reads none of
// them through any loader or action, programme admins see aggregates over at least five answers.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where races are real).
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/domain/roles";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/server/errors";
import en from "@/messages/en.json";
import { setUpApp } from "../support/app";
import type { Person } from "../support/factories";

// Server actions ask who is signed in and translate refusals: the tests sign people in.
const { prisma, make, signIn, signOut, inParallel } = await setUpApp({ requests: true });
const { submitSessionFeedback } = await import("@/lib/server/feedback/submit-session-feedback");
const { submitClosingEvaluation } = await import("@/lib/server/feedback/submit-closing-evaluation");
const { loadOwnFeedback } = await import("@/lib/server/feedback/load-own-feedback");
const { loadOwnClosingEvaluation } = await import("@/lib/server/feedback/load-own-closing-evaluation");
const { loadEvaluationsDue } = await import("@/lib/server/feedback/load-evaluations-due");
const { loadFeedbackAggregates } = await import("@/lib/server/feedback/load-feedback-aggregates");
const { loadAttestation } = await import("@/lib/server/feedback/load-attestation");
const { submitSessionFeedbackAction } = await import("@/lib/actions/submit-session-feedback");
const { submitClosingEvaluationAction } = await import("@/lib/actions/submit-closing-evaluation");

const day = (s: string) => new Date(`${s}T00:00:00Z`);
let programmeId = (
  await make.programme({ slug: "peer-coaching", nameEn: "Peer coaching", nameFr: "Coaching entre pairs" })
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

/** A person with these roles (and an approved coach profile when a coach). */
const person = (roles: Role[], name?: string): Promise<Person> =>
  roles.includes("coach") ? make.coach({ roles, name }) : make.person({ roles, name });

/** An engagement of `coach` with `client`, its sessions in the given statuses (position 1, 2, …). */
async function engagement(
  coach: Person,
  client: Person,
  statuses: SessionStatus[],
  options: { status?: "active" | "completed" | "ended"; cohort?: string } = {},
) {
  const profile = await prisma.matchingProfile.findUniqueOrThrow({
    where: { userId_kind: { userId: coach.id, kind: "coach" } },
  });
  const e = await make.engagement({
    programmeId,
    cohortId: options.cohort ?? cohortId,
    profileId: profile.id,
    seekerId: client.id,
    status: options.status ?? "active",
    completedAt: options.status === "completed" ? new Date() : null,
    sessions: statuses.map((status, i) => ({
      status,
      suggestedAt: new Date(Date.UTC(2025, 0, 1 + 30 * i)),
      startsAt: status === "planned" ? null : new Date(Date.UTC(2025, 0, 1 + 30 * i, 14)),
      completedAt: status === "completed" ? new Date(Date.UTC(2025, 0, 1 + 30 * i, 15)) : null,
    })),
  });
  return { id: e.id, sessions: e.sessions.map((s) => s.id) };
}

const answer = (
  engagementId: string,
  sessionId: string,
  over: Partial<{ usefulness: number; helped: string[]; comment: string | null }> = {},
) => ({
  engagementId,
  sessionId,
  usefulness: 4,
  helped: ["listening"],
  comment: null,
  ...over,
});
const closing = (
  engagementId: string,
  over: Partial<{ usefulness: number; objectivesMet: string; wouldRecommend: boolean; comment: string | null }> = {},
) => ({
  engagementId,
  usefulness: 5,
  objectivesMet: "yes",
  wouldRecommend: true,
  comment: null,
  ...over,
});
describe("the one-minute evaluation", () => {
  it("is given by each participant on a completed session, and each reads only their own", async () => {
    const carlos = await person(["coach"], "Carlos Mendes");
    const amina = await person(["client"], "Amina Diallo");
    const e = await engagement(carlos, amina, ["completed", "completed", "scheduled"]);
    const emailsBefore = await prisma.outboxEmail.count();

    await submitSessionFeedback(
      prisma,
      amina,
      answer(e.id, e.sessions[0], {
        usefulness: 2,
        helped: ["tools", "questions", "tools"],
        comment: "Amina's private words",
      }),
    );
    await submitSessionFeedback(
      prisma,
      carlos,
      answer(e.id, e.sessions[0], { usefulness: 5, helped: ["encouragement"], comment: "Carlos's private words" }),
    );

    const hers = await loadOwnFeedback(prisma, amina.id, e.id);
    expect([...hers.keys()]).toEqual([e.sessions[0]]);
    expect(hers.get(e.sessions[0])).toMatchObject({
      usefulness: 2,
      helped: ["tools", "questions"],
      comment: "Amina's private words",
    });
    const his = await loadOwnFeedback(prisma, carlos.id, e.id);
    expect(his.get(e.sessions[0])).toMatchObject({
      usefulness: 5,
      helped: ["encouragement"],
      comment: "Carlos's private words",
    });
    expect(JSON.stringify([...his.values()])).not.toContain("Amina");
    expect(JSON.stringify([...hers.values()])).not.toContain("Carlos");

    // Nobody is told, and the audit trail records that an evaluation was given, not what it says.
    expect(await prisma.outboxEmail.count()).toBe(emailsBefore);
    const trail = await prisma.auditLog.findMany({ where: { action: "session.feedback", targetId: e.sessions[0] } });
    expect(trail.map((a) => a.actorId).sort()).toEqual([amina.id, carlos.id].sort());
    expect(JSON.stringify(trail)).not.toMatch(/private words|usefulness|encouragement/);
  });

  it("is refused until the session is completed, and for missed or cancelled ones", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const e = await engagement(coach, client, ["scheduled", "planned", "missed", "cancelled", "proposed"]);
    for (const sessionId of e.sessions)
      await expect(submitSessionFeedback(prisma, client, answer(e.id, sessionId))).rejects.toEqual(
        new DomainError("sessionNotCompleted"),
      );
    expect(await prisma.sessionFeedback.count({ where: { session: { engagementId: e.id } } })).toBe(0);
  });

  it("cannot be given by a stranger, a coach of another engagement, for a session of another engagement, or without the permission", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const e = await engagement(coach, client, ["completed"]);
    const otherCoach = await person(["coach"]);
    const otherClient = await person(["client"]);
    const other = await engagement(otherCoach, otherClient, ["completed"]);
    const hr = await person(["hr_reviewer"]);

    await expect(submitSessionFeedback(prisma, otherCoach, answer(e.id, e.sessions[0]))).rejects.toEqual(
      new DomainError("notFound"),
    );
    await expect(submitSessionFeedback(prisma, otherClient, answer(e.id, e.sessions[0]))).rejects.toEqual(
      new DomainError("notFound"),
    );
    // Naming one's own engagement does not open another engagement's session.
    await expect(submitSessionFeedback(prisma, otherCoach, answer(other.id, e.sessions[0]))).rejects.toEqual(
      new DomainError("notFound"),
    );
    await expect(submitSessionFeedback(prisma, client, answer(e.id, "no-such-session"))).rejects.toEqual(
      new DomainError("notFound"),
    );
    // HR reviewers may hold engagements of their own (networking), not this one: not found.
    await expect(submitSessionFeedback(prisma, hr, answer(e.id, e.sessions[0]))).rejects.toEqual(
      new DomainError("notFound"),
    );
    // The same through the server action the form calls: a translated refusal, nothing written.
    await signIn(otherCoach);
    expect(await submitSessionFeedbackAction(answer(e.id, e.sessions[0]))).toEqual({
      ok: false,
      error: en.errors.notFound,
    });
    signOut();
    expect(await submitSessionFeedbackAction(answer(e.id, e.sessions[0]))).toEqual({
      ok: false,
      error: en.errors.signedOut,
    });
    expect(await prisma.sessionFeedback.count({ where: { sessionId: e.sessions[0] } })).toBe(0);
  });

  it("is given once per person and session: a second one is refused and the first stays", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const e = await engagement(coach, client, ["completed"]);
    await submitSessionFeedback(prisma, client, answer(e.id, e.sessions[0], { usefulness: 3 }));
    await expect(submitSessionFeedback(prisma, client, answer(e.id, e.sessions[0], { usefulness: 1 }))).rejects.toEqual(
      new DomainError("feedbackAlreadyGiven"),
    );
    await signIn(client);
    expect(await submitSessionFeedbackAction({ ...answer(e.id, e.sessions[0]), usefulness: "5" })).toEqual({
      ok: false,
      error: en.errors.feedbackAlreadyGiven,
    });
    expect((await loadOwnFeedback(prisma, client.id, e.id)).get(e.sessions[0])?.usefulness).toBe(3);
  });

  it("keeps one of several submissions sent at the same moment, and tells the others clearly", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const e = await engagement(coach, client, ["completed"]);
    // A double click, two tabs… eight at once, so that some really meet at the unique index.
    const results = await inParallel(
      Array.from(
        { length: 8 },
        (_, i) => (c: Db) => submitSessionFeedback(c, client, answer(e.id, e.sessions[0], { usefulness: 1 + (i % 5) })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refused).toEqual(Array.from({ length: 7 }, () => new DomainError("feedbackAlreadyGiven")));
    expect(await prisma.sessionFeedback.count({ where: { sessionId: e.sessions[0] } })).toBe(1);
  });

  it("is sent through the action with the form's values (radio strings) and answers nothing but ok", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const e = await engagement(coach, client, ["completed"]);
    await signIn(client);
    const result = await submitSessionFeedbackAction({
      engagementId: e.id,
      sessionId: e.sessions[0],
      usefulness: "5",
      helped: ["action_plan"],
      comment: "  Clear next step.  ",
    });
    expect(result).toEqual({ ok: true });
    expect((await loadOwnFeedback(prisma, client.id, e.id)).get(e.sessions[0])).toMatchObject({
      usefulness: 5,
      helped: ["action_plan"],
      comment: "Clear next step.",
    });
    expect(
      await submitSessionFeedbackAction({
        engagementId: e.id,
        sessionId: e.sessions[0],
        usefulness: "",
        helped: [],
        comment: "",
      }),
    ).toEqual({
      ok: false,
      error: en.errors.usefulnessRequired,
      field: "usefulness",
      fieldErrors: { usefulness: en.errors.usefulnessRequired },
    });
  });
});

describe("the closing evaluation", () => {
  it("opens when the engagement is completed, once per person, and each reads only their own", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const active = await engagement(coach, client, ["completed", "scheduled"]);
    await expect(submitClosingEvaluation(prisma, client, closing(active.id))).rejects.toEqual(
      new DomainError("engagementNotCompleted"),
    );

    const done = await engagement(coach, client, ["completed", "completed"], { status: "completed" });
    await submitClosingEvaluation(
      prisma,
      client,
      closing(done.id, { objectivesMet: "partly", comment: "Client's closing words" }),
    );
    await expect(submitClosingEvaluation(prisma, client, closing(done.id))).rejects.toEqual(
      new DomainError("closingAlreadyGiven"),
    );
    expect(await loadOwnClosingEvaluation(prisma, coach.id, done.id)).toBeNull();
    expect(await loadOwnClosingEvaluation(prisma, client.id, done.id)).toMatchObject({
      objectivesMet: "partly",
      wouldRecommend: true,
      comment: "Client's closing words",
    });

    await signIn(coach);
    expect(
      await submitClosingEvaluationAction({
        engagementId: done.id,
        usefulness: "4",
        objectivesMet: "yes",
        wouldRecommend: "no",
        comment: "",
      }),
    ).toEqual({ ok: true });
    expect(await loadOwnClosingEvaluation(prisma, coach.id, done.id)).toMatchObject({
      usefulness: 4,
      objectivesMet: "yes",
      wouldRecommend: false,
      comment: null,
    });
    expect(await loadOwnClosingEvaluation(prisma, client.id, done.id)).toMatchObject({
      usefulness: 5,
      objectivesMet: "partly",
    });
    expect(
      JSON.stringify(await prisma.auditLog.findMany({ where: { action: "engagement.closing-evaluation" } })),
    ).not.toContain("closing words");
  });

  it("cannot be given by anyone outside the engagement, and several at once keep one", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const done = await engagement(coach, client, ["completed"], { status: "completed" });
    const stranger = await person(["coach", "client"]);
    await expect(submitClosingEvaluation(prisma, stranger, closing(done.id))).rejects.toEqual(
      new DomainError("notFound"),
    );
    await signIn(stranger);
    expect(
      await submitClosingEvaluationAction({
        engagementId: done.id,
        usefulness: 5,
        objectivesMet: "yes",
        wouldRecommend: "yes",
        comment: "",
      }),
    ).toEqual({ ok: false, error: en.errors.notFound });

    const results = await inParallel(
      Array.from(
        { length: 8 },
        (_, i) => (c: Db) => submitClosingEvaluation(c, coach, closing(done.id, { usefulness: 1 + (i % 5) })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refused).toEqual(Array.from({ length: 7 }, () => new DomainError("closingAlreadyGiven")));
    expect(await prisma.closingEvaluation.count({ where: { engagementId: done.id } })).toBe(1);
  });
});

describe("what the other participant and others can read", () => {
  it("never shows one participant's answers to the other, through any loader", async () => {
    const carlos = await person(["coach"], "Carlos");
    const amina = await person(["client"], "Amina");
    const e = await engagement(carlos, amina, ["completed", "completed"], { status: "completed" });
    await submitSessionFeedback(prisma, amina, answer(e.id, e.sessions[0], { comment: "only-amina-reads-this" }));
    await submitClosingEvaluation(prisma, amina, closing(e.id, { comment: "only-amina-closing" }));

    const seenByCarlos = JSON.stringify({
      own: [...(await loadOwnFeedback(prisma, carlos.id, e.id)).entries()],
      closing: await loadOwnClosingEvaluation(prisma, carlos.id, e.id),
      due: await loadEvaluationsDue(prisma, carlos.id, "en"),
      attestation: await loadAttestation(prisma, carlos, e.id),
    });
    expect(seenByCarlos).not.toContain("only-amina");
    expect((await loadOwnFeedback(prisma, carlos.id, e.id)).size).toBe(0);
    expect(await loadOwnClosingEvaluation(prisma, carlos.id, e.id)).toBeNull();
    await expect(loadFeedbackAggregates(prisma, carlos, { programmeId })).rejects.toEqual(new DomainError("forbidden"));
    await expect(loadFeedbackAggregates(prisma, amina, { programmeId })).rejects.toEqual(new DomainError("forbidden"));
  });

  it("tells each person which evaluations they still owe, from their own answers only", async () => {
    const coach = await person(["coach"], "Coach Due");
    const client = await person(["client"], "Client Due");
    const e = await engagement(coach, client, ["completed", "completed", "completed", "scheduled"]);
    await submitSessionFeedback(prisma, client, answer(e.id, e.sessions[0]));
    await submitSessionFeedback(prisma, coach, answer(e.id, e.sessions[1]));

    expect((await loadEvaluationsDue(prisma, client.id, "fr")).find((d) => d.engagementId === e.id)).toEqual({
      engagementId: e.id,
      side: "client",
      programmeType: "coaching",
      otherName: "Coach Due",
      sessions: [
        { position: 2, title: "Fixer les objectifs" },
        { position: 3, title: "Avancer vers les objectifs" },
      ],
      closing: false,
    });
    expect(
      (await loadEvaluationsDue(prisma, coach.id, "en"))
        .find((d) => d.engagementId === e.id)
        ?.sessions.map((s) => s.position),
    ).toEqual([1, 3]);

    const done = await engagement(coach, client, ["completed"], { status: "completed" });
    await submitSessionFeedback(prisma, client, answer(done.id, done.sessions[0]));
    expect((await loadEvaluationsDue(prisma, client.id, "en")).find((d) => d.engagementId === done.id)).toMatchObject({
      sessions: [],
      closing: true,
    });
    await submitClosingEvaluation(prisma, client, closing(done.id));
    expect((await loadEvaluationsDue(prisma, client.id, "en")).find((d) => d.engagementId === done.id)).toBeUndefined();

    const ended = await engagement(coach, client, ["completed"], { status: "ended" });
    expect(
      (await loadEvaluationsDue(prisma, client.id, "en")).find((d) => d.engagementId === ended.id),
    ).toBeUndefined();
  });

  it("gives programme admins aggregates over five answers or more, never fewer, never a comment, and withholds a revealing total", async () => {
    const admin = await person(["programme_admin"]);
    const coach = await person(["coach"]);
    const programme = await make.programme({ slug: "agg", nameEn: "Agg", nameFr: "Agg" });
    const cohort = (slug: string, startsOn: string) =>
      make.cohort({
        programmeId: programme.id,
        slug,
        nameEn: slug,
        nameFr: slug,
        startsOn: day(startsOn),
        endsOn: day("2030-01-01"),
        enrolmentOpensOn: day("2024-01-01"),
        enrolmentClosesOn: day("2029-01-01"),
        seats: 50,
        status: "running",
      });
    const [big, small] = [await cohort("big", "2025-01-01"), await cohort("small", "2025-06-01")];
    const saved = programmeId;
    programmeId = programme.id;
    try {
      const give = async (cohortId: string, usefulness: number) => {
        const client = await person(["client"]);
        const e = await engagement(coach, client, ["completed"], { cohort: cohortId });
        await submitSessionFeedback(
          prisma,
          client,
          answer(e.id, e.sessions[0], { usefulness, comment: "secret-comment" }),
        );
      };
      for (const u of [5, 4, 4, 3]) await give(big.id, u);
      let view = await loadFeedbackAggregates(prisma, admin, { programmeId: programme.id });
      expect(view.cohorts.map((c) => [c.nameEn, c.sessions])).toEqual([
        ["big", { shown: false, reason: "tooFew" }],
        ["small", { shown: false, reason: "none" }],
      ]);
      expect(view.total.sessions).toEqual({ shown: false, reason: "tooFew" });

      await give(big.id, 5);
      await give(small.id, 1);
      view = await loadFeedbackAggregates(prisma, admin, { programmeId: programme.id });
      expect(view.cohorts[0].sessions).toMatchObject({
        shown: true,
        aggregate: { answers: 5, averageUsefulness: 4.2, usefulness: { 1: 0, 2: 0, 3: 1, 4: 2, 5: 2 } },
      });
      expect(view.cohorts[1].sessions).toEqual({ shown: false, reason: "tooFew" });
      // 6 answers in all, but the total minus "big" would be the one answer given in "small".
      expect(view.total.sessions).toEqual({ shown: false, reason: "withheld" });
      expect(view.total.closing).toEqual({ shown: false, reason: "none" });
      expect(JSON.stringify(view)).not.toContain("secret-comment");

      for (const u of [2, 3, 4, 5]) await give(small.id, u);
      view = await loadFeedbackAggregates(prisma, admin, { programmeId: programme.id });
      expect(view.total.sessions).toMatchObject({ shown: true, aggregate: { answers: 10 } });
    } finally {
      programmeId = saved;
    }
  });
});

describe("the attestation of participation", () => {
  it("is for the client of a completed engagement only", async () => {
    const coach = await person(["coach"], "Carlos Mendes");
    const client = await person(["client"], "Joseph Kamau");
    const done = await engagement(
      coach,
      client,
      ["completed", "completed", "completed", "completed", "completed", "completed"],
      { status: "completed" },
    );
    expect(await loadAttestation(prisma, client, done.id)).toMatchObject({
      clientName: "Joseph Kamau",
      coachName: "Carlos Mendes",
      programme: { nameEn: "Peer coaching", nameFr: "Coaching entre pairs", type: "coaching" },
      cohort: { nameEn: "Now" },
      sessionsCompleted: 6,
    });
    expect(await loadAttestation(prisma, coach, done.id)).toBeNull();
    expect(await loadAttestation(prisma, await person(["client"]), done.id)).toBeNull();
    // Ownership decides, not roles: an admin or HR reviewer who is not the client gets nothing.
    expect(
      await loadAttestation(prisma, await person(["programme_admin", "hr_reviewer", "sponsor"]), done.id),
    ).toBeNull();
    const active = await engagement(coach, client, ["completed", "scheduled"]);
    expect(await loadAttestation(prisma, client, active.id)).toBeNull();
    const ended = await engagement(coach, client, ["completed"], { status: "ended" });
    expect(await loadAttestation(prisma, client, ended.id)).toBeNull();
  });
});
