// The rest of the demo's story: the mentoring programme (María and Mehdi at session 4 of 9, a
// mentor directory worth browsing), networking opt-ins, Amina's tripartite mission at its mid-point
// review, and the coaches' monthly supervision. Pure data, deterministic for a given day, every
// row with a stable id (storyId) or a natural key, like story.ts.
import { COMMITMENTS_VERSION } from "../../lib/domain/commitments";
import { checkInDueAt } from "../../lib/domain/check-ins";
import { answerDueAt } from "../../lib/domain/match-request";
import { missionSessions, missionSuggestedAt, type ProposalTerms } from "../../lib/domain/mission-terms";
import { checklistFor, sessionPlan, stepOf } from "../../lib/domain/session-plans";
import { addMonths, lastMonth, type Month } from "../../lib/domain/supervision";
import type { Availability, ExpertiseArea, Gender } from "../../lib/generated/prisma/enums";
import {
  AMINA,
  CARLOS,
  onWorkingDay,
  storyId,
  type StoryEngagement,
  type StoryFeedback,
  type StoryRequest,
  type StorySession,
} from "./story";

export const MARIA = "maria.mentor@example.org";
export const MEHDI = "mehdi.mentee@example.org";
export const SAM = "sam.manager@example.org";
export const HANA = "hana.hr@example.org";

const DAY = 86_400_000;
const at = (day: Date, days: number, hourUtc = 0, minute = 0) =>
  new Date(day.getTime() + days * DAY + (hourUtc * 60 + minute) * 60_000);
const dayOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

// --- matching profiles of kind mentor and networking -------------------------------------------

/** A mentor's or networking profile, keyed by (email, kind). */
export type SeedMatchingProfile = {
  email: string;
  kind: "mentor" | "networking";
  programmeSlug: string;
  status: "approved";
  availability: Availability;
  capacity: number;
  expertiseAreas: ExpertiseArea[];
  coachingLanguages: string[];
  careerPath: string | null;
  profileUrl: string | null;
  bioEn: string;
  bioFr: string;
  submittedAt: Date;
  reviewedAt: Date;
  commitmentsAcceptedAt: Date;
  commitmentsVersion: string;
};

/** A new person of the mentor directory (added to the seed's people by data.ts). */
export type MentorPerson = {
  name: string;
  gender: Gender;
  entityCode: string;
  dutyStationCode: string;
  languages: string[];
  networkCodes: string[];
};

// name, gender, entity, station, languages, networks, areas, capacity, paused, years, career path (EN), focus (EN / FR)
type MentorRow = [
  string,
  Gender,
  string,
  string,
  string,
  string,
  ExpertiseArea[],
  1 | 2 | 3,
  boolean,
  number,
  string,
  { en: string; fr: string },
];

