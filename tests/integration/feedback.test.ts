// The one-minute evaluation and the closing evaluation: who may give them, once only (also when
// two submissions race), and that they stay confidential — the other participant reads none of
// them through any loader or action, programme admins see aggregates over at least five answers.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where races are real).
import { createTranslator } from "next-intl";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/domain/roles";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/server/errors";
import en from "@/messages/en.json";
import { createAppTestDatabase, type AppTestDatabase } from "../support/database";

// Server actions ask who is signed in and translate refusals: the tests say who, in English.
const session = vi.hoisted(() => ({
  user: null as null | {
    id: string;
    email: string;
    name: string | null;
    preferredLanguage: "en";
    timeZone: string;
    roles: Role[];
  },
}));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: "en", messages: en, namespace: namespace as never }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let db: AppTestDatabase;
let prisma: Db;
let v: {
  submit: typeof import("@/lib/server/feedback/submit-session-feedback").submitSessionFeedback;
  close: typeof import("@/lib/server/feedback/submit-closing-evaluation").submitClosingEvaluation;
  own: typeof import("@/lib/server/feedback/load-own-feedback").loadOwnFeedback;
  ownClosing: typeof import("@/lib/server/feedback/load-own-closing-evaluation").loadOwnClosingEvaluation;
  due: typeof import("@/lib/server/feedback/load-evaluations-due").loadEvaluationsDue;
  aggregates: typeof import("@/lib/server/feedback/load-feedback-aggregates").loadFeedbackAggregates;
  attestation: typeof import("@/lib/server/feedback/load-attestation").loadAttestation;
  submitAction: typeof import("@/lib/actions/submit-session-feedback").submitSessionFeedbackAction;
  closeAction: typeof import("@/lib/actions/submit-closing-evaluation").submitClosingEvaluationAction;
  kickOutbox: typeof import("@/lib/server/outbox-worker").kickOutbox;
};

type Actor = { id: string; roles: Role[]; email: string; name: string };
let programmeId: string;
let cohortId: string;
let seq = 0;

async function person(roles: Role[], name?: string): Promise<Actor> {
  seq++;
  const u = await prisma.user.create({
    data: {
      email: `p${seq}@example.org`,
      name: name ?? `Person ${seq}`,
      roles: { create: roles.map((role) => ({ role })) },
      ...(roles.includes("coach") ? { profiles: { create: { status: "approved" as const, capacity: 3 } } } : {}),
    },
  });
  return { id: u.id, roles, email: u.email, name: u.name! };
}

