// A question before answering a request: the asked person asks, the deadline pauses (no lapse, no
// reminder), the seeker replies and the deadline resumes with the working time left; who may do
// each; races under the choice's row lock. Runs on PGlite and, when TEST_DATABASE_URL is set, on a
// PostgreSQL server (where the races are real).
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { DomainError, FieldDomainError } from "@/lib/server/errors";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";
import type { ProfileHolder } from "../support/factories";

const APP_URL = "https://binome.example.org";
const app = await setUpApp({ appUrl: APP_URL, requests: true });
const { prisma, make, signIn } = app;
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { acceptMatchRequest } = await import("@/lib/server/requests/accept-match-request");
const { declineMatchRequest } = await import("@/lib/server/requests/decline-match-request");
const { withdrawMatchRequest } = await import("@/lib/server/requests/withdraw-match-request");
const { advanceMatchRequests } = await import("@/lib/server/requests/advance-match-requests");
const { askRequestQuestion } = await import("@/lib/server/requests/ask-request-question");
const { answerRequestQuestion } = await import("@/lib/server/requests/answer-request-question");
const { loadEngagements } = await import("@/lib/server/engagements/load-engagements");
const { askRequestQuestionAction } = await import("@/lib/actions/ask-request-question");
const { answerRequestQuestionAction } = await import("@/lib/actions/answer-request-question");

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const programmeId = (
  await make.programme({
    slug: "peer-coaching-questions",
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

const client = (preferredLanguage: "en" | "fr" = "en") =>
  make.person({ roles: ["client"], preferredLanguage, enrolIn: { cohortId, role: "client" } });
const coach = (preferredLanguage: "en" | "fr" = "en"): Promise<ProfileHolder> =>
  make.coach({ preferredLanguage, name: `Coach ${Math.random().toString(36).slice(2, 7)}` });
const FRIDAY = new Date("2025-01-10T10:00:00Z"); // asked Friday 10:00, due Wednesday 15th 10:00
const MONDAY = new Date("2025-01-13T10:00:00Z"); // 48 working hours left
const question = "Would you prefer to meet in person in Geneva or online?";
const answer = "Online suits me best, on Tuesday mornings.";

/** A client's request to `coaches`, sent on FRIDAY; the first choice is pending. */
async function asked(coaches: ProfileHolder[], seeker?: Awaited<ReturnType<typeof client>>, at: Date = FRIDAY) {
  const who = seeker ?? (await client());
  const { requestId } = await requestMatch(
    prisma,
    who,
    { profileIds: coaches.map((c) => c.profileId), message: "I would like to work on leading a team." },
    at,
  );
  const choice = await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId, status: "pending" } });
  return { seeker: who, requestId, choiceId: choice.id };
}
const choiceOf = (id: string) => prisma.matchRequestChoice.findUniqueOrThrow({ where: { id } });
const emailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("asking a question before answering", () => {
  it("pauses the deadline with the working time left, stores the question, audits and e-mails the seeker in their language", async () => {
    const carlos = await coach("fr");
    const { seeker, choiceId } = await asked([carlos], await client("fr"));
    await askRequestQuestion(prisma, carlos, { choiceId, question }, MONDAY);

    expect(await choiceOf(choiceId)).toMatchObject({
      status: "pending",
      dueAt: new Date("2025-01-15T10:00:00Z"),
      pausedAt: MONDAY,
      remainingSeconds: 48 * 3600,
    });
    expect(await prisma.matchRequestQuestion.findMany({ where: { choiceId } })).toMatchObject([
      { question, askedAt: MONDAY, answeredAt: null, answer: null },
    ]);
    expect(
      await prisma.auditLog.count({
        where: { action: "request.question.ask", targetId: choiceId, actorId: carlos.id },
      }),
    ).toBe(1);
    const mail = (await emailsTo(seeker.email)).at(-1)!;
    expect(mail.kind).toBe("request-question-asked");
    expect(mail.subject).toBe(fr.email.requestQuestions.asked.subject.replace("{coach}", carlos.name));
    expect(mail.text).toContain(question);
    expect(mail.text).toContain(`${APP_URL}/engagements`);

    // Both sides see the thread on /engagements.
    const coachView = await loadEngagements(prisma, carlos);
    const incoming = coachView.providers.find((p) => p.kind === "coach")!.incoming[0];
    expect(incoming).toMatchObject({ choiceId, pausedAt: MONDAY, remainingSeconds: 48 * 3600 });
    expect(incoming.questions).toMatchObject([{ question, answer: null }]);
    const seekerView = await loadEngagements(prisma, seeker);
    const mine = seekerView.seekers.find((s) => s.kind === "coach")!.requests[0].choices[0];
    expect(mine).toMatchObject({ id: choiceId, pausedAt: MONDAY });
    expect(mine.questions).toMatchObject([{ question, answer: null }]);
  });

  it("the job run past the original due time neither lapses nor reminds a paused choice", async () => {
    const carlos = await coach();
    const next = await coach();
    const { choiceId, requestId } = await asked([carlos, next]);
    await askRequestQuestion(prisma, carlos, { choiceId, question }, MONDAY);
    const before = (await emailsTo(carlos.email)).length;

    for (const when of ["2025-01-14T10:00:00Z", "2025-01-15T10:00:00Z", "2025-01-20T10:00:00Z", "2025-02-20T10:00:00Z"])
      await advanceMatchRequests(prisma, new Date(when));

    expect(await choiceOf(choiceId)).toMatchObject({ status: "pending", remindedAt: null, pausedAt: MONDAY });
    expect((await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("open");
    expect(await prisma.matchRequestChoice.count({ where: { requestId, status: "waiting" } })).toBe(1);
    expect(await emailsTo(carlos.email)).toHaveLength(before);
    expect(await emailsTo(next.email)).toEqual([]);
  });

  it("the seeker's reply resumes the deadline with the remaining working time across a weekend, and e-mails the coach", async () => {
    const carlos = await coach("fr");
    const { seeker, choiceId } = await asked([carlos]);
    await askRequestQuestion(prisma, carlos, { choiceId, question }, MONDAY);
    const saturday = new Date("2025-01-18T11:00:00Z");
    expect(await answerRequestQuestion(prisma, seeker, { choiceId, answer }, saturday)).toEqual({
      dueAt: new Date("2025-01-22T00:00:00Z"), // 48 working hours from Monday 20th 00:00
    });
    expect(await choiceOf(choiceId)).toMatchObject({
      status: "pending",
      dueAt: new Date("2025-01-22T00:00:00Z"),
      pausedAt: null,
      remainingSeconds: null,
    });
    expect(await prisma.matchRequestQuestion.findFirstOrThrow({ where: { choiceId } })).toMatchObject({
      answer,
      answeredAt: saturday,
    });
    expect(await prisma.auditLog.count({ where: { action: "request.question.answer", targetId: choiceId } })).toBe(1);
    const mail = (await emailsTo(carlos.email)).at(-1)!;
    expect(mail.kind).toBe("request-question-answered");
    expect(mail.subject).toBe(fr.email.requestQuestions.answered.subject.replace("{client}", seeker.name));
    expect(mail.text).toContain(answer);

    // Counting again: reminded one working day before, lapsed at the resumed deadline.
    // (The job runs over every request of the database: each choice is checked on its own.)
    await advanceMatchRequests(prisma, new Date("2025-01-21T00:00:00Z"));
    expect((await choiceOf(choiceId)).remindedAt).toEqual(new Date("2025-01-21T00:00:00Z"));
    await advanceMatchRequests(prisma, new Date("2025-01-21T23:59:00Z"));
    expect((await choiceOf(choiceId)).status).toBe("pending");
    await advanceMatchRequests(prisma, new Date("2025-01-22T00:00:00Z"));
    expect((await choiceOf(choiceId)).status).toBe("lapsed");
  });

  it("after a reply the coach may ask again, up to three questions, then accept", async () => {
    const carlos = await coach();
    const { seeker, choiceId } = await asked([carlos]);
    let now = MONDAY;
    for (let i = 0; i < 3; i++) {
      await askRequestQuestion(prisma, carlos, { choiceId, question: `${question} (${i + 1})` }, now);
      await expect(askRequestQuestion(prisma, carlos, { choiceId, question }, now)).rejects.toEqual(
        new DomainError("questionAlreadyWaiting"),
      );
      now = new Date(now.getTime() + 3_600_000);
      await answerRequestQuestion(prisma, seeker, { choiceId, answer }, now);
    }
    await expect(askRequestQuestion(prisma, carlos, { choiceId, question }, now)).rejects.toEqual(
      new DomainError("tooManyQuestions"),
    );
    await acceptMatchRequest(prisma, carlos, { choiceId }, now);
    expect((await choiceOf(choiceId)).status).toBe("accepted");
    expect(await prisma.matchRequestQuestion.count({ where: { choiceId, answeredAt: { not: null } } })).toBe(3);
  });

  it("the coach may still decline while a question waits; the seeker may withdraw, which closes the thread", async () => {
    const [a, b] = [await coach(), await coach()];
    const { seeker, choiceId, requestId } = await asked([a, b]);
    await askRequestQuestion(prisma, a, { choiceId, question }, MONDAY);
    await declineMatchRequest(prisma, a, { choiceId, reason: null }, MONDAY);
    await expect(answerRequestQuestion(prisma, seeker, { choiceId, answer }, MONDAY)).rejects.toEqual(
      new DomainError("requestNoLongerPending"),
    );

    const second = await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId, status: "pending" } });
    await askRequestQuestion(prisma, b, { choiceId: second.id, question }, MONDAY);
    await withdrawMatchRequest(prisma, seeker, { requestId }, MONDAY);
    expect((await choiceOf(second.id)).status).toBe("skipped");
    await expect(answerRequestQuestion(prisma, seeker, { choiceId: second.id, answer }, MONDAY)).rejects.toEqual(
      new DomainError("requestNoLongerPending"),
    );
    await expect(askRequestQuestion(prisma, b, { choiceId: second.id, question }, MONDAY)).rejects.toEqual(
      new DomainError("requestNoLongerPending"),
    );
    expect(
      (await loadEngagements(prisma, b)).providers.find((p) => p.kind === "coach")!.incoming.map((r) => r.choiceId),
    ).toEqual([]);
  });
});

