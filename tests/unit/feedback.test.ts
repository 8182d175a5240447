import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import {
  aggregateClosingEvaluations,
  aggregateSessionFeedback,
  canEvaluateSession,
  canGiveClosingEvaluation,
  FEEDBACK_MIN_ANSWERS,
  FEEDBACK_MIN_PEOPLE,
  HELPED_CHOICES,
  OBJECTIVES_MET,
  previousEvaluationMissing,
  sessionsToEvaluate,
  totalMayBeShown,
} from "@/lib/domain/feedback";
import { evaluationSteps, nextStepsFor, type EvaluationDue, type HomeFacts } from "@/lib/domain/next-steps";
import { nudgeDue, reminderDue } from "@/lib/domain/session-reminders";
import { formatSessionTime, sessionNudgeEmail, sessionReminderEmail, sessionTitle } from "@/lib/email/reminder-emails";
import { closingEvaluationSchema, sessionFeedbackSchema } from "@/lib/validation/feedback";

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe("who may evaluate what", () => {
  it("evaluates only completed sessions", () => {
    expect(canEvaluateSession("completed")).toBe(true);
    for (const s of ["planned", "proposed", "scheduled", "missed", "cancelled"])
      expect(canEvaluateSession(s), s).toBe(false);
  });
  it("opens the closing evaluation only for a completed engagement", () => {
    expect(canGiveClosingEvaluation("completed")).toBe(true);
    expect(canGiveClosingEvaluation("active")).toBe(false);
    expect(canGiveClosingEvaluation("ended")).toBe(false);
  });

  const sessions = [
    { id: "s1", position: 1, status: "completed" },
    { id: "s2", position: 2, status: "completed" },
    { id: "s3", position: 3, status: "missed" },
    { id: "s4", position: 4, status: "scheduled" },
  ];
  it("lists the completed sessions not evaluated yet, in order", () => {
    expect(sessionsToEvaluate([...sessions].reverse(), new Set(["s1"])).map((s) => s.id)).toEqual(["s2"]);
    expect(sessionsToEvaluate(sessions, new Set(["s1", "s2"]))).toEqual([]);
  });
  it("finds the previous completed session still to evaluate (skipping a missed one)", () => {
    expect(previousEvaluationMissing(sessions, 4, new Set(["s1"]))?.id).toBe("s2");
    expect(previousEvaluationMissing(sessions, 4, new Set(["s2"]))).toBeNull();
    expect(previousEvaluationMissing(sessions, 1, new Set())).toBeNull();
  });
});

describe("the evaluation forms' schemas", () => {
  const base = { engagementId: "e1", sessionId: "s1", helped: [], comment: "" };
  it("takes the radio button's string and gives a number", () => {
    const parsed = sessionFeedbackSchema.parse({
      ...base,
      usefulness: "4",
      helped: ["listening", "listening", "tools"],
    });
    expect(parsed.usefulness).toBe(4);
    expect(parsed.helped).toEqual(["listening", "tools"]);
    // The action parses the form's output again.
    expect(sessionFeedbackSchema.parse(parsed).usefulness).toBe(4);
  });
  it.each([undefined, null, "", "0", "6", "2.5", "abc"])(
    "asks how useful it was when usefulness is %s",
    (usefulness) => {
      const result = sessionFeedbackSchema.safeParse({ ...base, usefulness });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(["usefulnessRequired"]);
    },
  );
  it("refuses an unknown 'what helped' choice and a comment too long", () => {
    expect(sessionFeedbackSchema.safeParse({ ...base, usefulness: 3, helped: ["bribes"] }).success).toBe(false);
    const long = sessionFeedbackSchema.safeParse({ ...base, usefulness: 3, comment: "x".repeat(1001) });
    expect(long.error?.issues[0].message).toBe("textTooLong");
  });
  it("closing: yes/no from radio buttons or a boolean, and says what is missing", () => {
    const ok = closingEvaluationSchema.parse({
      engagementId: "e1",
      usefulness: "5",
      objectivesMet: "partly",
      wouldRecommend: "no",
      comment: "",
    });
    expect(ok).toMatchObject({ usefulness: 5, objectivesMet: "partly", wouldRecommend: false });
    expect(closingEvaluationSchema.parse({ ...ok, wouldRecommend: true }).wouldRecommend).toBe(true);
    const missing = closingEvaluationSchema.safeParse({
      engagementId: "e1",
      usefulness: null,
      objectivesMet: null,
      wouldRecommend: null,
      comment: "",
    });
    expect(missing.error?.issues.map((i) => i.message).sort()).toEqual([
      "objectivesMetRequired",
      "recommendRequired",
      "usefulnessRequired",
    ]);
  });
  it("has every form message in both catalogues", () => {
    for (const key of [
      "usefulnessRequired",
      "objectivesMetRequired",
      "recommendRequired",
      "textTooLong",
      "sessionNotCompleted",
      "feedbackAlreadyGiven",
      "engagementNotCompleted",
      "closingAlreadyGiven",
    ]) {
      expect(typeof lookup(en, `errors.${key}`), key).toBe("string");
      expect(typeof lookup(fr, `errors.${key}`), key).toBe("string");
    }
    for (const h of HELPED_CHOICES) expect(lookup(fr, `feedback.helped.${h}`), h).toBeTruthy();
    for (const o of OBJECTIVES_MET) expect(lookup(fr, `feedback.objectivesMet.${o}`), o).toBeTruthy();
  });
});