/** An engagement of `coach` with `client`, its sessions in the given statuses (position 1, 2, …). */
async function engagement(
  coach: Actor,
  client: Actor,
  statuses: SessionStatus[],
  options: { status?: "active" | "completed" | "ended"; cohort?: string } = {},
) {
  const profile = await prisma.matchingProfile.findUniqueOrThrow({
    where: { userId_kind: { userId: coach.id, kind: "coach" } },
  });
  const stepKeys = [
    "coaching.intro",
    "coaching.session-1",
    "coaching.session-2",
    "coaching.session-3",
    "coaching.session-4",
    "coaching.session-5",
  ];
  const e = await prisma.engagement.create({
    data: {
      programmeId,
      cohortId: options.cohort ?? cohortId,
      profileId: profile.id,
      seekerId: client.id,
      status: options.status ?? "active",
      completedAt: options.status === "completed" ? new Date() : null,
      sessions: {
        create: statuses.map((status, i) => ({
          position: i + 1,
          stepKey: stepKeys[i],
          status,
          suggestedAt: new Date(Date.UTC(2025, 0, 1 + 30 * i)),
          startsAt: status === "planned" ? null : new Date(Date.UTC(2025, 0, 1 + 30 * i, 14)),
          completedAt: status === "completed" ? new Date(Date.UTC(2025, 0, 1 + 30 * i, 15)) : null,
        })),
      },
    },
    include: { sessions: { orderBy: { position: "asc" } } },
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
/**
 * Runs the calls side by side, each on its own connection, on PostgreSQL. The embedded PGlite runs
 * one session and stalls when transactions interleave: there they queue on one connection (the
 * race is then trivially won; the real one runs on PostgreSQL).
 */
async function inParallel<T>(work: ((client: Db) => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  const clients = Array.from({ length: db.kind === "postgresql" ? work.length : 1 }, () =>
    createPrismaClient(db.url, { max: 1 }),
  );
  try {
    await Promise.all(clients.map((c) => c.$queryRaw`select 1`)); // connect first
    return await Promise.allSettled(work.map((w, i) => w(clients[i % clients.length])));
  } finally {
    await Promise.all(clients.map((c) => c.$disconnect()));
  }
}

const signIn = (a: Actor | null) => {
  session.user = a
    ? { id: a.id, email: a.email, name: a.name, preferredLanguage: "en", timeZone: "UTC", roles: a.roles }
    : null;
};

beforeAll(async () => {
  db = await createAppTestDatabase();
  prisma = db.prisma;
  v = {
    submit: (await import("@/lib/server/feedback/submit-session-feedback")).submitSessionFeedback,
    close: (await import("@/lib/server/feedback/submit-closing-evaluation")).submitClosingEvaluation,
    own: (await import("@/lib/server/feedback/load-own-feedback")).loadOwnFeedback,
    ownClosing: (await import("@/lib/server/feedback/load-own-closing-evaluation")).loadOwnClosingEvaluation,
    due: (await import("@/lib/server/feedback/load-evaluations-due")).loadEvaluationsDue,
    aggregates: (await import("@/lib/server/feedback/load-feedback-aggregates")).loadFeedbackAggregates,
    attestation: (await import("@/lib/server/feedback/load-attestation")).loadAttestation,
    submitAction: (await import("@/lib/actions/submit-session-feedback")).submitSessionFeedbackAction,
    closeAction: (await import("@/lib/actions/submit-closing-evaluation")).submitClosingEvaluationAction,
    kickOutbox: (await import("@/lib/server/outbox-worker")).kickOutbox,
  };
  programmeId = (
    await prisma.programme.create({
      data: {
        slug: "peer-coaching",
        type: "coaching",
        nameEn: "Peer coaching",
        nameFr: "Coaching entre pairs",
        descriptionEn: "-",
        descriptionFr: "-",
      },
    })
  ).id;
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  cohortId = (
    await prisma.cohort.create({
      data: {
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
      },
    })
  ).id;
});
afterEach(async () => {
  signIn(null);
  await v?.kickOutbox();
});
afterAll(async () => {
  await db?.drop();
});

describe("the one-minute evaluation", () => {
  it("is given by each participant on a completed session, and each reads only their own", async () => {
    const carlos = await person(["coach"], "Carlos Mendes");
    const amina = await person(["client"], "Amina Diallo");
    const e = await engagement(carlos, amina, ["completed", "completed", "scheduled"]);
    const emailsBefore = await prisma.outboxEmail.count();

    await v.submit(
      prisma,
      amina,
      answer(e.id, e.sessions[0], {
        usefulness: 2,
        helped: ["tools", "questions", "tools"],
        comment: "Amina's private words",
      }),
    );
    await v.submit(
      prisma,
      carlos,
      answer(e.id, e.sessions[0], { usefulness: 5, helped: ["encouragement"], comment: "Carlos's private words" }),
    );

    const hers = await v.own(prisma, amina.id, e.id);
    expect([...hers.keys()]).toEqual([e.sessions[0]]);
    expect(hers.get(e.sessions[0])).toMatchObject({
      usefulness: 2,
      helped: ["tools", "questions"],
      comment: "Amina's private words",
    });
    const his = await v.own(prisma, carlos.id, e.id);
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
      await expect(v.submit(prisma, client, answer(e.id, sessionId))).rejects.toEqual(
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

    await expect(v.submit(prisma, otherCoach, answer(e.id, e.sessions[0]))).rejects.toEqual(
      new DomainError("notFound"),
    );
    await expect(v.submit(prisma, otherClient, answer(e.id, e.sessions[0]))).rejects.toEqual(
      new DomainError("notFound"),
    );
    // Naming one's own engagement does not open another engagement's session.
    await expect(v.submit(prisma, otherCoach, answer(other.id, e.sessions[0]))).rejects.toEqual(
      new DomainError("notFound"),
    );
    await expect(v.submit(prisma, client, answer(e.id, "no-such-session"))).rejects.toEqual(
      new DomainError("notFound"),
    );
    // HR reviewers may hold engagements of their own (networking), not this one: not found.
    await expect(v.submit(prisma, hr, answer(e.id, e.sessions[0]))).rejects.toEqual(new DomainError("notFound"));
    // The same through the server action the form calls: a translated refusal, nothing written.
    signIn(otherCoach);
    expect(await v.submitAction(answer(e.id, e.sessions[0]))).toEqual({ ok: false, error: en.errors.notFound });
    signIn(null);
    expect(await v.submitAction(answer(e.id, e.sessions[0]))).toEqual({ ok: false, error: en.errors.signedOut });
    expect(await prisma.sessionFeedback.count({ where: { sessionId: e.sessions[0] } })).toBe(0);
  });

  it("is given once per person and session: a second one is refused and the first stays", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const e = await engagement(coach, client, ["completed"]);
    await v.submit(prisma, client, answer(e.id, e.sessions[0], { usefulness: 3 }));
    await expect(v.submit(prisma, client, answer(e.id, e.sessions[0], { usefulness: 1 }))).rejects.toEqual(
      new DomainError("feedbackAlreadyGiven"),
    );
    signIn(client);
    expect(await v.submitAction({ ...answer(e.id, e.sessions[0]), usefulness: "5" })).toEqual({
      ok: false,
      error: en.errors.feedbackAlreadyGiven,
    });
    expect((await v.own(prisma, client.id, e.id)).get(e.sessions[0])?.usefulness).toBe(3);
  });

  it("keeps one of several submissions sent at the same moment, and tells the others clearly", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const e = await engagement(coach, client, ["completed"]);
    // A double click, two tabs… eight at once, so that some really meet at the unique index.
    const results = await inParallel(
      Array.from(
        { length: 8 },
        (_, i) => (c: Db) => v.submit(c, client, answer(e.id, e.sessions[0], { usefulness: 1 + (i % 5) })),
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
    signIn(client);
    const result = await v.submitAction({
      engagementId: e.id,
      sessionId: e.sessions[0],
      usefulness: "5",
      helped: ["action_plan"],
      comment: "  Clear next step.  ",
    });
    expect(result).toEqual({ ok: true });
    expect((await v.own(prisma, client.id, e.id)).get(e.sessions[0])).toMatchObject({
      usefulness: 5,
      helped: ["action_plan"],
      comment: "Clear next step.",
    });
    expect(
      await v.submitAction({ engagementId: e.id, sessionId: e.sessions[0], usefulness: "", helped: [], comment: "" }),
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
    await expect(v.close(prisma, client, closing(active.id))).rejects.toEqual(
      new DomainError("engagementNotCompleted"),
    );

    const done = await engagement(coach, client, ["completed", "completed"], { status: "completed" });
    await v.close(prisma, client, closing(done.id, { objectivesMet: "partly", comment: "Client's closing words" }));
    await expect(v.close(prisma, client, closing(done.id))).rejects.toEqual(new DomainError("closingAlreadyGiven"));
    expect(await v.ownClosing(prisma, coach.id, done.id)).toBeNull();
    expect(await v.ownClosing(prisma, client.id, done.id)).toMatchObject({
      objectivesMet: "partly",
      wouldRecommend: true,
      comment: "Client's closing words",
    });

    signIn(coach);
    expect(
      await v.closeAction({
        engagementId: done.id,
        usefulness: "4",
        objectivesMet: "yes",
        wouldRecommend: "no",
        comment: "",
      }),
    ).toEqual({ ok: true });
    expect(await v.ownClosing(prisma, coach.id, done.id)).toMatchObject({
      usefulness: 4,
      objectivesMet: "yes",
      wouldRecommend: false,
      comment: null,
    });
    expect(await v.ownClosing(prisma, client.id, done.id)).toMatchObject({ usefulness: 5, objectivesMet: "partly" });
    expect(
      JSON.stringify(await prisma.auditLog.findMany({ where: { action: "engagement.closing-evaluation" } })),
    ).not.toContain("closing words");
  });

  it("cannot be given by anyone outside the engagement, and several at once keep one", async () => {
    const coach = await person(["coach"]);
    const client = await person(["client"]);
    const done = await engagement(coach, client, ["completed"], { status: "completed" });
    const stranger = await person(["coach", "client"]);
    await expect(v.close(prisma, stranger, closing(done.id))).rejects.toEqual(new DomainError("notFound"));
    signIn(stranger);
    expect(
      await v.closeAction({
        engagementId: done.id,
        usefulness: 5,
        objectivesMet: "yes",
        wouldRecommend: "yes",
        comment: "",
      }),
    ).toEqual({ ok: false, error: en.errors.notFound });

    const results = await inParallel(
      Array.from({ length: 8 }, (_, i) => (c: Db) => v.close(c, coach, closing(done.id, { usefulness: 1 + (i % 5) }))),
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
    await v.submit(prisma, amina, answer(e.id, e.sessions[0], { comment: "only-amina-reads-this" }));
    await v.close(prisma, amina, closing(e.id, { comment: "only-amina-closing" }));

    const seenByCarlos = JSON.stringify({
      own: [...(await v.own(prisma, carlos.id, e.id)).entries()],
      closing: await v.ownClosing(prisma, carlos.id, e.id),
      due: await v.due(prisma, carlos.id, "en"),
      attestation: await v.attestation(prisma, carlos, e.id),
    });
    expect(seenByCarlos).not.toContain("only-amina");
    expect((await v.own(prisma, carlos.id, e.id)).size).toBe(0);
    expect(await v.ownClosing(prisma, carlos.id, e.id)).toBeNull();
    await expect(v.aggregates(prisma, carlos, { programmeId })).rejects.toEqual(new DomainError("forbidden"));
    await expect(v.aggregates(prisma, amina, { programmeId })).rejects.toEqual(new DomainError("forbidden"));
  });

  it("tells each person which evaluations they still owe, from their own answers only", async () => {
    const coach = await person(["coach"], "Coach Due");
    const client = await person(["client"], "Client Due");
    const e = await engagement(coach, client, ["completed", "completed", "completed", "scheduled"]);
    await v.submit(prisma, client, answer(e.id, e.sessions[0]));
    await v.submit(prisma, coach, answer(e.id, e.sessions[1]));

    expect((await v.due(prisma, client.id, "fr")).find((d) => d.engagementId === e.id)).toEqual({
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
      (await v.due(prisma, coach.id, "en")).find((d) => d.engagementId === e.id)?.sessions.map((s) => s.position),
    ).toEqual([1, 3]);

    const done = await engagement(coach, client, ["completed"], { status: "completed" });
    await v.submit(prisma, client, answer(done.id, done.sessions[0]));
    expect((await v.due(prisma, client.id, "en")).find((d) => d.engagementId === done.id)).toMatchObject({
      sessions: [],
      closing: true,
    });
    await v.close(prisma, client, closing(done.id));
    expect((await v.due(prisma, client.id, "en")).find((d) => d.engagementId === done.id)).toBeUndefined();

    const ended = await engagement(coach, client, ["completed"], { status: "ended" });
    expect((await v.due(prisma, client.id, "en")).find((d) => d.engagementId === ended.id)).toBeUndefined();
  });

  it("gives programme admins aggregates over five answers or more, never fewer, never a comment, and withholds a revealing total", async () => {
    const admin = await person(["programme_admin"]);
    const coach = await person(["coach"]);
    const programme = await prisma.programme.create({
      data: { slug: "agg", type: "coaching", nameEn: "Agg", nameFr: "Agg", descriptionEn: "-", descriptionFr: "-" },
    });
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    const cohort = (slug: string, startsOn: string) =>
      prisma.cohort.create({
        data: {
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
        },
      });
    const [big, small] = [await cohort("big", "2025-01-01"), await cohort("small", "2025-06-01")];
    const saved = programmeId;
    programmeId = programme.id;
    try {
      const give = async (cohortId: string, usefulness: number) => {
        const client = await person(["client"]);
        const e = await engagement(coach, client, ["completed"], { cohort: cohortId });
        await v.submit(prisma, client, answer(e.id, e.sessions[0], { usefulness, comment: "secret-comment" }));
      };
      for (const u of [5, 4, 4, 3]) await give(big.id, u);
      let view = await v.aggregates(prisma, admin, { programmeId: programme.id });
      expect(view.cohorts.map((c) => [c.nameEn, c.sessions])).toEqual([
        ["big", { shown: false, reason: "tooFew" }],
        ["small", { shown: false, reason: "none" }],
      ]);
      expect(view.total.sessions).toEqual({ shown: false, reason: "tooFew" });

      await give(big.id, 5);
      await give(small.id, 1);
      view = await v.aggregates(prisma, admin, { programmeId: programme.id });
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
      view = await v.aggregates(prisma, admin, { programmeId: programme.id });
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
    expect(await v.attestation(prisma, client, done.id)).toMatchObject({
      clientName: "Joseph Kamau",
      coachName: "Carlos Mendes",
      programme: { nameEn: "Peer coaching", nameFr: "Coaching entre pairs", type: "coaching" },
      cohort: { nameEn: "Now" },
      sessionsCompleted: 6,
    });
    expect(await v.attestation(prisma, coach, done.id)).toBeNull();
    expect(await v.attestation(prisma, await person(["client"]), done.id)).toBeNull();
    // Ownership decides, not roles: an admin or HR reviewer who is not the client gets nothing.
    expect(
      await v.attestation(prisma, await person(["programme_admin", "hr_reviewer", "sponsor"]), done.id),
    ).toBeNull();
    const active = await engagement(coach, client, ["completed", "scheduled"]);
    expect(await v.attestation(prisma, client, active.id)).toBeNull();
    const ended = await engagement(coach, client, ["completed"], { status: "ended" });
    expect(await v.attestation(prisma, client, ended.id)).toBeNull();
  });
});