describe("who may ask and reply", () => {
  it("only the asked person asks; only the seeker replies; others get the standard refusal and nothing changes", async () => {
    const carlos = await coach();
    const other = await coach();
    const { seeker, choiceId } = await asked([carlos]);
    const stranger = await client();
    await expect(askRequestQuestion(prisma, other, { choiceId, question }, MONDAY)).rejects.toEqual(
      new DomainError("forbidden"),
    );
    await expect(askRequestQuestion(prisma, seeker, { choiceId, question }, MONDAY)).rejects.toEqual(
      new DomainError("forbidden"),
    );
    await expect(askRequestQuestion(prisma, carlos, { choiceId: "nope", question }, MONDAY)).rejects.toEqual(
      new DomainError("notFound"),
    );
    await askRequestQuestion(prisma, carlos, { choiceId, question }, MONDAY);
    await expect(answerRequestQuestion(prisma, stranger, { choiceId, answer }, MONDAY)).rejects.toEqual(
      new DomainError("notFound"),
    );
    await expect(answerRequestQuestion(prisma, carlos, { choiceId, answer }, MONDAY)).rejects.toEqual(
      new DomainError("notFound"),
    );
    expect((await choiceOf(choiceId)).pausedAt).toEqual(MONDAY);
    expect(await prisma.matchRequestQuestion.count({ where: { choiceId } })).toBe(1);
  });

  it("an empty or too long text is refused beside its field, in the caller's language", async () => {
    const carlos = await coach();
    // Sent now: the actions run at the real time.
    const { seeker, choiceId } = await asked([carlos], undefined, new Date());
    await expect(askRequestQuestion(prisma, carlos, { choiceId, question: "  " }, MONDAY)).rejects.toEqual(
      new FieldDomainError("questionRequired", "question"),
    );
    await signIn(carlos);
    expect(await askRequestQuestionAction({ choiceId, question: "" })).toMatchObject({
      ok: false,
      field: "question",
      error: en.errors.questionRequired,
    });
    expect(await askRequestQuestionAction({ choiceId, question: "x".repeat(2001) })).toMatchObject({
      ok: false,
      field: "question",
      error: en.errors.textTooLong,
    });
    expect(await askRequestQuestionAction({ choiceId, question })).toEqual({ ok: true });
    await signIn(seeker);
    expect(await answerRequestQuestionAction({ choiceId, answer: " " })).toMatchObject({
      ok: false,
      field: "answer",
      error: en.errors.replyRequired,
    });
    expect(await answerRequestQuestionAction({ choiceId, answer })).toEqual({ ok: true });
    expect(await answerRequestQuestionAction({ choiceId, answer })).toMatchObject({
      ok: false,
      error: en.errors.noQuestionWaiting,
    });
  });
});

