// The demo's story: what has happened in the programmes so far, so that every page tells
// something believable right after `npm run demo`. Pure data, no I/O, deterministic for a given
// day: every row has a stable id derived from a label, so the seed finds it again on the next run.
//
// - Amina Diallo and Carlos Mendes (current cohort): intro and two monthly sessions completed,
//   both evaluations given; session 3 scheduled next week; sessions 4 and 5 planned.
// - Carlos has a pending request from Julien Dubois, and a completed engagement from the 2023 pilot
//   (with Joseph Kamau, who can print his attestation).
// - The 2023 pilot, closed: completed engagements, two ended early with their reasons, a request
//   whose every choice lapsed; enough evaluations for the feedback aggregates.
// - A few more engagements and requests in the current cohort, so its dashboard has a funnel.
import { createHash } from "node:crypto";
import { answerDueAt } from "../../lib/domain/match-request";
import { pause } from "../../lib/domain/request-questions";
import { sessionPlan } from "../../lib/domain/session-plans";
import type { SessionMode, SessionStatus } from "../../lib/generated/prisma/enums";

export const CARLOS = "carlos.coach@example.org";
export const AMINA = "amina.client@example.org";

/** A stable id (shaped like a UUID) for a story row. */
export function storyId(label: string): string {
  const h = createHash("sha256").update(`binome-demo-story:${label}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export type StoryChoice = {
  id: string;
  coachEmail: string;
  /** The kind of profile asked (default: coach). */
  profileKind?: "coach" | "mentor" | "networking";
  rank: number;
  status: "waiting" | "pending" | "accepted" | "declined" | "lapsed" | "skipped";
  askedAt: Date | null;
  dueAt: Date | null;
  answeredAt: Date | null;
  declineReason: string | null;
  /** A question before answering waits for the seeker's reply: the deadline is paused (lib/domain/request-questions.ts). */
  pausedAt?: Date | null;
  remainingSeconds?: number | null;
  questions?: StoryQuestion[];
};

export type StoryQuestion = {
  id: string;
  askedAt: Date;
  question: string;
  answeredAt: Date | null;
  answer: string | null;
};

export type StoryRequest = {
  id: string;
  clientEmail: string;
  programmeSlug: string;
  cohortSlug: string;
  message: string;
  status: "open" | "accepted" | "withdrawn" | "exhausted";
  createdAt: Date;
  closedAt: Date | null;
  choices: StoryChoice[];
};

export type StorySession = {
  id: string;
  position: number;
  stepKey: string;
  status: SessionStatus;
  suggestedAt: Date;
  durationMinutes: number;
  startsAt: Date | null;
  timeZone: string | null;
  mode: SessionMode | null;
  location: string | null;
  proposedByEmail: string | null;
  proposedAt: Date | null;
  completedAt: Date | null;
  completedByEmail: string | null;
};

export type StoryFeedback = {
  id: string;
  sessionId: string;
  authorEmail: string;
  usefulness: number;
  helped: string[];
  comment: string | null;
  createdAt: Date;
};

export type StoryClosing = {
  id: string;
  engagementId: string;
  authorEmail: string;
  usefulness: number;
  objectivesMet: "yes" | "partly" | "no";
  wouldRecommend: boolean;
  comment: string | null;
  createdAt: Date;
};

export type StoryEngagement = {
  id: string;
  programmeSlug: string;
  /** null for a tripartite mission's engagement (no cohort, no request). */
  cohortSlug: string | null;
  coachEmail: string;
  /** The kind of the coach's (or mentor's) profile (default: coach). */
  profileKind?: "coach" | "mentor" | "networking";
  clientEmail: string;
  /** The engagement's default online-meeting link, if any (lib/domain/meeting-link.ts). */
  meetingUrl?: string | null;
  requestId: string | null;
  status: "active" | "ended" | "completed";
  startedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  endedByEmail: string | null;
  completedAt: Date | null;
  sessions: StorySession[];
};

export type Story = {
  requests: StoryRequest[];
  engagements: StoryEngagement[];
  feedback: StoryFeedback[];
  closingEvaluations: StoryClosing[];
};

const DAY = 86_400_000;
const at = (day: Date, days: number, hourUtc = 0, minute = 0) =>
  new Date(day.getTime() + days * DAY + (hourUtc * 60 + minute) * 60_000);
/** `days` after the calendar day (UTC) of `from`, at `hourUtc`. */
const onDay = (from: Date, days: number, hourUtc: number) =>
  at(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())), days, hourUtc);

/** The same time on the Monday after, when `d` falls on a Saturday or a Sunday (UTC): sessions are held on working days. */
export function onWorkingDay(d: Date): Date {
  const day = d.getUTCDay();
  return day === 6 ? at(d, 2) : day === 0 ? at(d, 1) : d;
}

const HELPED = ["listening", "questions", "new_perspective", "tools", "action_plan", "encouragement"];

type SessionPlanOutline = {
  /** Days after the engagement's start each session was (or is to be) held; null = planned. */
  held: number[];
  /** The next session, scheduled: days after `today` and the hour (UTC). */
  scheduled?: {
    inDays: number;
    hourUtc: number;
    zone: string;
    mode: SessionMode;
    location: string;
    proposedBy: string;
    proposedDaysAgo: number;
  };
};

/** The coaching plan of one engagement, from its outline. */
function coachingSessions(
  label: string,
  startedAt: Date,
  today: Date,
  outline: SessionPlanOutline,
  coachEmail: string,
): StorySession[] {
  const plan = sessionPlan("coaching");
  return plan.steps.map((step, i) => {
    const position = i + 1;
    // Intro within two weeks, then one a month.
    const suggestedAt = onDay(startedAt, i === 0 ? plan.firstWithinDays : plan.firstWithinDays + 30 * i, 12);
    const heldOn = outline.held[i];
    const base = {
      id: storyId(`${label}/session/${position}`),
      position,
      stepKey: step.key,
      suggestedAt,
      durationMinutes: step.durationMinutes,
    };
    if (heldOn !== undefined) {
      // Held in the afternoon in Geneva, the morning in New York.
      const startsAt = onWorkingDay(onDay(startedAt, heldOn, 14));
      return {
        ...base,
        status: "completed" as const,
        startsAt,
        timeZone: null,
        mode: "video" as const,
        location: null,
        proposedByEmail: null,
        proposedAt: null,
        completedAt: new Date(startsAt.getTime() + (step.durationMinutes + 5) * 60_000),
        completedByEmail: coachEmail,
      };
    }
    const s = outline.scheduled;
    if (s && i === outline.held.length) {
      return {
        ...base,
        status: "scheduled" as const,
        startsAt: onWorkingDay(at(today, s.inDays, s.hourUtc)),
        timeZone: s.zone,
        mode: s.mode,
        location: s.location,
        proposedByEmail: s.proposedBy,
        proposedAt: at(today, -s.proposedDaysAgo, 9, 30),
        completedAt: null,
        completedByEmail: null,
      };
    }
    return {
      ...base,
      status: "planned" as const,
      startsAt: null,
      timeZone: null,
      mode: null,
      location: null,
      proposedByEmail: null,
      proposedAt: null,
      completedAt: null,
      completedByEmail: null,
    };
  });
}

type Pairing = {
  label: string;
  coach: string;
  client: string;
  cohort: "current" | "pilot";
  /** Days (relative to `today` for current, to the pilot's start for the pilot) the request was sent. */
  requestedOn: Date;
  answeredAfterDays: number;
  message: string;
  outline: SessionPlanOutline;
  ending?: { afterDays: number; by: "coach" | "client"; reason: string };
  meetingUrl?: string;
};

/**
 * The story for `today` (UTC day) and the two coaching cohorts' slugs.
 * `coachEmails` are approved coaches other than Carlos, in a stable order.
 */
export function buildStory(
  now: Date,
  currentSlug: string,
  pilotSlug: string,
  programmeSlug: string,
  coachEmails: readonly string[],
): Story {
  // The same calendar day (UTC) gives the same story.
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [aiko, kwame, olena, layla, isabelle, rahul, ngozi, kofi, fatima, mohamed] = coachEmails;
  const pilotStart = new Date("2023-02-06T00:00:00Z");
  const staff = (name: string) => `${name}@example.org`;

  const pairings: Pairing[] = [
    {
      label: "amina-carlos",
      coach: CARLOS,
      client: AMINA,
      cohort: "current",
      // Their usual Teams meeting: every video session without a link of its own uses it.
      meetingUrl: "https://teams.example.org/l/meetup-join/binome-carlos-amina",
      requestedOn: at(today, -80, 13),
      answeredAfterDays: 1,
      message:
        "I have just taken over a team of twelve and would like help with delegating and with difficult conversations.",
      outline: {
        held: [10, 38, 66],
        scheduled: {
          inDays: 6,
          hourUtc: 15,
          zone: "Europe/Zurich",
          mode: "video",
          location: "https://meet.example.org/carlos-amina",
          proposedBy: CARLOS,
          proposedDaysAgo: 3,
        },
      },
    },
    {
      label: "anna-aiko",
      coach: aiko,
      client: staff("anna.schmidt"),
      cohort: "current",
      requestedOn: at(today, -40, 2),
      answeredAfterDays: 2,
      message: "I am preparing for a move to a new role and would like to plan the next steps of my career.",
      outline: { held: [9] },
    },
    {
      label: "abebe-kwame",
      coach: kwame,
      client: staff("abebe.girma"),
      cohort: "current",
      requestedOn: at(today, -55, 7),
      answeredAfterDays: 1,
      message: "I lead a small team and want to get better at giving feedback.",
      outline: { held: [12, 41] },
    },
    {
      label: "karim-layla",
      coach: layla,
      client: staff("karim.mansour"),
      cohort: "current",
      requestedOn: at(today, -60, 8),
      answeredAfterDays: 2,
      message: "A working relationship has become difficult and I would like to handle it better.",
      outline: { held: [13] },
      ending: {
        afterDays: 30,
        by: "client",
        reason: "I was reassigned to another duty station at short notice; we agreed to stop here.",
      },
    },
    // The 2023 pilot.
    {
      label: "pilot-joseph-carlos",
      coach: CARLOS,
      client: staff("joseph.kamau"),
      cohort: "pilot",
      requestedOn: at(pilotStart, 1, 9),
      answeredAfterDays: 1,
      message: "I would like to prepare for a first supervisory role.",
      outline: { held: [8, 36, 64, 92, 120, 148] },
    },
    {
      label: "pilot-mei-isabelle",
      coach: isabelle,
      client: staff("mei.lin"),
      cohort: "pilot",
      requestedOn: at(pilotStart, 2, 10),
      answeredAfterDays: 2,
      message: "I would like to think about the last years of my career and what comes after.",
      outline: { held: [10, 38, 66, 94, 122, 150] },
    },
    {
      label: "pilot-sebastian-rahul",
      coach: rahul,
      client: staff("sebastian.ortiz"),
      cohort: "pilot",
      requestedOn: at(pilotStart, 3, 15),
      answeredAfterDays: 1,
      message: "I want to develop my leadership skills as I take on a bigger portfolio.",
      outline: { held: [9, 37, 65, 93, 121, 149] },
    },
    {
      label: "pilot-aisha-ngozi",
      coach: ngozi,
      client: staff("aisha.bello"),
      cohort: "pilot",
      requestedOn: at(pilotStart, 2, 12),
      answeredAfterDays: 1,
      message: "I would like support to build new skills for a change of field.",
      outline: { held: [7, 35, 63, 91, 119, 147] },
    },
    {
      label: "pilot-oleksandr-olena",
      coach: olena,
      client: staff("oleksandr.bondarenko"),
      cohort: "pilot",
      requestedOn: at(pilotStart, 4, 9),
      answeredAfterDays: 2,
      message: "A conflict in my team is taking a lot of energy; I would like to approach it differently.",
      outline: { held: [11, 39] },
      ending: {
        afterDays: 60,
        by: "client",
        reason: "The conflict was resolved through mediation, so I no longer need the sessions.",
      },
    },
    {
      label: "pilot-noor-fatima",
      coach: fatima,
      client: staff("noor.rahman"),
      cohort: "pilot",
      requestedOn: at(pilotStart, 5, 14),
      answeredAfterDays: 1,
      message: "I would like to work on handling disagreements with a colleague.",
      outline: { held: [9] },
      ending: {
        afterDays: 25,
        by: "coach",
        reason:
          "We now work in the same section, which would be a conflict of interest; I suggested two other coaches.",
      },
    },
  ];

  const requests: StoryRequest[] = [];
  const engagements: StoryEngagement[] = [];
  const feedback: StoryFeedback[] = [];
  const closingEvaluations: StoryClosing[] = [];

  for (const p of pairings) {
    const requestId = storyId(`${p.label}/request`);
    const startedAt = at(p.requestedOn, p.answeredAfterDays, 2);
    const cohortSlug = p.cohort === "current" ? currentSlug : pilotSlug;
    requests.push({
      id: requestId,
      clientEmail: p.client,
      programmeSlug,
      cohortSlug,
      message: p.message,
      status: "accepted",
      createdAt: p.requestedOn,
      closedAt: startedAt,
      choices: [
        {
          id: storyId(`${p.label}/choice/1`),
          coachEmail: p.coach,
          rank: 1,
          status: "accepted",
          askedAt: p.requestedOn,
          dueAt: answerDueAt(p.requestedOn, 3),
          answeredAt: startedAt,
          declineReason: null,
        },
      ],
    });
    const sessions = coachingSessions(p.label, startedAt, today, p.outline, p.coach);
    const completedAll = sessions.every((s) => s.status === "completed");
    const endedAt = p.ending ? at(startedAt, p.ending.afterDays, 10) : null;
    // An engagement that ended early keeps its held sessions; the rest were never held.
    if (p.ending) for (const s of sessions) if (s.status !== "completed") s.status = "cancelled";
    engagements.push({
      id: storyId(`${p.label}/engagement`),
      programmeSlug,
      cohortSlug,
      coachEmail: p.coach,
      clientEmail: p.client,
      meetingUrl: p.meetingUrl ?? null,
      requestId,
      status: p.ending ? "ended" : completedAll ? "completed" : "active",
      startedAt,
      endedAt,
      endReason: p.ending?.reason ?? null,
      endedByEmail: p.ending ? (p.ending.by === "coach" ? p.coach : p.client) : null,
      completedAt: completedAll ? sessions.at(-1)!.completedAt : null,
      sessions,
    });

    // Both participants evaluate every completed session (the client of the short pilot
    // pairing that ended early forgot one).
    sessions.forEach((s, i) => {
      if (s.status !== "completed" || !s.completedAt) return;
      for (const [who, author] of [
        ["client", p.client],
        ["coach", p.coach],
      ] as const) {
        if (p.label === "pilot-noor-fatima" && who === "client") continue;
        const seed = (p.label.length + i * 3 + (who === "coach" ? 1 : 0)) % 7;
        feedback.push({
          id: storyId(`${p.label}/feedback/${s.position}/${who}`),
          sessionId: s.id,
          authorEmail: author,
          usefulness: [5, 4, 5, 3, 4, 5, 4][seed],
          helped: [HELPED[seed % HELPED.length], HELPED[(seed + 2) % HELPED.length]],
          comment: seed === 0 && who === "client" ? "Clear next step to try before the next session." : null,
          createdAt: new Date(s.completedAt.getTime() + (who === "coach" ? 2 : 20) * 3_600_000),
        });
      }
    });
    if (completedAll) {
      const closedAt = sessions.at(-1)!.completedAt!;
      closingEvaluations.push(
        {
          id: storyId(`${p.label}/closing/client`),
          engagementId: storyId(`${p.label}/engagement`),
          authorEmail: p.client,
          usefulness: 5,
          objectivesMet: "yes",
          wouldRecommend: true,
          comment: "I now prepare my team meetings very differently.",
          createdAt: at(closedAt, 2, 0),
        },
        {
          id: storyId(`${p.label}/closing/coach`),
          engagementId: storyId(`${p.label}/engagement`),
          authorEmail: p.coach,
          usefulness: 4,
          objectivesMet: "partly",
          wouldRecommend: true,
          comment: null,
          createdAt: at(closedAt, 1, 0),
        },
      );
    }
  }

  // Julien asked Carlos yesterday (Kofi and Mohamed as back-ups): pending, Carlos has to answer.
  // Before answering, Carlos asked him a question yesterday afternoon: his deadline is paused until
  // Julien replies.
  const julienAsked = at(today, -1, 9, 40);
  const carlosQuestionAt = at(today, -1, 15, 5);
  requests.push({
    id: storyId("julien/request"),
    clientEmail: staff("julien.dubois"),
    programmeSlug,
    cohortSlug: currentSlug,
    message: "Je souhaite préparer un entretien pour un poste de chef d'équipe et mieux gérer mon temps.",
    status: "open",
    createdAt: julienAsked,
    closedAt: null,
    choices: [
      {
        id: storyId("julien/choice/1"),
        coachEmail: CARLOS,
        rank: 1,
        status: "pending",
        askedAt: julienAsked,
        dueAt: answerDueAt(julienAsked, 3),
        answeredAt: null,
        declineReason: null,
        ...pause({ dueAt: answerDueAt(julienAsked, 3) }, carlosQuestionAt),
        questions: [
          {
            id: storyId("julien/choice/1/question/1"),
            askedAt: carlosQuestionAt,
            question:
              "Bonjour Julien, avant de vous répondre : l'entretien a-t-il déjà une date ? J'aimerais savoir si nous aurions le temps de nous voir deux fois avant.",
            answeredAt: null,
            answer: null,
          },
        ],
      },
      {
        id: storyId("julien/choice/2"),
        coachEmail: kofi,
        rank: 2,
        status: "waiting",
        askedAt: null,
        dueAt: null,
        answeredAt: null,
        declineReason: null,
      },
      {
        id: storyId("julien/choice/3"),
        coachEmail: mohamed,
        rank: 3,
        status: "waiting",
        askedAt: null,
        dueAt: null,
        answeredAt: null,
        declineReason: null,
      },
    ],
  });
  // Valentina's first choice declined (full this season); her second choice is being asked.
  const valentinaAsked = at(today, -6, 14);
  requests.push({
    id: storyId("valentina/request"),
    clientEmail: staff("valentina.cruz"),
    programmeSlug,
    cohortSlug: currentSlug,
    message: "I would like to work on my confidence when presenting to senior management.",
    status: "open",
    createdAt: valentinaAsked,
    closedAt: null,
    choices: [
      {
        id: storyId("valentina/choice/1"),
        coachEmail: isabelle,
        rank: 1,
        status: "declined",
        askedAt: valentinaAsked,
        dueAt: answerDueAt(valentinaAsked, 3),
        answeredAt: at(valentinaAsked, 1, 3),
        declineReason: "I cannot take anyone else before the spring.",
      },
      {
        id: storyId("valentina/choice/2"),
        coachEmail: ngozi,
        rank: 2,
        status: "pending",
        askedAt: at(valentinaAsked, 1, 3),
        dueAt: answerDueAt(at(valentinaAsked, 1, 3), 3),
        answeredAt: null,
        declineReason: null,
      },
    ],
  });
  // In the pilot, Hélène's two choices never answered: the request lapsed.
  const heleneAsked = at(pilotStart, 6, 9);
  const firstDue = answerDueAt(heleneAsked, 3);
  requests.push({
    id: storyId("pilot-helene/request"),
    clientEmail: staff("helene.girard"),
    programmeSlug,
    cohortSlug: pilotSlug,
    message: "J'aimerais réfléchir à mon évolution professionnelle après dix ans dans le même service.",
    status: "exhausted",
    createdAt: heleneAsked,
    closedAt: answerDueAt(firstDue, 3),
    choices: [
      {
        id: storyId("pilot-helene/choice/1"),
        coachEmail: kwame,
        rank: 1,
        status: "lapsed",
        askedAt: heleneAsked,
        dueAt: firstDue,
        answeredAt: null,
        declineReason: null,
      },
      {
        id: storyId("pilot-helene/choice/2"),
        coachEmail: layla,
        rank: 2,
        status: "lapsed",
        askedAt: firstDue,
        dueAt: answerDueAt(firstDue, 3),
        answeredAt: null,
        declineReason: null,
      },
    ],
  });

  return { requests, engagements, feedback, closingEvaluations };
}