describe("aggregates for programme admins", () => {
  let authors = 0;
  // Each answer from a different person unless an author is given.
  const answer = (usefulness: number, helped: string[] = [], authorId = `person-${++authors}`) => ({
    authorId,
    usefulness,
    helped,
  });
  it("shows nothing below the minimum number of answers", () => {
    expect(FEEDBACK_MIN_ANSWERS).toBe(5);
    expect(aggregateSessionFeedback([answer(5), answer(4), answer(3), answer(2)])).toBeNull();
    expect(aggregateClosingEvaluations([])).toBeNull();
  });
  it("shows nothing from fewer than three people, however many answers they gave", () => {
    expect(FEEDBACK_MIN_PEOPLE).toBe(3);
    const pair = [5, 4, 3, 2, 1, 5, 4, 3].map((u, i) => answer(u, [], i % 2 ? "mentor" : "mentee"));
    expect(aggregateSessionFeedback(pair)).toBeNull();
    expect(aggregateSessionFeedback([...pair, answer(4, [], "third")])).toMatchObject({ answers: 9 });
    const closingOf = (authorId: string) => ({ authorId, usefulness: 4, objectivesMet: "yes", wouldRecommend: true });
    expect(aggregateClosingEvaluations(["a", "a", "b", "b", "b"].map(closingOf))).toBeNull();
    expect(aggregateClosingEvaluations(["a", "a", "b", "b", "c"].map(closingOf))).toMatchObject({ answers: 5 });
  });
  it("counts and averages from the minimum on", () => {
    const agg = aggregateSessionFeedback([
      answer(5, ["listening", "listening"]),
      answer(4, ["tools"]),
      answer(4),
      answer(3, ["listening"]),
      answer(5),
      answer(1, ["nonsense"]),
    ])!;
    expect(agg.answers).toBe(6);
    expect(agg.averageUsefulness).toBe(3.7);
    expect(agg.usefulness).toEqual({ 1: 1, 2: 0, 3: 1, 4: 2, 5: 2 });
    expect(agg.helped.listening).toBe(2);
    expect(agg.helped.tools).toBe(1);
    const closing = aggregateClosingEvaluations(
      ["yes", "yes", "partly", "no", "yes"].map((objectivesMet, i) => ({
        authorId: `closing-${i}`,
        usefulness: 4,
        objectivesMet,
        wouldRecommend: i !== 3,
      })),
    )!;
    expect(closing).toEqual({
      answers: 5,
      averageUsefulness: 4,
      objectivesMet: { yes: 3, partly: 1, no: 1 },
      wouldRecommend: 4,
    });
  });
  it("withholds a total that would give away a small hidden group by subtraction", () => {
    const group = (answers: number, people = answers) => ({ answers, people });
    // Groups of 5 and 0 answers: nothing hidden.
    expect(totalMayBeShown(group(5), group(0))).toBe(true);
    // Groups of 5 and 1: the total minus the first group is the one hidden answer.
    expect(totalMayBeShown(group(6), group(1))).toBe(false);
    // Groups of 6, 2 and 3: the hidden groups together hold 5 answers from 5 people.
    expect(totalMayBeShown(group(11), group(5))).toBe(true);
    // ... but not when those 5 answers come from two people.
    expect(totalMayBeShown(group(11, 8), group(5, 2))).toBe(false);
    // Groups of 2 and 2: 4 answers in all.
    expect(totalMayBeShown(group(4), group(4))).toBe(false);
    expect(totalMayBeShown(group(0), group(0))).toBe(false);
  });
});