const inParallel = <T>(work: ((client: Db) => Promise<T>)[]) => app.inParallel(work);
const where = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

describe("races under the choice's row lock", () => {
  it(`a question and an accept at the same instant give one consistent outcome (${where})`, async () => {
    for (let round = 0; round < 5; round++) {
      const carlos = await coach();
      const { choiceId } = await asked([carlos]);
      const now = new Date(MONDAY.getTime() + round);
      const [q, a] = await inParallel<unknown>([
        (c) => askRequestQuestion(c, carlos, { choiceId, question }, now),
        (c) => acceptMatchRequest(c, carlos, { choiceId }, now),
      ]);
      const choice = await choiceOf(choiceId);
      const questions = await prisma.matchRequestQuestion.count({ where: { choiceId } });
      // The accept always wins (a question does not stop it); the question either came first or was refused.
      expect(a.status).toBe("fulfilled");
      expect(choice.status).toBe("accepted");
      if (q.status === "fulfilled") expect(questions).toBe(1);
      else {
        expect((q as PromiseRejectedResult).reason).toEqual(new DomainError("requestNoLongerPending"));
        expect(questions).toBe(0);
        expect(choice.pausedAt).toBeNull();
      }
      expect(await prisma.engagement.count({ where: { profileId: carlos.profileId } })).toBe(1);
    }
  });

  it(`a reply and the lapse job past the original due time: the choice resumes and never lapses (${where})`, async () => {
    for (let round = 0; round < 5; round++) {
      const carlos = await coach();
      const next = await coach();
      const { seeker, choiceId, requestId } = await asked([carlos, next]);
      await askRequestQuestion(prisma, carlos, { choiceId, question }, MONDAY);
      const late = new Date("2025-01-20T10:00:00Z"); // Monday, well past the original Wednesday 15th
      const [reply, job] = await inParallel<unknown>([
        (c) => answerRequestQuestion(c, seeker, { choiceId, answer }, late),
        (c) => advanceMatchRequests(c, late),
      ]);
      expect(reply.status).toBe("fulfilled");
      expect(job.status).toBe("fulfilled");
      expect(await choiceOf(choiceId)).toMatchObject({
        status: "pending",
        pausedAt: null,
        dueAt: new Date("2025-01-22T10:00:00Z"),
      });
      expect(await prisma.matchRequestChoice.count({ where: { requestId, status: "waiting" } })).toBe(1);
    }
  });

  it(`a question and the lapse job at the due time: either lapsed and refused, or paused and kept (${where})`, async () => {
    for (let round = 0; round < 5; round++) {
      const carlos = await coach();
      const next = await coach();
      const { choiceId, requestId } = await asked([carlos, next]);
      const almost = new Date("2025-01-15T09:59:59Z");
      const due = new Date("2025-01-15T10:00:00Z");
      const [q, job] = await inParallel<unknown>([
        (c) => askRequestQuestion(c, carlos, { choiceId, question }, almost),
        (c) => advanceMatchRequests(c, due),
      ]);
      expect(job.status).toBe("fulfilled");
      const choice = await choiceOf(choiceId);
      const nextAsked = await prisma.matchRequestChoice.count({ where: { requestId, status: "pending" } });
      if (q.status === "fulfilled") {
        expect(choice).toMatchObject({ status: "pending", remainingSeconds: 1 });
        expect(nextAsked).toBe(1);
      } else {
        expect((q as PromiseRejectedResult).reason).toEqual(new DomainError("requestNoLongerPending"));
        expect(choice).toMatchObject({ status: "lapsed", pausedAt: null });
        expect(await prisma.matchRequestQuestion.count({ where: { choiceId } })).toBe(0);
      }
    }
  });
});