const mentorRows: MentorRow[] = [
  [
    "Beatriz Almeida",
    "female",
    "ECLAC",
    "SCL",
    "pt es en",
    "ECONET",
    ["career", "skills"],
    2,
    false,
    22,
    "Statistician in Santiago, then head of the regional data unit; two field assignments in Haiti and Guatemala.",
    {
      en: "I can help you plan a move between headquarters and the field, and make the most of technical expertise.",
      fr: "Je peux vous aider à préparer un passage du siège au terrain et à tirer le meilleur parti d'une expertise technique.",
    },
  ],
  [
    "Tendai Moyo",
    "male",
    "ECA",
    "ADD",
    "en fr",
    "ECONET MAGNET",
    ["leadership", "team_relationships"],
    2,
    false,
    18,
    "Economist, then team leader for regional integration; now managing a team of fourteen in Addis Ababa.",
    {
      en: "I enjoy talking about the first years as a manager: delegating, giving feedback, building trust.",
      fr: "J'aime parler des premières années de management : déléguer, donner un retour, construire la confiance.",
    },
  ],
  [
    "Claire Dubois",
    "female",
    "UNOG",
    "GVA",
    "fr en",
    "INFONET",
    ["career", "pre_retirement"],
    1,
    false,
    27,
    "Conference interpreter, then chief of a language section in Geneva.",
    {
      en: "I can share what I learned about changing careers inside the Organization after twenty years in one field.",
      fr: "Je peux partager ce que j'ai appris en changeant de métier au sein de l'Organisation après vingt ans dans un même domaine.",
    },
  ],
  [
    "Rashid Karimov",
    "male",
    "UNODC",
    "VIE",
    "ru en",
    "LEGALNET",
    ["skills", "career"],
    2,
    false,
    15,
    "Legal officer in Tashkent and Vienna, specialised in anti-corruption programmes.",
    {
      en: "I help mentees prepare for competency-based interviews and write stronger applications.",
      fr: "J'aide mes mentorés à préparer les entretiens axés sur les compétences et à rédiger de meilleures candidatures.",
    },
  ],
  [
    "Sunita Sharma",
    "female",
    "ESCAP",
    "BKK",
    "en",
    "ECONET",
    ["leadership", "career"],
    3,
    false,
    20,
    "Programme officer, then chief of section for social development in Bangkok.",
    {
      en: "Ask me about leading without authority, and about balancing a demanding job with family life.",
      fr: "Parlons de leadership sans autorité hiérarchique et de l'équilibre entre un poste exigeant et la vie de famille.",
    },
  ],
  [
    "Jorge Ramírez",
    "male",
    "DOS",
    "NYC",
    "es en",
    "LOGNET",
    ["team_relationships", "conflict_resolution"],
    2,
    false,
    16,
    "Logistics officer in three peacekeeping missions, now in New York with supply-chain planning.",
    {
      en: "I have managed teams in tense settings and like helping colleagues handle disagreement calmly.",
      fr: "J'ai dirigé des équipes dans des contextes tendus et j'aime aider les collègues à gérer les désaccords avec calme.",
    },
  ],
  [
    "Amira Hassan",
    "female",
    "ESCWA",
    "BEY",
    "ar en fr",
    "POLNET",
    ["career", "leadership"],
    2,
    false,
    14,
    "Political affairs officer in Beirut and Amman, then special assistant to a director.",
    {
      en: "I can help you think about mobility, first leadership roles and working close to senior management.",
      fr: "Je peux vous aider à réfléchir à la mobilité, aux premiers postes d'encadrement et au travail auprès de la direction.",
    },
  ],
  [
    "Peter Mwangi",
    "male",
    "UNON",
    "NBO",
    "en sw",
    "MAGNET",
    ["skills", "team_relationships"],
    1,
    false,
    19,
    "Human resources officer in Nairobi, then administrative officer for a regional office.",
    {
      en: "I like helping mentees build practical skills: managing priorities, presenting, running meetings.",
      fr: "J'aime aider mes mentorés à acquérir des compétences pratiques : gérer les priorités, présenter, animer une réunion.",
    },
  ],
  [
    "Linh Tran",
    "female",
    "OICT",
    "NYC",
    "en fr",
    "ITECNET",
    ["career", "skills"],
    2,
    false,
    12,
    "Software developer, then product owner for staff-facing applications.",
    {
      en: "I can share how I moved from a technical role to leading a product, and how to learn new fields quickly.",
      fr: "Je peux raconter comment je suis passée d'un rôle technique à la conduite d'un produit, et comment apprendre vite un nouveau domaine.",
    },
  ],
  [
    "Hans Becker",
    "male",
    "UNOV",
    "VIE",
    "en fr",
    "SAFETYNET",
    ["leadership", "pre_retirement"],
    1,
    true,
    30,
    "Security officer in five duty stations, then chief of security in Vienna.",
    {
      en: "After thirty years of moves, I talk about resilience, family and the last years before retirement.",
      fr: "Après trente ans de mutations, je parle de résilience, de vie de famille et des dernières années avant la retraite.",
    },
  ],
];

export function mentorPeople(): MentorPerson[] {
  return mentorRows.map(([name, gender, entityCode, dutyStationCode, langs, nets]) => ({
    name,
    gender,
    entityCode,
    dutyStationCode,
    languages: langs.split(" "),
    networkCodes: nets.split(" "),
  }));
}