describe("home: evaluations owed", () => {
  const facts: HomeFacts = {
    appointmentType: "fixed_term",
    enrolledAs: ["client"],
    openCohort: null,
    coachStatus: "approved",
    coachCapacity: 3,
    credentialQueueSize: 0,
    openCohortCount: 0,
  };
  const due = (over: Partial<EvaluationDue>): EvaluationDue => ({
    engagementId: "e1",
    side: "client",
    programmeType: "coaching",
    otherName: "Carlos Mendes",
    sessions: [],
    closing: false,
    ...over,
  });

  it("asks to evaluate the earliest session owed, with a link to the engagement, first in the client's steps", () => {
    const [client] = nextStepsFor(["client"], {
      ...facts,
      evaluationsDue: [
        due({
          sessions: [
            { position: 2, title: "Setting the objectives" },
            { position: 3, title: "Moving" },
          ],
        }),
      ],
    });
    expect(client.steps[0]).toEqual({
      key: "evaluation.session",
      values: { n: 2, title: "Setting the objectives", name: "Carlos Mendes", more: 1 },
      href: "/engagements/e1",
    });
    expect(client.steps[1].key).toBe("client.enrolled");
  });

  it("puts a coach's evaluations in the coach section, a mentee's in the mentee section", () => {
    const sections = nextStepsFor(["client", "coach", "mentee"], {
      ...facts,
      evaluationsDue: [
        due({ engagementId: "a", side: "coach", otherName: "Amina", sessions: [{ position: 1, title: "Intro" }] }),
        due({ engagementId: "b", side: "client", programmeType: "mentoring", closing: true }),
      ],
    });
    const of = (role: string) => sections.find((s) => s.role === role)!.steps;
    expect(of("coach")[0]).toMatchObject({ key: "evaluation.session", href: "/engagements/a" });
    expect(of("mentee")[0]).toMatchObject({ key: "evaluation.closing", href: "/engagements/b" });
    expect(of("client").some((s) => s.key.startsWith("evaluation."))).toBe(false);
  });

  it("still shows what is owed when the matching role is gone", () => {
    const [only] = nextStepsFor(["sponsor"], { ...facts, evaluationsDue: [due({ closing: true })] });
    expect(only.steps[0].key).toBe("evaluation.closing");
  });

  it("has the steps' texts in both catalogues, with their values", () => {
    for (const step of evaluationSteps(due({ sessions: [{ position: 1, title: "x" }], closing: true }))) {
      for (const catalogue of [en, fr]) {
        const text = lookup(catalogue, `home.steps.${step.key}`);
        expect(typeof text, step.key).toBe("string");
        for (const name of Object.keys(step.values ?? {}))
          expect(text as string, `${step.key} {${name}}`).toContain(`{${name}`);
      }
    }
  });
});