// Networking opt-ins: e-mail, languages, topics (EN / FR).
const networkingRows: [string, string[], { en: string; fr: string }][] = [
  [
    MARIA,
    ["es", "en", "pt"],
    {
      en: "Happy to talk about regional commissions, data for development and working in Latin America.",
      fr: "Volontiers pour parler des commissions régionales, des données au service du développement et du travail en Amérique latine.",
    },
  ],
  [
    HANA,
    ["en", "fr"],
    {
      en: "Human resources policy, talent development and moving between entities.",
      fr: "Politiques de ressources humaines, développement des talents et mobilité entre entités.",
    },
  ],
  [
    SAM,
    ["en", "es"],
    {
      en: "Political affairs at headquarters, managing a team across time zones, working with Member States.",
      fr: "Affaires politiques au Siège, diriger une équipe sur plusieurs fuseaux horaires, travailler avec les États Membres.",
    },
  ],
  [
    "keiko.yamamoto@example.org",
    ["en"],
    {
      en: "Regional cooperation in Asia and the Pacific, and preparing a move to a new role.",
      fr: "La coopération régionale en Asie et dans le Pacifique, et la préparation d'un changement de poste.",
    },
  ],
  [
    "anna.schmidt@example.org",
    ["en"],
    {
      en: "Drug control and crime prevention programmes; life in Vienna for newcomers.",
      fr: "Les programmes de lutte contre la drogue et de prévention du crime ; la vie à Vienne pour les nouveaux arrivants.",
    },
  ],
  [
    "mei.lin@example.org",
    ["zh", "en"],
    {
      en: "Conference management and multilingual documentation.",
      fr: "La gestion des conférences et la documentation multilingue.",
    },
  ],
  [
    "karim.mansour@example.org",
    ["ar", "en", "fr"],
    {
      en: "Political analysis in the Arab region and working in a regional commission.",
      fr: "L'analyse politique dans la région arabe et le travail dans une commission régionale.",
    },
  ],
  [
    "sebastian.ortiz@example.org",
    ["es", "en"],
    {
      en: "Operational support, procurement and logistics for field missions.",
      fr: "L'appui opérationnel, les achats et la logistique des missions sur le terrain.",
    },
  ],
];

/** "Ana Beatriz Souza" → "ana-beatriz.souza@example.org" (the seed's rule, data.ts emailFor). */
type EmailFor = (name: string) => string;

export function matchingProfiles(today: Date, emailFor: EmailFor): SeedMatchingProfile[] {
  const day = dayOf(today);
  const mentor = (
    email: string,
    i: number,
    p: Pick<
      SeedMatchingProfile,
      | "availability"
      | "capacity"
      | "expertiseAreas"
      | "coachingLanguages"
      | "careerPath"
      | "profileUrl"
      | "bioEn"
      | "bioFr"
    >,
  ): SeedMatchingProfile => {
    const submittedAt = at(day, -120 + i * 3, 9 + (i % 6), (i * 11) % 60);
    return {
      email,
      kind: "mentor",
      programmeSlug: "mentoring",
      status: "approved",
      ...p,
      submittedAt,
      reviewedAt: at(submittedAt, 2, 3),
      commitmentsAcceptedAt: new Date(submittedAt.getTime() - 3_600_000),
      commitmentsVersion: COMMITMENTS_VERSION,
    };
  };
  const maria = mentor(MARIA, 0, {
    availability: "open",
    capacity: 2,
    expertiseAreas: ["career", "leadership", "skills"],
    coachingLanguages: ["es", "en", "pt", "fr"],
    careerPath:
      "Junior professional in New York (statistics), then ten years at ECLAC in Santiago: economic affairs officer, team leader for " +
      "social statistics, now chief of the development data section. Two assignments on loan to country teams in Bolivia and Paraguay.",
    profileUrl: "https://www.linkedin.com/in/maria-lopez-demo",
    bioEn:
      "I joined the Organization through the young professionals programme and have moved between headquarters and a regional " +
      "commission. I enjoy helping colleagues early in their careers see where their skills can take them, prepare for a first " +
      "leadership role and build a network across entities. Sessions in Spanish, English, Portuguese or French.",
    bioFr:
      "Je suis entrée à l'Organisation par le programme Jeunes administrateurs et j'ai travaillé au Siège puis dans une commission " +
      "régionale. J'aime aider les collègues en début de carrière à voir où leurs compétences peuvent les mener, à se préparer à un " +
      "premier poste d'encadrement et à se constituer un réseau entre entités. Séances en espagnol, en anglais, en portugais ou en français.",
  });
  const others = mentorRows.map(([name, , entity, , langs, , areas, capacity, paused, years, careerPath, focus], i) =>
    mentor(emailFor(name), i + 1, {
      availability: paused ? "paused" : "open",
      capacity,
      expertiseAreas: areas,
      coachingLanguages: langs.split(" "),
      careerPath,
      profileUrl:
        i % 3 === 0 ? `https://www.linkedin.com/in/${emailFor(name).split("@")[0].replace(/\./g, "-")}-demo` : null,
      bioEn: `${years} years with the Organization, currently with ${entity}. ${focus.en}`,
      bioFr: `${years} ans au sein de l'Organisation, actuellement à ${entity}. ${focus.fr}`,
    }),
  );
  const networking = networkingRows.map(([email, languages, topics], i): SeedMatchingProfile => {
    const submittedAt = at(day, -90 + i * 5, 10 + (i % 5), (i * 17) % 60);
    return {
      email,
      kind: "networking",
      programmeSlug: "networking",
      status: "approved",
      availability: "open",
      capacity: 3,
      expertiseAreas: [],
      coachingLanguages: languages,
      careerPath: null,
      profileUrl: null,
      bioEn: topics.en,
      bioFr: topics.fr,
      submittedAt,
      reviewedAt: submittedAt,
      commitmentsAcceptedAt: new Date(submittedAt.getTime() - 60_000),
      commitmentsVersion: COMMITMENTS_VERSION,
    };
  });
  return [maria, ...others, ...networking];
}

// --- María and Mehdi --------------------------------------------------------------------------

export type StoryTick = { id: string; sessionId: string; userEmail: string; itemKey: string; tickedAt: Date };

export type MentoringStory = {
  request: StoryRequest;
  engagement: StoryEngagement;
  feedback: StoryFeedback[];
  ticks: StoryTick[];
};

/** Held sessions: days after the start; the fourth is scheduled in three days, the rest planned. */
export function mentoringStory(today: Date, currentSlug: string): MentoringStory {
  const day = dayOf(today);
  const plan = sessionPlan("mentoring");
  const requestedOn = at(day, -52, 8, 15);
  const startedAt = at(day, -51, 14, 40);
  const label = "maria-mehdi";
  const held = [7, 21, 35]; // days after the start
  const sessions: StorySession[] = plan.steps.map((step, i) => {
    const position = i + 1;
    const base = {
      id: storyId(`${label}/session/${position}`),
      position,
      stepKey: step.key,
      suggestedAt: at(dayOf(startedAt), plan.firstWithinDays + 14 * i, 15),
      durationMinutes: step.durationMinutes,
    };
    if (i < held.length) {
      // 14:00 UTC: 16:00 in Beirut, 11:00 in Santiago.
      const startsAt = onWorkingDay(at(dayOf(startedAt), held[i], 14));
      return {
        ...base,
        status: "completed" as const,
        startsAt,
        timeZone: "Asia/Beirut",
        mode: "video" as const,
        location: "https://meet.example.org/maria-mehdi",
        proposedByEmail: MEHDI,
        proposedAt: at(startsAt, -5, -4),
        completedAt: new Date(startsAt.getTime() + 65 * 60_000),
        completedByEmail: MARIA,
      };
    }
    if (i === held.length) {
      return {
        ...base,
        status: "scheduled" as const,
        startsAt: onWorkingDay(at(day, 3, 14)),
        timeZone: "Asia/Beirut",
        mode: "video" as const,
        location: "https://meet.example.org/maria-mehdi",
        proposedByEmail: MEHDI,
        proposedAt: at(day, -4, 7, 20),
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

  const request: StoryRequest = {
    id: storyId(`${label}/request`),
    clientEmail: MEHDI,
    programmeSlug: "mentoring",
    cohortSlug: currentSlug,
    message:
      "Je travaille depuis deux ans à la CESAO et j'aimerais préparer une affectation sur le terrain, puis un premier poste d'encadrement. " +
      "Votre parcours entre le Siège et une commission régionale m'intéresse beaucoup.",
    status: "accepted",
    createdAt: requestedOn,
    closedAt: startedAt,
    choices: [
      {
        id: storyId(`${label}/choice/1`),
        coachEmail: MARIA,
        profileKind: "mentor",
        rank: 1,
        status: "accepted",
        askedAt: requestedOn,
        dueAt: answerDueAt(requestedOn, 3),
        answeredAt: startedAt,
        declineReason: null,
      },
    ],
  };
  const engagement: StoryEngagement = {
    id: storyId(`${label}/engagement`),
    programmeSlug: "mentoring",
    cohortSlug: currentSlug,
    coachEmail: MARIA,
    profileKind: "mentor",
    clientEmail: MEHDI,
    requestId: request.id,
    status: "active",
    startedAt,
    endedAt: null,
    endReason: null,
    endedByEmail: null,
    completedAt: null,
    sessions,
  };

  // Both evaluated sessions 1 and 2; Mehdi evaluated session 3, María still owes hers.
  const feedback: StoryFeedback[] = [];
  const answers: Record<string, [number, string[], string | null]> = {
    "1/mentee": [5, ["listening", "new_perspective"], "María's career story gave me ideas I had not considered."],
    "1/mentor": [4, ["questions", "listening"], null],
    "2/mentee": [4, ["action_plan", "questions"], null],
    "2/mentor": [5, ["action_plan", "encouragement"], null],
    "3/mentee": [5, ["tools", "encouragement"], "Rehearsing the conversation with my chief helped a lot."],
  };
  for (const [key, [usefulness, helped, comment]] of Object.entries(answers)) {
    const [position, who] = key.split("/");
    const s = sessions[Number(position) - 1];
    feedback.push({
      id: storyId(`${label}/feedback/${key}`),
      sessionId: s.id,
      authorEmail: who === "mentee" ? MEHDI : MARIA,
      usefulness,
      helped,
      comment,
      createdAt: at(s.completedAt!, 0, who === "mentee" ? 3 : 1),
    });
  }

  // The checklists of the sessions held, ticked by both (before on the eve, during in the session,
  // after once done); Mehdi already read the article for session 4.
  const ticks: StoryTick[] = [];
  const evaluated = new Set(Object.keys(answers));
  sessions.slice(0, held.length).forEach((s) => {
    const step = stepOf(s.stepKey)!;
    for (const [who, email] of [
      ["mentee", MEHDI],
      ["mentor", MARIA],
    ] as const) {
      // Each ticks their own list: María the mentor's, Mehdi the mentee's ("mentee.<phase>.<item>").
      for (const { key: itemKey, phase, item } of checklistFor(step, who === "mentee" ? "client" : "coach")) {
        if (phase === "after" && item === "evaluation" && !evaluated.has(`${s.position}/${who}`)) continue;
        if (phase === "after" && item === "schedule-next" && who === "mentor") continue;
        const tickedAt =
          phase === "before"
            ? at(s.startsAt!, -1, who === "mentee" ? 2 : 5)
            : phase === "during"
              ? at(s.startsAt!, 0, 0, 40)
              : at(s.completedAt!, 0, 2);
        ticks.push({
          // The id without the "mentee." prefix: a demo seeded before mentees had their own list keeps its rows.
          id: storyId(`${label}/tick/${s.position}/${who}/${phase}.${item}`),
          sessionId: s.id,
          userEmail: email,
          itemKey,
          tickedAt,
        });
      }
    }
  });
  const next = sessions[held.length];
  ticks.push({
    id: storyId(`${label}/tick/${next.position}/mentee/before.read-article`),
    sessionId: next.id,
    userEmail: MEHDI,
    itemKey: "mentee.before.read-article",
    tickedAt: at(day, -1, 16),
  });
  return { request, engagement, feedback, ticks };
}

// --- Amina's tripartite mission -----------------------------------------------------------------

export type StoryMission = {
  mission: {
    id: string;
    programmeSlug: string;
    sponsorEmail: string;
    hrEmail: string;
    coacheeEmail: string;
    coachEmail: string;
    engagementId: string;
    status: "in_progress";
    organisationRequest: string;
    coacheeRequest: string;
    coacheeRequestAt: Date;
    coacheeRequestShared: boolean;
    requestsValidatedAt: Date;
    consentedAt: Date;
    createdAt: Date;
    /** The framing record of the preliminary meeting (its synthesis document); Amina did not attend. */
    framingOrganisationNeeds: string;
    framingCoacheeNeeds: string;
    framingContext: string;
    framingExpectedResults: string;
    framingCoachExpectations: string;
    framingApproach: string;
    framingCoacheeAttended: boolean;
    framingRecordedAt: Date;
  };
  milestones: {
    id: string;
    kind: string;
    status: "planned" | "scheduled" | "held";
    scheduledAt: Date | null;
    heldAt: Date | null;
  }[];
  proposals: (ProposalTerms & { id: string; version: number; status: "approved" | "superseded"; createdAt: Date })[];
  reviews: {
    id: string;
    proposalId: string;
    reviewerEmail: string;
    party: "coachee" | "sponsor" | "hr";
    decision: "approved" | "commented";
    comment: string | null;
    createdAt: Date;
  }[];
  contracts: {
    id: string;
    version: number;
    proposalId: string;
    status: "accepted";
    commitmentsVersion: string;
    createdAt: Date;
  }[];
  acceptances: {
    id: string;
    contractId: string;
    userEmail: string;
    party: "coachee" | "sponsor" | "coach";
    acceptedAt: Date;
  }[];
  indicators: { id: string; position: number; description: string }[];
  checkIns: {
    id: string;
    authorEmail: string;
    kind: "message";
    body: string;
    createdAt: Date;
    dueAt: Date;
    answer: string;
    answeredAt: Date;
  }[];
  engagement: StoryEngagement;
  feedback: StoryFeedback[];
  /** When each step happened, for the e-mails. */
  times: Record<
    | "requested"
    | "coacheeRequest"
    | "validated"
    | "preliminaryScheduled"
    | "preliminary"
    | "coacheeMeetingScheduled"
    | "coacheeMeeting"
    | "consented"
    | "proposal1"
    | "commented"
    | "proposal2"
    | "approved"
    | "accepted"
    | "midpointScheduledOn",
    Date
  >;
};

export function missionStory(today: Date): StoryMission {
  const day = dayOf(today);
  const label = "amina-mission";
  const id = storyId(`${label}/mission`);
  const t = {
    requested: at(day, -75, 14, 10),
    coacheeRequest: at(day, -73, 13, 30),
    validated: at(day, -71, 8, 0),
    preliminaryScheduled: at(day, -71, 8, 5),
    preliminary: onWorkingDay(at(day, -67, 14, 0)),
    coacheeMeetingScheduled: at(day, -67, 15, 30),
    coacheeMeeting: onWorkingDay(at(day, -63, 15, 0)),
    consented: at(day, -61, 12, 45),
    proposal1: at(day, -58, 9, 0),
    commented: at(day, -56, 16, 20),
    proposal2: at(day, -54, 8, 30),
    approved: at(day, -52, 14, 0),
    accepted: at(day, -49, 13, 15),
    midpointScheduledOn: at(day, -6, 9, 0),
  };
  const organisationRequest =
    "Amina took over the mediation support team (twelve people, three duty stations) in the spring. We expect her to delegate more, " +
    "to hold regular one-to-one conversations with her team members and to handle disagreements within the team constructively.";
  const terms = {
    organisationObjectives:
      "Delegate the day-to-day follow-up of country files to the team's senior officers; hold monthly one-to-one meetings with every " +
      "team member; address disagreements within the team early, before they reach the director.",
    coacheeObjectives:
      "Feel at ease saying no to requests that do not fit the team's priorities; prepare difficult conversations instead of avoiding " +
      "them; keep two hours a week free for strategic work.",
    durationMonths: 5,
    sessionCount: 6,
    sessionMinutes: 60,
    rhythmWeeks: 3,
    cost: "Internal coach: no cost to the section (two working days a month of the coach's time, agreed with OCHA).",
    followUpMonths: 3,
  };
  const indicatorsV1 = [
    "Every team member has had a monthly one-to-one meeting with Amina for three months in a row.",
    "At least three country files are followed up by a senior officer without Amina's day-to-day involvement.",
  ];
  const indicators = [
    ...indicatorsV1,
    "Disagreements raised in the team meeting are settled within the team, without escalation to the director, over the last two months.",
    "Amina keeps two hours a week free for strategic work in her calendar for six weeks.",
  ];
  const p1 = storyId(`${label}/proposal/1`);
  const p2 = storyId(`${label}/proposal/2`);
  const contract = storyId(`${label}/contract/1`);
  const engagementId = storyId(`${label}/engagement`);

  // The mid-point review, after the third session: in four days, 10:00 in New York.
  const midpointAt = onWorkingDay(at(day, 4, 15));
  // The engagement: six sessions of 60 minutes every three weeks, the first three held; the
  // mid-point session is suggested on the day of the mid-point review, the one date the engagement
  // page and the mission page show for it (missionSuggestedAt, lib/domain/mission-terms.ts).
  const startedAt = t.accepted;
  const planned = missionSessions(terms, startedAt, "Europe/Zurich");
  const heldDays = [7, 21, 42];
  const sessions: StorySession[] = planned.map((p, i) => {
    const base = {
      id: storyId(`${label}/session/${p.position}`),
      position: p.position,
      stepKey: p.stepKey,
      suggestedAt: i < heldDays.length ? p.suggestedAt : missionSuggestedAt({ ...p, status: "planned" }, midpointAt),
      durationMinutes: p.durationMinutes,
    };
    if (i < heldDays.length) {
      const startsAt = onWorkingDay(at(dayOf(startedAt), heldDays[i], 13));
      return {
        ...base,
        status: "completed" as const,
        startsAt,
        timeZone: "Europe/Zurich",
        mode: "video" as const,
        location: "https://meet.example.org/carlos-amina-mission",
        proposedByEmail: CARLOS,
        proposedAt: at(startsAt, -6, -3),
        completedAt: new Date(startsAt.getTime() + 65 * 60_000),
        completedByEmail: CARLOS,
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
  const feedback: StoryFeedback[] = sessions
    .filter((s) => s.status === "completed")
    .flatMap((s) =>
      (
        [
          ["coachee", AMINA, 5, ["new_perspective", "action_plan"]],
          ["coach", CARLOS, 4, ["questions", "listening"]],
        ] as const
      ).map(([who, email, usefulness, helped]) => ({
        id: storyId(`${label}/feedback/${s.position}/${who}`),
        sessionId: s.id,
        authorEmail: email,
        usefulness: s.position === 2 && who === "coachee" ? 4 : usefulness,
        helped: [...helped],
        comment: null,
        createdAt: at(s.completedAt!, 0, who === "coach" ? 1 : 4),
      })),
    );

  const checkInAt = at(day, -9, 15, 10);
  return {
    mission: {
      id,
      programmeSlug: "tripartite-coaching",
      sponsorEmail: SAM,
      hrEmail: HANA,
      coacheeEmail: AMINA,
      coachEmail: CARLOS,
      engagementId,
      status: "in_progress",
      organisationRequest,
      coacheeRequest:
        "I would like to stop being the bottleneck of the team: I answer every request myself and I avoid the conversations I dread. " +
        "I want to learn to delegate without losing track, and to say no calmly.",
      coacheeRequestAt: t.coacheeRequest,
      coacheeRequestShared: true,
      requestsValidatedAt: t.validated,
      consentedAt: t.consented,
      createdAt: t.requested,
      framingOrganisationNeeds:
        "Sam and HR need the team to run without every file going through Amina, and disagreements settled within the team.",
      framingCoacheeNeeds:
        "Amina wants to stop being the bottleneck and to say no calmly (completed after the meeting with her).",
      framingContext:
        "A mediation support team of twelve people over three duty stations, taken over in the spring after a reorganisation.",
      framingExpectedResults:
        "Country files followed by the senior officers; monthly one-to-one meetings held; fewer disagreements reaching the director.",
      framingCoachExpectations:
        "Sam expects Carlos to challenge Amina on priorities; HR expects a clear contract and reporting limited to the indicators.",
      framingApproach:
        "Six sessions on delegation, priorities and difficult conversations, with work between sessions and a mid-point review.",
      framingCoacheeAttended: false,
      framingRecordedAt: t.preliminary,
    },
    milestones: [
      {
        id: storyId(`${label}/milestone/preliminary_meeting`),
        kind: "preliminary_meeting",
        status: "held",
        scheduledAt: t.preliminary,
        heldAt: t.preliminary,
      },
      {
        id: storyId(`${label}/milestone/coachee_meeting`),
        kind: "coachee_meeting",
        status: "held",
        scheduledAt: t.coacheeMeeting,
        heldAt: t.coacheeMeeting,
      },
      {
        id: storyId(`${label}/milestone/midpoint_review`),
        kind: "midpoint_review",
        status: "scheduled",
        scheduledAt: midpointAt,
        heldAt: null,
      },
      {
        id: storyId(`${label}/milestone/closing_session`),
        kind: "closing_session",
        status: "planned",
        scheduledAt: null,
        heldAt: null,
      },
      {
        id: storyId(`${label}/milestone/final_meeting`),
        kind: "final_meeting",
        status: "planned",
        scheduledAt: null,
        heldAt: null,
      },
      {
        id: storyId(`${label}/milestone/follow_up`),
        kind: "follow_up",
        status: "planned",
        scheduledAt: null,
        heldAt: null,
      },
    ],
    proposals: [
      { id: p1, version: 1, status: "superseded", createdAt: t.proposal1, ...terms, indicators: indicatorsV1 },
      { id: p2, version: 2, status: "approved", createdAt: t.proposal2, ...terms, indicators },
    ],
    reviews: [
      {
        id: storyId(`${label}/review/1/sponsor`),
        proposalId: p1,
        reviewerEmail: SAM,
        party: "sponsor",
        decision: "approved",
        comment: null,
        createdAt: at(t.proposal1, 1, 2),
      },
      {
        id: storyId(`${label}/review/1/hr`),
        proposalId: p1,
        reviewerEmail: HANA,
        party: "hr",
        decision: "commented",
        comment:
          "The indicators cover delegation but not the team's disagreements, which are the first point of the request. Could you add one?",
        createdAt: t.commented,
      },
      {
        id: storyId(`${label}/review/2/coachee`),
        proposalId: p2,
        reviewerEmail: AMINA,
        party: "coachee",
        decision: "approved",
        comment: null,
        createdAt: at(t.proposal2, 0, 5),
      },
      {
        id: storyId(`${label}/review/2/sponsor`),
        proposalId: p2,
        reviewerEmail: SAM,
        party: "sponsor",
        decision: "approved",
        comment: null,
        createdAt: at(t.proposal2, 1, 1),
      },
      {
        id: storyId(`${label}/review/2/hr`),
        proposalId: p2,
        reviewerEmail: HANA,
        party: "hr",
        decision: "approved",
        comment: "Thank you, this is clear.",
        createdAt: t.approved,
      },
    ],
    contracts: [
      {
        id: contract,
        version: 1,
        proposalId: p2,
        status: "accepted",
        commitmentsVersion: COMMITMENTS_VERSION,
        createdAt: t.approved,
      },
    ],
    acceptances: [
      {
        id: storyId(`${label}/acceptance/coach`),
        contractId: contract,
        userEmail: CARLOS,
        party: "coach",
        acceptedAt: at(t.approved, 0, 2),
      },
      {
        id: storyId(`${label}/acceptance/coachee`),
        contractId: contract,
        userEmail: AMINA,
        party: "coachee",
        acceptedAt: at(t.approved, 1, 1),
      },
      {
        id: storyId(`${label}/acceptance/sponsor`),
        contractId: contract,
        userEmail: SAM,
        party: "sponsor",
        acceptedAt: t.accepted,
      },
    ],
    indicators: indicators.map((description, i) => ({
      id: storyId(`${label}/indicator/${i + 1}`),
      position: i + 1,
      description,
    })),
    checkIns: [
      {
        id: storyId(`${label}/check-in/1`),
        authorEmail: AMINA,
        kind: "message",
        body: "I tried handing over the Sahel file to Yusuf as we discussed; he asked for a weekly check. Is that still delegating?",
        createdAt: checkInAt,
        dueAt: checkInDueAt(checkInAt),
        answer:
          "Yes: agreeing together how you follow up is part of delegating. Let's look at how the first weeks went in our next session.",
        answeredAt: at(checkInAt, 1, -4),
      },
    ],
    engagement: {
      id: engagementId,
      programmeSlug: "tripartite-coaching",
      cohortSlug: null,
      coachEmail: CARLOS,
      clientEmail: AMINA,
      requestId: null,
      status: "active",
      startedAt,
      endedAt: null,
      endReason: null,
      endedByEmail: null,
      completedAt: null,
      sessions,
    },
    feedback,
    times: t,
  };
}

// --- supervision ----------------------------------------------------------------------------

export type StorySupervision = { coachEmail: string; heldOn: Date; supervisor: string; attended: boolean };

const SUPERVISORS = ["Hélène Duval (MCC)", "Michael Okonkwo (MCC)", "Sarah Lindqvist (PCC)"];
/** Months of supervision records before today (the complete months). */
export const SUPERVISION_MONTHS = 12;

/**
 * The approved coaches' monthly supervision over the last twelve complete months (and this month's
 * for some): Carlos missed last month only; three others missed it too, a few missed an older month.
 * `coaches` are the approved coaches other than Carlos with the date they were approved.
 * The 2023 pilot's coaches also have their records of the pilot's months.
 */
export function supervisionRecords(
  today: Date,
  coaches: readonly { email: string; approvedAt: Date }[],
  pilotCoaches: readonly string[],
): StorySupervision[] {
  const last = lastMonth(today);
  const heldIn = (m: Month, n: number) => new Date(Date.UTC(m.year, m.month, 6 + (n % 15)));
  const records: StorySupervision[] = [];
  const all = [{ email: CARLOS, approvedAt: new Date("2023-01-19T09:05:00Z") }, ...coaches];
  all.forEach(({ email, approvedAt }, c) => {
    for (let i = SUPERVISION_MONTHS - 1; i >= -1; i--) {
      const month = addMonths(last, -i);
      const heldOn = heldIn(month, c + i);
      // Not a coach yet, or (this month) not held yet.
      if (heldOn < approvedAt || heldOn >= dayOf(today)) continue;
      if (i === -1 && c % 2 === 1) continue;
      const missed = email === CARLOS ? i === 0 : (i === 0 && c % 11 === 5) || (i > 0 && (c * 7 + i * 3) % 17 === 0);
      if (missed) {
        // Some coaches record that they could not attend; others simply have no record.
        if (c % 3 === 0)
          records.push({ coachEmail: email, heldOn, supervisor: SUPERVISORS[(c + i + 3) % 3], attended: false });
        continue;
      }
      records.push({ coachEmail: email, heldOn, supervisor: SUPERVISORS[(c + i + 3) % 3], attended: true });
    }
  });
  // The pilot's months, February to July 2023.
  pilotCoaches.forEach((email, c) => {
    for (let m = 1; m <= 6; m++) {
      if ((c + m) % 7 === 0) continue;
      records.push({
        coachEmail: email,
        heldOn: new Date(Date.UTC(2023, m, 8 + c)),
        supervisor: SUPERVISORS[(c + m) % 3],
        attended: true,
      });
    }
  });
  return records;
}