describe("reminder and nudge timing", () => {
  const now = new Date("2025-03-10T12:00:00Z");
  const at = (iso: string) => new Date(iso);
  const s = (startsAt: string, over: Record<string, unknown> = {}) => ({
    status: "scheduled",
    startsAt: at(startsAt),
    durationMinutes: 45,
    reminderSentAt: null,
    nudgedAt: null,
    ...over,
  });

  it("reminds once, within the 24 hours before an agreed session", () => {
    expect(reminderDue(s("2025-03-11T12:00:00Z"), now)).toBe(true);
    expect(reminderDue(s("2025-03-11T12:01:00Z"), now)).toBe(false);
    expect(reminderDue(s("2025-03-10T11:59:00Z"), now)).toBe(false);
    expect(reminderDue(s("2025-03-11T10:00:00Z", { reminderSentAt: now }), now)).toBe(false);
    expect(reminderDue(s("2025-03-11T10:00:00Z", { status: "proposed" }), now)).toBe(false);
  });

  it("reminds again for a new time when the session was moved after its reminder", () => {
    // Reminded on 9 March for a session on the 10th, then moved to the 11th.
    expect(reminderDue(s("2025-03-11T10:00:00Z", { reminderSentAt: at("2025-03-09T11:00:00Z") }), now)).toBe(true);
    // Reminded this morning for this very time.
    expect(reminderDue(s("2025-03-11T10:00:00Z", { reminderSentAt: at("2025-03-10T10:00:00Z") }), now)).toBe(false);
  });

  it("nudges once, an hour after the end of a session nobody marked, for a week", () => {
    expect(nudgeDue(s("2025-03-10T10:15:00Z"), now)).toBe(true); // ended 11:00
    expect(nudgeDue(s("2025-03-10T10:16:00Z"), now)).toBe(false);
    expect(nudgeDue(s("2025-03-10T10:00:00Z", { status: "completed" }), now)).toBe(false);
    expect(nudgeDue(s("2025-03-10T10:00:00Z", { nudgedAt: now }), now)).toBe(false);
    expect(nudgeDue(s("2025-03-03T11:30:00Z"), now)).toBe(true); // ended a little under a week ago
    expect(nudgeDue(s("2025-03-01T11:00:00Z"), now)).toBe(false);
    // Nudged after an earlier time, then moved to this morning: nudged again.
    expect(nudgeDue(s("2025-03-10T10:00:00Z", { nudgedAt: at("2025-03-08T09:00:00Z") }), now)).toBe(true);
  });
});

describe("reminder e-mails", () => {
  const session = {
    position: 3,
    stepKey: "coaching.session-2",
    startsAt: new Date("2025-03-11T14:00:00Z"),
    durationMinutes: 45,
    location: "https://meet.example.org/x",
  };
  const url = "https://binome.example.org/engagements/e1";

  it("says when, in the recipient's language and time zone, where, and which evaluation is missing", () => {
    const mail = sessionReminderEmail(
      { to: "amina@example.org", name: "Amina", locale: "fr", timeZone: "America/New_York" },
      { session, otherName: "Carlos Mendes", evaluationMissing: { position: 2, stepKey: "coaching.session-1" }, url },
    );
    expect(mail.kind).toBe("session-reminder");
    expect(mail.subject).toBe("Rappel : séance 3 avec Carlos Mendes");
    expect(mail.text).toContain("Bonjour Amina,");
    expect(mail.text).toContain("mardi 11 mars 2025 à 10:00"); // 14:00 UTC in New York (EDT)
    expect(mail.text).toContain(sessionTitle("coaching.session-2", "fr"));
    expect(mail.text).toContain("https://meet.example.org/x");
    expect(mail.text).toContain("Vous n'avez pas encore évalué la séance 2, Fixer les objectifs");
    expect(mail.text).toContain(url);
  });

  it("does not mention an evaluation when none is missing, nor a place when there is none", () => {
    const mail = sessionReminderEmail(
      { to: "c@example.org", name: null, locale: "en", timeZone: "Europe/Zurich" },
      { session: { ...session, location: null }, otherName: "Amina Diallo", evaluationMissing: null, url },
    );
    expect(mail.subject).toBe("Reminder: session 3 with Amina Diallo");
    expect(mail.text).toMatch(/^Hello,/);
    expect(mail.text).toContain("Moving towards the objectives");
    expect(mail.text).toContain("15:00");
    expect(mail.text).not.toContain("evaluated");
    expect(mail.text).not.toContain("Where:");
  });

  it("asks to mark a session that passed", () => {
    const mail = sessionNudgeEmail(
      { to: "c@example.org", name: "Carlos", locale: "en", timeZone: "UTC" },
      { session, otherName: "Amina Diallo", url },
    );
    expect(mail.kind).toBe("session-nudge");
    expect(mail.subject).toBe("Session 3 with Amina Diallo: did it take place?");
    expect(mail.text).toContain("completed");
    expect(mail.text).toContain("missed");
    expect(mail.html).toContain(`href="${url}"`);
  });

  it("falls back to UTC for an unknown time zone", () => {
    expect(formatSessionTime(new Date("2025-03-11T14:00:00Z"), "en", "Not/AZone")).toContain("14:00");
  });
});
