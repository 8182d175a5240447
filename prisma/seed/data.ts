// Demo data for Binôme: reference data, programmes, cohorts and people.
// Pure data, no I/O: `buildSeedData(today)` is deterministic for a given date, so the seed
// (prisma/seed/seed.ts) can compare it with what is stored and write only the differences.
import { createHash } from "node:crypto";
import { COMMITMENTS_VERSION } from "../../lib/domain/commitments";
import { DEMO_PERSONA_EMAILS } from "../../lib/domain/demo-personas";
import { COACHING_FIGURES } from "../../lib/domain/session-plans";
import { buildStory, type Story } from "./story";
import {
  matchingProfiles,
  mentoringStory,
  mentorPeople,
  missionStory,
  supervisionRecords,
  type MentoringStory,
  type SeedMatchingProfile,
  type StoryMission,
  type StorySupervision,
} from "./programmes-story";
import type {
  AppointmentType,
  Availability,
  ProfileStatus,
  CohortStatus,
  CredentialKind,
  ExpertiseArea,
  Gender,
  Locale,
  ProgrammeType,
  SessionPlan,
  Role,
} from "../../lib/generated/prisma/enums";

// --- types ------------------------------------------------------------------------------

export type SeedEntity = { code: string; nameEn: string; nameFr: string };
export type SeedDutyStation = { code: string; nameEn: string; nameFr: string; timeZone: string };
export type SeedNetwork = { code: string; nameEn: string; nameFr: string };
export type SeedLanguage = { code: string; nameEn: string; nameFr: string };

export type SeedProgramme = {
  slug: string;
  type: ProgrammeType;
  sessionPlan: SessionPlan;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
};

export type SeedCohort = {
  programmeSlug: string;
  slug: string;
  nameEn: string;
  nameFr: string;
  /** Dates at UTC midnight (the columns are `date`). */
  startsOn: Date;
  endsOn: Date;
  enrolmentOpensOn: Date;
  enrolmentClosesOn: Date;
  seats: number;
  status: CohortStatus;
};

export type SeedCoachProfile = {
  status: ProfileStatus;
  availability: Availability;
  capacity: number;
  expertiseAreas: ExpertiseArea[];
  coachingLanguages: string[];
  credentialKind: CredentialKind | null;
  trainingHours: number | null;
  bioEn: string | null;
  bioFr: string | null;
  isFormerStaff: boolean;
  submittedAt: Date | null;
  reviewedAt: Date | null;
};

/** A coach profile as stored: the fields above plus those `coachProfileRow()` derives. */
export type SeedCoachProfileRow = SeedCoachProfile & {
  observedPractice: boolean | null;
  approachEn: string | null;
  approachFr: string | null;
  reviewMessage: string | null;
  commitmentsAcceptedAt: Date | null;
  commitmentsVersion: string | null;
};

/** A demo credential document (a one-page PDF made by prisma/seed/demo-pdf.ts). */
export type SeedCredentialDocument = {
  email: string;
  /** Stable, derived from the e-mail: re-seeding finds the same row and file. */
  storageKey: string;
  fileName: string;
  uploadedAt: Date;
  /** What the certificate says. */
  holder: string;
  credentialKind: CredentialKind;
  trainingHours: number | null;
};

/** A history entry of a coach's registration (AuditLog), with a stable id. */
export type SeedReviewEvent = {
  id: string;
  email: string;
  actorEmail: string;
  action: "coach.submit" | "credential.request-changes" | "credential.reject";
  at: Date;
  data: Record<string, unknown>;
};

export type SeedEnrolment = {
  programmeSlug: string;
  cohortSlug: string;
  role: Role;
  /** Default: enrolled, when the cohort's enrolment opened. */
  status?: "enrolled" | "waitlisted" | "offered";
  enrolledAt?: Date;
  offeredAt?: Date;
  offerExpiresAt?: Date;
};

export type SeedPerson = {
  email: string;
  name: string;
  roles: Role[];
  entityCode: string;
  dutyStationCode: string;
  /** IANA time zone, taken from the duty station. */
  timeZone: string;
  preferredLanguage: Locale;
  /** null for former staff (no current contract). */
  appointmentType: AppointmentType | null;
  gender: Gender;
  /** ISO 639-1 codes. */
  languages: string[];
  networkCodes: string[];
  coachProfile: SeedCoachProfileRow | null;
  enrolments: SeedEnrolment[];
};

export type SeedData = {
  /** What has happened so far: requests, engagements, sessions, evaluations (story.ts). */
  story: Story;
  /** María and Mehdi's mentoring: request, engagement at session 4 of 9, evaluations, checklist ticks. */
  mentoring: MentoringStory;
  /** Amina's tripartite mission with Sam (sponsor), Hana (HR) and Carlos, at its mid-point review. */
  mission: StoryMission;
  /** Mentor and networking profiles, keyed by (person, kind). */
  matchingProfiles: SeedMatchingProfile[];
  /** The approved coaches' monthly supervision, keyed by (coach, day). */
  supervision: StorySupervision[];
  /** Demo certificates of the coaches whose registration reached HR. */
  credentialDocuments: SeedCredentialDocument[];
  /** History of the registrations awaiting review or sent back for changes. */
  reviewEvents: SeedReviewEvent[];
  entities: SeedEntity[];
  dutyStations: SeedDutyStation[];
  networks: SeedNetwork[];
  languages: SeedLanguage[];
  programmes: SeedProgramme[];
  cohorts: SeedCohort[];
  /** The named personas first, then the other coaches, then the other staff members. */
  people: SeedPerson[];
};

// --- reference data ---------------------------------------------------------------------

export const entities: SeedEntity[] = [
  {
    code: "DPPA",
    nameEn: "Department of Political and Peacebuilding Affairs",
    nameFr: "Département des affaires politiques et de la consolidation de la paix",
  },
  {
    code: "OCHA",
    nameEn: "Office for the Coordination of Humanitarian Affairs",
    nameFr: "Bureau de la coordination des affaires humanitaires",
  },
  { code: "DOS", nameEn: "Department of Operational Support", nameFr: "Département de l'appui opérationnel" },
  {
    code: "DMSPC",
    nameEn: "Department of Management Strategy, Policy and Compliance",
    nameFr: "Département des stratégies et politiques de gestion et de la conformité",
  },
  {
    code: "DESA",
    nameEn: "Department of Economic and Social Affairs",
    nameFr: "Département des affaires économiques et sociales",
  },
  { code: "DGC", nameEn: "Department of Global Communications", nameFr: "Département de la communication globale" },
  {
    code: "DGACM",
    nameEn: "Department for General Assembly and Conference Management",
    nameFr: "Département de l'Assemblée générale et de la gestion des conférences",
  },
  { code: "DSS", nameEn: "Department of Safety and Security", nameFr: "Département de la sûreté et de la sécurité" },
  {
    code: "OICT",
    nameEn: "Office of Information and Communications Technology",
    nameFr: "Bureau de l'informatique et des communications",
  },
  {
    code: "OHCHR",
    nameEn: "Office of the United Nations High Commissioner for Human Rights",
    nameFr: "Haut-Commissariat des Nations Unies aux droits de l'homme",
  },
  { code: "UNOG", nameEn: "United Nations Office at Geneva", nameFr: "Office des Nations Unies à Genève" },
  { code: "UNON", nameEn: "United Nations Office at Nairobi", nameFr: "Office des Nations Unies à Nairobi" },
  { code: "UNOV", nameEn: "United Nations Office at Vienna", nameFr: "Office des Nations Unies à Vienne" },
  {
    code: "UNODC",
    nameEn: "United Nations Office on Drugs and Crime",
    nameFr: "Office des Nations Unies contre la drogue et le crime",
  },
  {
    code: "ESCAP",
    nameEn: "Economic and Social Commission for Asia and the Pacific",
    nameFr: "Commission économique et sociale pour l'Asie et le Pacifique",
  },
  { code: "ECA", nameEn: "Economic Commission for Africa", nameFr: "Commission économique pour l'Afrique" },
  {
    code: "ECLAC",
    nameEn: "Economic Commission for Latin America and the Caribbean",
    nameFr: "Commission économique pour l'Amérique latine et les Caraïbes",
  },
  {
    code: "ESCWA",
    nameEn: "Economic and Social Commission for Western Asia",
    nameFr: "Commission économique et sociale pour l'Asie occidentale",
  },
];

export const dutyStations: SeedDutyStation[] = [
  { code: "NYC", nameEn: "New York", nameFr: "New York", timeZone: "America/New_York" },
  { code: "GVA", nameEn: "Geneva", nameFr: "Genève", timeZone: "Europe/Zurich" },
  { code: "NBO", nameEn: "Nairobi", nameFr: "Nairobi", timeZone: "Africa/Nairobi" },
  { code: "BKK", nameEn: "Bangkok", nameFr: "Bangkok", timeZone: "Asia/Bangkok" },
  { code: "VIE", nameEn: "Vienna", nameFr: "Vienne", timeZone: "Europe/Vienna" },
  { code: "ADD", nameEn: "Addis Ababa", nameFr: "Addis-Abeba", timeZone: "Africa/Addis_Ababa" },
  { code: "SCL", nameEn: "Santiago", nameFr: "Santiago", timeZone: "America/Santiago" },
  { code: "BEY", nameEn: "Beirut", nameFr: "Beyrouth", timeZone: "Asia/Beirut" },
];

export const networks: SeedNetwork[] = [
  { code: "MAGNET", nameEn: "Management and Administration", nameFr: "Gestion et administration" },
  {
    code: "POLNET",
    nameEn: "Political, Peace and Humanitarian",
    nameFr: "Affaires politiques, paix et action humanitaire",
  },
  {
    code: "ITECNET",
    nameEn: "Information and Telecommunication Technology",
    nameFr: "Technologies de l'information et des télécommunications",
  },
  { code: "ECONET", nameEn: "Economic, Social and Development", nameFr: "Développement économique et social" },
  { code: "LEGALNET", nameEn: "Legal", nameFr: "Affaires juridiques" },
  {
    code: "INFONET",
    nameEn: "Public Information and Conference Management",
    nameFr: "Information et gestion des conférences",
  },
  { code: "SAFETYNET", nameEn: "Safety and Security", nameFr: "Sûreté et sécurité" },
  {
    code: "LOGNET",
    nameEn: "Logistics, Transportation and Supply Chain",
    nameFr: "Logistique, transports et chaîne d'approvisionnement",
  },
];

export const languages: SeedLanguage[] = [
  { code: "en", nameEn: "English", nameFr: "anglais" },
  { code: "fr", nameEn: "French", nameFr: "français" },
  { code: "es", nameEn: "Spanish", nameFr: "espagnol" },
  { code: "ar", nameEn: "Arabic", nameFr: "arabe" },
  { code: "ru", nameEn: "Russian", nameFr: "russe" },
  { code: "zh", nameEn: "Chinese", nameFr: "chinois" },
  { code: "pt", nameEn: "Portuguese", nameFr: "portugais" },
  { code: "sw", nameEn: "Swahili", nameFr: "swahili" },
];

// --- programmes -------------------------------------------------------------------------

export const PEER_COACHING = "peer-coaching";
export const MENTORING = "mentoring";
export const NETWORKING = "networking";
export const TRIPARTITE_COACHING = "tripartite-coaching";
export const PILOT_COHORT = "pilot-2023";

/**
 * Peer coaching's sessions in words ("five sessions of 45 minutes, one a month"), from the plan
 * the rules follow (lib/domain/session-plans.ts), so the description can never promise another.
 */
function coachingRhythm(lang: "en" | "fr"): string {
  const { sessions, minutes, unit, every } = COACHING_FIGURES;
  const words = {
    en: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    fr: ["une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  }[lang];
  const count = words[sessions - 1] ?? String(sessions);
  const units = {
    en: { month: ["a month", "months"], week: ["a week", "weeks"], day: ["a day", "days"] },
    fr: { month: ["par mois", "mois"], week: ["par semaine", "semaines"], day: ["par jour", "jours"] },
  }[lang][unit];
  if (lang === "en")
    return `${count} session${sessions === 1 ? "" : "s"} of ${minutes} minutes, ${every === 1 ? `one ${units[0]}` : `one every ${every} ${units[1]}`}`;
  const all = unit === "week" ? "toutes les" : "tous les";
  const often = every === 1 ? `à raison d'une ${units[0]}` : `à raison d'une ${all} ${every} ${units[1]}`;
  return `${count} séance${sessions === 1 ? "" : "s"} de ${minutes} minutes, ${often}`;
}

export const programmes: SeedProgramme[] = [
  {
    slug: PEER_COACHING,
    type: "coaching",
    sessionPlan: "coaching",
    nameEn: "UN Peer Coaching Programme",
    nameFr: "Programme de coaching entre pairs de l'ONU",
    descriptionEn:
      "One-to-one coaching with a colleague who holds a recognised coaching credential. You browse the coach directory and " +
      "choose who you would like to work with; together you hold a first get-to-know-you meeting and then " +
      coachingRhythm("en") +
      ".",
    descriptionFr:
      "Un accompagnement individuel par un ou une collègue titulaire d'une qualification reconnue en coaching. Vous parcourez " +
      "l'annuaire et choisissez vous-même votre coach ; après une première rencontre pour faire connaissance, vous vous " +
      "retrouvez pour " +
      coachingRhythm("fr") +
      ".",
  },
  {
    slug: MENTORING,
    type: "mentoring",
    sessionPlan: "mentoring",
    nameEn: "Mentoring Programme",
    nameFr: "Programme de mentorat",
    descriptionEn:
      "A more informal partnership in which an experienced colleague passes on what they have learned along the way. " +
      "Mentor and mentee follow nine guided sessions, meeting roughly every two weeks.",
    descriptionFr:
      "Une relation plus informelle dans laquelle un ou une collègue expérimenté(e) transmet ce que son parcours lui a " +
      "appris. Le binôme suit neuf séances guidées et se retrouve environ toutes les deux semaines.",
  },
  {
    slug: NETWORKING,
    type: "networking",
    sessionPlan: "networking",
    nameEn: "Networking Conversations",
    nameFr: "Conversations de réseautage",
    descriptionEn:
      "One or two short conversations with a colleague from another team, entity or duty station, to widen your network " +
      "and hear how others work.",
    descriptionFr:
      "Une ou deux courtes conversations avec un ou une collègue d'une autre équipe, entité ou ville d'affectation, pour " +
      "élargir votre réseau et découvrir d'autres façons de travailler.",
  },
  {
    slug: TRIPARTITE_COACHING,
    type: "tripartite_coaching",
    sessionPlan: "coaching",
    nameEn: "Tripartite Coaching",
    nameFr: "Coaching tripartite",
    descriptionEn:
      "Coaching requested by a manager for a member of their team, agreed by all three: the coachee, their manager (and HR) " +
      "and the coach set the objectives and success indicators together in a contract, review progress at mid-point and " +
      "evaluate the results at the end. What is said in sessions stays between the coachee and the coach.",
    descriptionFr:
      "Un coaching demandé par un ou une responsable pour une personne de son équipe et convenu à trois : la personne " +
      "coachée, son ou sa responsable (et les RH) et le coach fixent ensemble les objectifs et les indicateurs de réussite " +
      "dans un contrat, font le point à mi-parcours et évaluent les résultats à la fin. Ce qui se dit en séance reste " +
      "entre la personne coachée et le coach.",
  },
];

// --- dates ------------------------------------------------------------------------------

/** UTC midnight of the given calendar day (month is 0-based; overflow rolls over). */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

/** UTC midnight of the day `today` falls on (in UTC). */
export function startOfUtcDay(today: Date): Date {
  return utcDate(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/** Same day of month `months` later, clamped to the end of the target month. */
export function addUtcMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const lastDay = utcDate(y, m + 1, 0).getUTCDate();
  return utcDate(y, m, Math.min(day.getUTCDate(), lastDay));
}

function addDays(day: Date, days: number, hourUtc = 0, minuteUtc = 0): Date {
  return new Date(day.getTime() + days * 86_400_000 + (hourUtc * 60 + minuteUtc) * 60_000);
}

/** Season of a cohort starting in `start` (UTC): November–February is winter and spans two years. */
export function seasonName(start: Date): { en: string; fr: string; slug: string } {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + 1;
  if (m >= 11) return { en: `Winter ${y}–${y + 1}`, fr: `Hiver ${y}-${y + 1}`, slug: `winter-${y}-${y + 1}` };
  if (m <= 2) return { en: `Winter ${y - 1}–${y}`, fr: `Hiver ${y - 1}-${y}`, slug: `winter-${y - 1}-${y}` };
  if (m <= 5) return { en: `Spring ${y}`, fr: `Printemps ${y}`, slug: `spring-${y}` };
  if (m <= 8) return { en: `Summer ${y}`, fr: `Été ${y}`, slug: `summer-${y}` };
  return { en: `Autumn ${y}`, fr: `Automne ${y}`, slug: `autumn-${y}` };
}

/** Days before today the demo story's first current engagement was requested (see story.ts). */
export const CURRENT_COHORT_AGE_DAYS = 80;

/**
 * The pilot of 2023, the current coaching cohort and the current mentoring cohort.
 * Current cohorts started on the 1st of the month CURRENT_COHORT_AGE_DAYS ago (UTC); enrolment
 * opened a month before the start and closes a month after today.
 */
export function buildCohorts(today: Date): SeedCohort[] {
  const day = startOfUtcDay(today);
  // The current cohorts started on the 1st of the month 80 days ago: long enough for the demo
  // story's engagements (prisma/seed/story.ts) to have held three sessions.
  const started = addDays(day, -CURRENT_COHORT_AGE_DAYS);
  const start = utcDate(started.getUTCFullYear(), started.getUTCMonth(), 1);
  const season = seasonName(start);
  const monthsLater = (n: number) => utcDate(start.getUTCFullYear(), start.getUTCMonth() + n, 0); // last day of month n-1 after start
  // Rolling enrolment: opened a month before the start, closes a month after today.
  const opens = addUtcMonths(start, -1);
  const closes = addUtcMonths(day, 1);
  return [
    {
      programmeSlug: PEER_COACHING,
      slug: PILOT_COHORT,
      nameEn: "2023 pilot",
      nameFr: "Projet pilote 2023",
      startsOn: utcDate(2023, 1, 1),
      endsOn: utcDate(2023, 6, 31),
      enrolmentOpensOn: utcDate(2023, 0, 9),
      enrolmentClosesOn: utcDate(2023, 0, 27),
      seats: 60,
      status: "closed",
    },
    {
      programmeSlug: PEER_COACHING,
      slug: season.slug,
      nameEn: season.en,
      nameFr: season.fr,
      startsOn: start,
      endsOn: monthsLater(6),
      enrolmentOpensOn: opens,
      enrolmentClosesOn: closes,
      seats: 10,
      status: "open",
    },
    {
      programmeSlug: MENTORING,
      slug: season.slug,
      nameEn: season.en,
      nameFr: season.fr,
      startsOn: start,
      endsOn: monthsLater(5),
      enrolmentOpensOn: opens,
      enrolmentClosesOn: closes,
      seats: 40,
      status: "open",
    },
  ];
}

// --- people -----------------------------------------------------------------------------

const stationZone = new Map(dutyStations.map((s) => [s.code, s.timeZone]));
const stationName = new Map(dutyStations.map((s) => [s.code, { en: s.nameEn, fr: s.nameFr }]));

function zoneOf(station: string): string {
  const zone = stationZone.get(station);
  if (!zone) throw new Error(`Unknown duty station ${station}`);
  return zone;
}

/** "Ana Beatriz Souza" → "ana-beatriz.souza@example.org" (first names before the last word). */
export function emailFor(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z\s-]/g, "")
    .split(/\s+/)
    .filter(Boolean);
  const last = words.pop()!;
  return `${words.join("-")}.${last}@example.org`;
}

type PersonInput = Omit<SeedPerson, "timeZone" | "coachProfile" | "enrolments" | "preferredLanguage"> &
  Partial<Pick<SeedPerson, "enrolments" | "preferredLanguage">> & {
    coachProfile?: SeedCoachProfile & Partial<SeedCoachProfileRow>;
  };

/**
 * Completes a coach profile: ICF-accredited training included observed practice; every
 * registration sent to HR accepted the current commitments an hour before it was sent.
 */
function coachProfileRow(c: SeedCoachProfile & Partial<SeedCoachProfileRow>): SeedCoachProfileRow {
  const sent = c.status !== "draft" && c.submittedAt;
  return {
    observedPractice: c.credentialKind === "icf_training" ? true : null,
    approachEn: null,
    approachFr: null,
    reviewMessage: null,
    commitmentsAcceptedAt: sent ? new Date(c.submittedAt!.getTime() - 3_600_000) : null,
    commitmentsVersion: sent ? COMMITMENTS_VERSION : null,
    ...c,
  };
}

function person({ coachProfile, ...p }: PersonInput): SeedPerson {
  return {
    preferredLanguage: "en",
    enrolments: [],
    ...p,
    coachProfile: coachProfile ? coachProfileRow(coachProfile) : null,
    timeZone: zoneOf(p.dutyStationCode),
  };
}

function personas(today: Date, currentSlug: string): SeedPerson[] {
  const day = startOfUtcDay(today);
  return [
    person({
      email: "amina.client@example.org",
      name: "Amina Diallo",
      roles: ["client"],
      entityCode: "DPPA",
      dutyStationCode: "NYC",
      appointmentType: "fixed_term",
      gender: "female",
      languages: ["en", "fr"],
      networkCodes: ["POLNET"],
      enrolments: [{ programmeSlug: PEER_COACHING, cohortSlug: currentSlug, role: "client" }],
    }),
    person({
      email: "carlos.coach@example.org",
      name: "Carlos Mendes",
      roles: ["coach"],
      entityCode: "OCHA",
      dutyStationCode: "GVA",
      preferredLanguage: "fr",
      appointmentType: "permanent",
      gender: "male",
      languages: ["en", "fr", "es"],
      networkCodes: ["POLNET", "MAGNET"],
      coachProfile: {
        status: "approved",
        availability: "open",
        capacity: 3,
        expertiseAreas: ["leadership", "career", "conflict_resolution"],
        coachingLanguages: ["en", "fr", "es"],
        credentialKind: "icf_pcc",
        trainingHours: null,
        bioEn:
          "I have worked in humanitarian coordination for fifteen years, in the field and now in Geneva, and I hold the ICF " +
          "Professional Certified Coach credential. I work with managers taking on a bigger team, with colleagues weighing a " +
          "career move and with anyone caught in a difficult working relationship. Sessions in English, French or Spanish.",
        bioFr:
          "Je travaille depuis quinze ans dans la coordination humanitaire, d'abord sur le terrain et aujourd'hui à Genève, et " +
          "je suis coach certifié PCC par l'ICF. J'accompagne des responsables qui prennent en charge une équipe plus grande, " +
          "des collègues qui réfléchissent à une évolution de carrière et toute personne prise dans une relation de travail " +
          "difficile. Séances en français, en anglais ou en espagnol.",
        isFormerStaff: false,
        submittedAt: new Date("2023-01-12T14:20:00Z"),
        reviewedAt: new Date("2023-01-19T09:05:00Z"),
      },
    }),
    person({
      email: "pending.coach@example.org",
      name: "Priya Raman",
      roles: ["coach"],
      entityCode: "UNON",
      dutyStationCode: "NBO",
      appointmentType: "fixed_term",
      gender: "female",
      languages: ["en", "sw"],
      networkCodes: ["ECONET"],
      coachProfile: {
        status: "submitted",
        availability: "open",
        capacity: 2,
        expertiseAreas: ["career", "skills"],
        coachingLanguages: ["en"],
        credentialKind: "icf_training",
        trainingHours: 60,
        bioEn:
          "Programme officer in Nairobi who recently completed an ICF-accredited coach training with supervised practice. " +
          "I would like to help colleagues early in their careers find their footing and build new skills.",
        bioFr:
          "Chargée de programme à Nairobi, je viens de terminer une formation au coaching accréditée par l'ICF avec pratique " +
          "supervisée. J'aimerais aider les collègues en début de carrière à trouver leurs repères et à développer de " +
          "nouvelles compétences.",
        approachEn:
          "I listen first, then help you name what you want to change and the first small step towards it. Between sessions " +
          "I suggest one thing to try, and we start the next session from what you noticed.",
        approachFr:
          "J'écoute d'abord, puis je vous aide à formuler ce que vous voulez changer et le premier petit pas pour y parvenir. " +
          "Entre deux séances, je vous propose une chose à essayer, et nous repartons de ce que vous avez observé.",
        isFormerStaff: false,
        submittedAt: addDays(day, -3, 10, 15),
        reviewedAt: null,
      },
    }),
    person({
      email: "maria.mentor@example.org",
      name: "María López",
      roles: ["mentor"],
      entityCode: "ECLAC",
      dutyStationCode: "SCL",
      appointmentType: "continuing",
      gender: "female",
      languages: ["es", "en", "pt"],
      networkCodes: ["ECONET"],
      enrolments: [{ programmeSlug: MENTORING, cohortSlug: currentSlug, role: "mentor" }],
    }),
    person({
      email: "mehdi.mentee@example.org",
      name: "Mehdi Benali",
      roles: ["mentee"],
      entityCode: "ESCWA",
      dutyStationCode: "BEY",
      preferredLanguage: "fr",
      appointmentType: "temporary",
      gender: "male",
      languages: ["fr", "ar", "en"],
      networkCodes: ["ECONET", "INFONET"],
      enrolments: [{ programmeSlug: MENTORING, cohortSlug: currentSlug, role: "mentee" }],
    }),
    person({
      email: "hana.hr@example.org",
      name: "Hana Kim",
      roles: ["hr_reviewer"],
      entityCode: "DMSPC",
      dutyStationCode: "NYC",
      appointmentType: "permanent",
      gender: "female",
      languages: ["en", "fr"],
      networkCodes: ["MAGNET"],
    }),
    person({
      email: "ade.admin@example.org",
      name: "Ade Okafor",
      roles: ["programme_admin"],
      entityCode: "DMSPC",
      dutyStationCode: "NYC",
      appointmentType: "continuing",
      gender: "male",
      languages: ["en"],
      networkCodes: ["MAGNET"],
    }),
    person({
      email: "sam.manager@example.org",
      name: "Sam Taylor",
      roles: ["sponsor"],
      entityCode: "DPPA",
      dutyStationCode: "NYC",
      appointmentType: "permanent",
      gender: "non_binary",
      languages: ["en", "es"],
      networkCodes: ["POLNET"],
    }),
    // Enrolled in the current mentoring cohort and not yet paired: a newcomer asks a mentor as her.
    person({
      email: "ines.mentee@example.org",
      name: "Inès Lambert",
      roles: ["mentee"],
      entityCode: "UNOG",
      dutyStationCode: "GVA",
      preferredLanguage: "fr",
      appointmentType: "fixed_term",
      gender: "female",
      languages: ["fr", "en"],
      networkCodes: ["MAGNET"],
      enrolments: [{ programmeSlug: MENTORING, cohortSlug: currentSlug, role: "mentee" }],
    }),
  ];
}

// The other coaches. One row each:
// name, gender, entity, duty station, languages, networks, expertise areas, credential
// (pcc/acc/mcc, or a number of training hours), capacity, state
// (A approved+open, P approved+paused, S submitted, C changes requested; +F former staff).
type CoachRow = [
  string,
  Gender,
  string,
  string,
  string,
  string,
  ExpertiseArea[],
  "acc" | "pcc" | "mcc" | number,
  1 | 2 | 3,
  "A" | "P" | "S" | "C" | "R" | "AF",
];

const coachRows: CoachRow[] = [
  ["Aiko Tanaka", "female", "ESCAP", "BKK", "en", "ECONET", ["career", "skills"], "pcc", 2, "A"],
  ["Kwame Mensah", "male", "ECA", "ADD", "en fr", "ECONET", ["leadership", "team_relationships"], "acc", 3, "A"],
  ["Sofía Herrera", "female", "ECLAC", "SCL", "es en pt", "ECONET MAGNET", ["career"], "acc", 1, "A"],
  [
    "Olena Kovalenko",
    "female",
    "UNOV",
    "VIE",
    "en ru",
    "MAGNET",
    ["conflict_resolution", "team_relationships"],
    "pcc",
    2,
    "A",
  ],
  ["Jean-Baptiste Nkurunziza", "male", "UNON", "NBO", "fr en sw", "LOGNET", ["leadership"], 72, 2, "A"],
  ["Layla Haddad", "female", "ESCWA", "BEY", "ar en fr", "POLNET", ["career", "conflict_resolution"], "pcc", 3, "A"],
  ["Wei Zhang", "male", "DGACM", "NYC", "zh en", "INFONET", ["skills"], "acc", 1, "A"],
  ["Isabelle Moreau", "female", "UNOG", "GVA", "fr en", "MAGNET", ["pre_retirement", "career"], "mcc", 3, "A"],
  ["Rahul Mehta", "male", "OICT", "NYC", "en", "ITECNET", ["leadership", "skills"], "pcc", 2, "A"],
  ["Fatima Al-Sayed", "female", "OHCHR", "GVA", "ar en fr", "LEGALNET POLNET", ["conflict_resolution"], "acc", 2, "A"],
  ["Tomás Rivera", "male", "DOS", "NYC", "es en", "LOGNET", ["team_relationships", "leadership"], 60, 1, "A"],
  ["Ngozi Eze", "female", "UNON", "NBO", "en sw", "MAGNET", ["career", "skills", "leadership"], "pcc", 3, "A"],
  ["Dmitri Volkov", "male", "UNODC", "VIE", "ru en", "LEGALNET", ["skills"], "acc", 2, "P"],
  ["Mariam Tesfaye", "female", "ECA", "ADD", "en fr", "ECONET", ["leadership"], "pcc", 2, "A"],
  ["Alex Morgan", "non_binary", "DGC", "NYC", "en fr", "INFONET", ["team_relationships", "career"], "acc", 2, "A"],
  ["Jing Chen", "female", "ESCAP", "BKK", "zh en", "ITECNET", ["skills", "career"], 90, 1, "A"],
  ["Pierre Lefèvre", "male", "UNOG", "GVA", "fr en", "INFONET", ["pre_retirement"], "acc", 1, "AF"],
  [
    "Ana Beatriz Souza",
    "female",
    "ECLAC",
    "SCL",
    "pt es en",
    "ECONET",
    ["team_relationships", "conflict_resolution"],
    "pcc",
    2,
    "A",
  ],
  ["Omar Khalil", "male", "ESCWA", "BEY", "ar en", "SAFETYNET", ["leadership", "conflict_resolution"], "acc", 3, "A"],
  ["Grace Wanjiru", "female", "UNON", "NBO", "en sw", "POLNET", ["career"], "acc", 2, "A"],
  ["Hiroshi Sato", "male", "UNOV", "VIE", "en", "SAFETYNET", ["pre_retirement", "skills"], "mcc", 1, "AF"],
  [
    "Svetlana Ivanova",
    "female",
    "DGACM",
    "NYC",
    "ru en fr",
    "INFONET",
    ["skills", "team_relationships"],
    "pcc",
    2,
    "A",
  ],
  ["Mohamed Diop", "male", "DPPA", "NYC", "fr en ar", "POLNET", ["conflict_resolution", "leadership"], "pcc", 3, "A"],
  ["Elena Rossi", "female", "OCHA", "GVA", "en fr es", "POLNET", ["career", "team_relationships"], "acc", 2, "P"],
  ["Thabo Nkosi", "male", "ECA", "ADD", "en", "LOGNET", ["skills", "leadership"], "acc", 1, "A"],
  ["Lucía Fernández", "female", "ECLAC", "SCL", "es en", "MAGNET", ["pre_retirement", "career"], "pcc", 2, "A"],
  ["Samir Benjelloun", "male", "OHCHR", "GVA", "fr ar en", "LEGALNET", ["conflict_resolution"], "acc", 1, "A"],
  ["Lan Nguyen", "female", "ESCAP", "BKK", "en fr", "MAGNET", ["team_relationships"], 55, 2, "A"],
  ["Kofi Boateng", "male", "DMSPC", "NYC", "en", "MAGNET", ["leadership", "career"], "mcc", 3, "A"],
  [
    "Ingrid Johansson",
    "female",
    "UNODC",
    "VIE",
    "en fr",
    "POLNET",
    ["leadership", "team_relationships"],
    "pcc",
    2,
    "A",
  ],
  ["Rafael Castro", "prefer_not_to_say", "ECLAC", "SCL", "es pt en", "ITECNET", ["skills"], "acc", 1, "A"],
  ["Amani Mwangi", "prefer_not_to_say", "UNON", "NBO", "sw en", "ECONET", ["career", "skills"], "acc", 2, "P"],
  ["Yasmin Farouk", "female", "ESCWA", "BEY", "ar fr en", "ECONET", ["career", "leadership"], "pcc", 2, "A"],
  [
    "Daniel Okoro",
    "male",
    "DSS",
    "NYC",
    "en",
    "SAFETYNET",
    ["conflict_resolution", "team_relationships"],
    "acc",
    2,
    "A",
  ],
  ["Chloé Martin", "female", "UNOG", "GVA", "fr en", "MAGNET", ["skills", "career"], 64, 1, "A"],
  ["Andrés Gutiérrez", "male", "OCHA", "BKK", "es en", "POLNET", ["leadership"], "pcc", 3, "P"],
  ["Meron Haile", "female", "ECA", "ADD", "en", "MAGNET", ["team_relationships", "conflict_resolution"], 80, 2, "S"],
  ["Arjun Nair", "male", "DESA", "NYC", "en", "ECONET", ["career"], 52, 1, "S"],
  ["Nadia Petrova", "female", "UNOV", "VIE", "ru en fr", "ITECNET", ["skills", "leadership"], "acc", 2, "C"],
  [
    "Robin Achterberg",
    "prefer_not_to_say",
    "UNOG",
    "GVA",
    "en fr",
    "LEGALNET",
    ["career", "pre_retirement"],
    48,
    1,
    "C",
  ],
  ["Victor Almeida", "male", "DESA", "NYC", "en pt", "ECONET", ["skills"], 24, 1, "R"],
];

/** Why HR rejected a seeded registration (state "R"). */
const rejections: Record<string, { reason: string; checklist: Record<string, boolean | null> }> = {
  "Victor Almeida": {
    reason:
      "Your certificate is for a 24-hour introduction to coaching, which is not ICF-accredited training. The programme " +
      "asks for an ICF credential or at least 50 hours of ICF-accredited training with observed practice. You are welcome " +
      "to register again once you hold one.",
    checklist: { credentialValid: false, trainingHours: false, observedPractice: false },
  },
};

// Building blocks of the generated coach bios.
const fieldText: Record<string, { en: string; fr: string }> = {
  MAGNET: { en: "management and administration", fr: "la gestion et l'administration" },
  POLNET: {
    en: "political, peace and humanitarian affairs",
    fr: "les affaires politiques, la paix et l'action humanitaire",
  },
  ITECNET: {
    en: "information and communications technology",
    fr: "les technologies de l'information et des communications",
  },
  ECONET: { en: "economic and social development", fr: "le développement économique et social" },
  LEGALNET: { en: "legal affairs", fr: "les affaires juridiques" },
  INFONET: { en: "public information and conference services", fr: "l'information et les services de conférence" },
  SAFETYNET: { en: "safety and security", fr: "la sûreté et la sécurité" },
  LOGNET: { en: "logistics and supply chain management", fr: "la logistique et la chaîne d'approvisionnement" },
};

const focusText: Record<ExpertiseArea, { en: string; fr: string }> = {
  career: {
    en: "As a coach I help colleagues take stock of their strengths and plan their next career move.",
    fr: "En coaching, j'aide mes collègues à faire le point sur leurs atouts et à préparer leur prochaine étape professionnelle.",
  },
  leadership: {
    en: "I enjoy working with new and seasoned managers who want to lead with more confidence and clarity.",
    fr: "J'aime accompagner les responsables, récemment nommés ou expérimentés, qui veulent diriger avec plus d'assurance et de clarté.",
  },
  skills: {
    en: "My sessions often centre on one concrete skill, such as presenting, negotiating or managing competing priorities.",
    fr: "Mes séances portent souvent sur une compétence précise : prendre la parole, négocier ou arbitrer entre des priorités concurrentes.",
  },
  conflict_resolution: {
    en: "I support people facing tension at work to understand what is at stake and find a constructive way forward.",
    fr: "J'accompagne les personnes confrontées à des tensions au travail pour comprendre les enjeux et trouver une issue constructive.",
  },
  pre_retirement: {
    en: "I also walk alongside colleagues approaching retirement as they shape the next chapter of their lives.",
    fr: "J'accompagne aussi les collègues qui approchent de la retraite et dessinent la suite de leur parcours.",
  },
  team_relationships: {
    en: "I am interested in how teams work together and how working relationships can become more trusting.",
    fr: "Je m'intéresse à la façon dont les équipes collaborent et à la manière de bâtir des relations de travail plus confiantes.",
  },
};

const styleText: { en: string; fr: string }[] = [
  { en: "My approach is warm, curious and down to earth.", fr: "Mon approche est chaleureuse, curieuse et concrète." },
  {
    en: "I listen closely and ask the questions that help you reach your own answers.",
    fr: "J'écoute attentivement et je pose les questions qui vous aident à trouver vos propres réponses.",
  },
  {
    en: "I like each session to end with a few practical steps to try before we meet again.",
    fr: "Je tiens à ce que chaque séance se termine par quelques actions concrètes à essayer avant la suivante.",
  },
  {
    en: "Having moved between duty stations several times, I know how much a fresh perspective can help.",
    fr: "Ayant changé plusieurs fois de lieu d'affectation, je sais combien un regard neuf peut aider.",
  },
  {
    en: "I offer a confidential space to think out loud, without judgement.",
    fr: "Je propose un espace confidentiel pour réfléchir à voix haute, sans jugement.",
  },
  {
    en: "In my view, every colleague already holds most of what they need; my role is to help bring it to the surface.",
    fr: "Selon moi, chaque collègue dispose déjà de l'essentiel de ses ressources ; mon rôle est de l'aider à les mobiliser.",
  },
];

const credentialText: Record<string, { en: string; fr: string }> = {
  acc: {
    en: "I hold the ICF Associate Certified Coach (ACC) credential.",
    fr: "Je suis titulaire de la certification ACC de l'ICF.",
  },
  pcc: {
    en: "I hold the ICF Professional Certified Coach (PCC) credential.",
    fr: "Je suis titulaire de la certification PCC de l'ICF.",
  },
  mcc: {
    en: "I hold the ICF Master Certified Coach (MCC) credential.",
    fr: "Je suis titulaire de la certification MCC de l'ICF.",
  },
};

function coachBio(i: number, row: CoachRow): { en: string; fr: string } {
  const [, , entity, station, , nets, areas, credential, , state] = row;
  const years = 6 + ((i * 7) % 19);
  const field = fieldText[nets.split(" ")[0]];
  const city = stationName.get(station)!;
  const intro =
    state === "AF"
      ? {
          en: `After ${years} years in ${field.en} with ${entity}, I retired from the Secretariat and keep coaching colleagues across the Organization.`,
          fr: `Après ${years} ans passés dans ${field.fr} au sein de ${entity}, j'ai quitté le Secrétariat et je continue d'accompagner des collègues de toute l'Organisation.`,
        }
      : {
          en: `I have worked for ${years} years in ${field.en} and am currently with ${entity} in ${city.en}.`,
          fr: `Je travaille depuis ${years} ans dans ${field.fr} et je suis actuellement en poste à ${city.fr}, au sein de ${entity}.`,
        };
  const cred =
    typeof credential === "number"
      ? {
          en: `I completed ${credential} hours of ICF-accredited coach training, including observed practice.`,
          fr: `J'ai suivi ${credential} heures de formation au coaching accréditée par l'ICF, avec pratique observée.`,
        }
      : credentialText[credential];
  const focus = focusText[areas[0]];
  const style = styleText[i % styleText.length];
  return {
    en: [intro.en, cred.en, focus.en, style.en].join(" "),
    fr: [intro.fr, cred.fr, focus.fr, style.fr].join(" "),
  };
}

/** What HR asked of the coaches whose registration came back with changes requested, and what they ticked. */
const changeRequests: Record<string, { message: string; checklist: Record<string, boolean | null> }> = {
  "Nadia Petrova": {
    message:
      "The ACC certificate you uploaded expired last March. Please upload your renewed ICF credential, or a letter from " +
      "the ICF confirming that the renewal is in progress.",
    checklist: { credentialValid: false, trainingHours: null, observedPractice: null },
  },
  "Robin Achterberg": {
    message:
      "Your training certificate shows 48 hours; the programme asks for 50 hours or more of ICF-accredited training. " +
      "Please upload proof of the additional hours, for example a continuing coach education certificate.",
    checklist: { credentialValid: true, trainingHours: false, observedPractice: true },
  },
};

function otherCoaches(today: Date): SeedPerson[] {
  const day = startOfUtcDay(today);
  return coachRows.map((row, i) => {
    const [name, gender, entityCode, station, langs, nets, areas, credential, capacity, state] = row;
    const spoken = langs.split(" ");
    const former = state === "AF";
    const approved = state === "A" || state === "AF" || state === "P";
    // Approved coaches registered between 2023 and 2025; the others are recent, relative to today.
    const submittedAt = approved
      ? addDays(utcDate(2023, 0, 10), i * 23, 8 + (i % 9), (i * 13) % 60)
      : addDays(day, state === "S" ? -(9 + (i % 4) * 7) : -21, 11, 30);
    const reviewedAt = approved
      ? addDays(submittedAt, 3 + (i % 8), 2)
      : state === "C"
        ? addDays(day, -14, 15, 0)
        : state === "R"
          ? addDays(day, -10, 13, 20)
          : null;
    const bio = coachBio(i, row);
    return person({
      email: emailFor(name),
      name,
      roles: ["coach"],
      entityCode,
      dutyStationCode: station,
      preferredLanguage: spoken[0] === "fr" ? "fr" : "en",
      appointmentType: former ? null : (["permanent", "continuing", "fixed_term"] as const)[i % 3],
      gender,
      languages: spoken,
      networkCodes: nets.split(" "),
      coachProfile: {
        status: approved ? "approved" : state === "S" ? "submitted" : state === "R" ? "rejected" : "changes_requested",
        availability: state === "P" ? "paused" : "open",
        capacity,
        expertiseAreas: areas,
        // Coaches coach in every language they speak, except the third one for every fourth coach.
        coachingLanguages: i % 4 === 3 && spoken.length > 2 ? spoken.slice(0, 2) : spoken,
        credentialKind: typeof credential === "number" ? "icf_training" : (`icf_${credential}` as CredentialKind),
        trainingHours: typeof credential === "number" ? credential : null,
        bioEn: bio.en,
        bioFr: bio.fr,
        isFormerStaff: former,
        submittedAt,
        reviewedAt,
        reviewMessage:
          state === "C"
            ? (changeRequests[name]?.message ?? null)
            : state === "R"
              ? (rejections[name]?.reason ?? null)
              : null,
      },
    });
  });
}

// Ordinary staff members: name, gender, entity, duty station, appointment type, languages,
// networks, preferred language, enrolled as a client in the current coaching cohort.
// The last column is their place in the current cohort (null: not enrolled).
type StaffRow = [
  string,
  Gender,
  string,
  string,
  AppointmentType,
  string,
  string,
  Locale,
  "enrolled" | "offered" | "waitlisted" | null,
];

const staffRows: StaffRow[] = [
  ["Julien Dubois", "male", "UNOG", "GVA", "fixed_term", "fr en", "INFONET", "fr", "enrolled"],
  ["Keiko Yamamoto", "female", "ESCAP", "BKK", "permanent", "en", "ECONET", "en", "enrolled"],
  ["Abebe Girma", "male", "ECA", "ADD", "continuing", "en", "MAGNET", "en", "enrolled"],
  ["Valentina Cruz", "female", "ECLAC", "SCL", "temporary", "es en", "ECONET", "en", "enrolled"],
  ["Karim Mansour", "male", "ESCWA", "BEY", "fixed_term", "ar en fr", "POLNET", "en", "enrolled"],
  ["Anna Schmidt", "female", "UNODC", "VIE", "fixed_term", "en", "LEGALNET", "en", "enrolled"],
  ["Joseph Kamau", "male", "UNON", "NBO", "permanent", "en sw", "LOGNET", "en", "offered"],
  ["Mei Lin", "female", "DGACM", "NYC", "continuing", "zh en", "INFONET", "en", "enrolled"],
  ["Oleksandr Bondarenko", "male", "OICT", "NYC", "fixed_term", "ru en", "ITECNET", "en", "waitlisted"],
  ["Aisha Bello", "female", "OCHA", "NBO", "temporary", "en fr", "POLNET", "en", null],
  ["Sebastián Ortiz", "male", "DOS", "NYC", "fixed_term", "es en", "LOGNET MAGNET", "en", "enrolled"],
  ["Noor Rahman", "prefer_not_to_say", "OHCHR", "GVA", "permanent", "en ar", "LEGALNET", "en", "waitlisted"],
  ["Hélène Girard", "female", "DPPA", "NYC", "continuing", "fr en", "POLNET", "fr", null],
  // Not eligible as clients: kept for the eligibility demos.
  ["Tom Becker", "male", "UNOG", "GVA", "consultant", "en", "MAGNET", "en", null],
  ["Zara Ahmed", "female", "ESCAP", "BKK", "intern", "en", "ECONET", "en", null],
];

/** Appointment types whose holders may join as clients (mirrors the programme's rules). */
export const CLIENT_ELIGIBLE_APPOINTMENTS: readonly AppointmentType[] = [
  "temporary",
  "fixed_term",
  "permanent",
  "continuing",
];

/** Staff members who took part in the 2023 pilot (their engagements are in story.ts). */
const PILOT_CLIENTS = new Set([
  "Joseph Kamau",
  "Mei Lin",
  "Oleksandr Bondarenko",
  "Aisha Bello",
  "Sebastián Ortiz",
  "Noor Rahman",
  "Hélène Girard",
]);

/** Approved coaches the demo story pairs with clients, in the order buildStory() expects. */
const STORY_COACHES = [
  "Aiko Tanaka",
  "Kwame Mensah",
  "Olena Kovalenko",
  "Layla Haddad",
  "Isabelle Moreau",
  "Rahul Mehta",
  "Ngozi Eze",
  "Kofi Boateng",
  "Fatima Al-Sayed",
  "Mohamed Diop",
];

function staffMembers(today: Date, currentSlug: string): SeedPerson[] {
  const day = startOfUtcDay(today);
  let waiting = 0;
  return staffRows.map(
    ([name, gender, entityCode, station, appointmentType, langs, nets, preferredLanguage, place]) => {
      // The current cohort is full: a freed seat was offered yesterday, two people wait for the next ones.
      const current: SeedEnrolment | null =
        place === "offered"
          ? {
              programmeSlug: PEER_COACHING,
              cohortSlug: currentSlug,
              role: "client",
              status: "offered",
              enrolledAt: addDays(day, -20, 9),
              offeredAt: addDays(day, -1, 8),
              offerExpiresAt: addDays(day, 2, 8),
            }
          : place === "waitlisted"
            ? {
                programmeSlug: PEER_COACHING,
                cohortSlug: currentSlug,
                role: "client",
                status: "waitlisted",
                enrolledAt: addDays(day, -12 + 3 * waiting++, 10),
              }
            : place === "enrolled"
              ? { programmeSlug: PEER_COACHING, cohortSlug: currentSlug, role: "client" }
              : null;
      const eligible = CLIENT_ELIGIBLE_APPOINTMENTS.includes(appointmentType);
      return person({
        email: emailFor(name),
        name,
        roles: eligible ? ["client"] : [],
        entityCode,
        dutyStationCode: station,
        preferredLanguage,
        appointmentType,
        gender,
        languages: langs.split(" "),
        networkCodes: nets.split(" "),
        enrolments: [
          ...(eligible && PILOT_CLIENTS.has(name)
            ? [{ programmeSlug: PEER_COACHING, cohortSlug: PILOT_COHORT, role: "client" as const }]
            : []),
          ...(current && eligible ? [current] : []),
        ],
      });
    },
  );
}

/** The other mentors of the mentoring programme (their profiles are in programmes-story.ts). */
function mentors(currentSlug: string): SeedPerson[] {
  return mentorPeople().map((m) =>
    person({
      email: emailFor(m.name),
      name: m.name,
      roles: ["mentor"],
      entityCode: m.entityCode,
      dutyStationCode: m.dutyStationCode,
      preferredLanguage: m.languages[0] === "fr" ? "fr" : "en",
      appointmentType: "permanent",
      gender: m.gender,
      languages: m.languages,
      networkCodes: m.networkCodes,
      enrolments: [{ programmeSlug: MENTORING, cohortSlug: currentSlug, role: "mentor" }],
    }),
  );
}

// --- everything -------------------------------------------------------------------------

/** The personas are the demo sign-in buttons' people (lib/domain/demo-personas.ts). */
export const PERSONA_EMAILS = DEMO_PERSONA_EMAILS;

export function buildSeedData(today: Date): SeedData {
  const cohorts = buildCohorts(today);
  const currentSlug = cohorts[1].slug;
  const people = [
    ...personas(today, currentSlug),
    ...otherCoaches(today),
    ...staffMembers(today, currentSlug),
    ...mentors(currentSlug),
  ];

  const emails = new Set<string>();
  for (const p of people) {
    if (emails.has(p.email)) throw new Error(`Duplicate seed e-mail ${p.email}`);
    emails.add(p.email);
  }
  return {
    story: buildStory(today, currentSlug, PILOT_COHORT, PEER_COACHING, STORY_COACHES.map(emailFor)),
    mentoring: mentoringStory(today, currentSlug),
    mission: missionStory(today),
    matchingProfiles: matchingProfiles(today, emailFor),
    supervision: supervisionRecords(
      today,
      people.flatMap((p) =>
        p.coachProfile?.status === "approved" && p.email !== "carlos.coach@example.org" && p.coachProfile.reviewedAt
          ? [{ email: p.email, approvedAt: p.coachProfile.reviewedAt }]
          : [],
      ),
      [
        "carlos.coach@example.org",
        ...["Isabelle Moreau", "Rahul Mehta", "Ngozi Eze", "Olena Kovalenko", "Fatima Al-Sayed"].map(emailFor),
      ],
    ),
    credentialDocuments: credentialDocuments(people),
    reviewEvents: reviewEvents(people),
    entities,
    dutyStations,
    networks,
    languages,
    programmes,
    cohorts,
    people,
  };
}

// --- credential documents and review history ---------------------------------------------

/** The HR reviewer who asked for the seeded changes. */
export const SEED_REVIEWER_EMAIL = "hana.hr@example.org";

/** 32 hex digits of a hash, shaped like a UUID (8-4-4-4-12). */
function uuidShaped(text: string): string {
  const h = createHash("sha256").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The storage key of a seeded coach's certificate: stable, matches /^credentials\/[0-9a-f-]{36}$/. */
export function demoCredentialKey(email: string): string {
  return `credentials/${uuidShaped(`binome-demo-credential:${email}`)}`;
}

const DOCUMENT_STATUSES: readonly ProfileStatus[] = ["submitted", "changes_requested", "rejected", "approved"];

function credentialDocuments(people: SeedPerson[]): SeedCredentialDocument[] {
  return people.flatMap((p) => {
    const c = p.coachProfile;
    if (!c || !c.credentialKind || !c.submittedAt || !DOCUMENT_STATUSES.includes(c.status)) return [];
    const kind = c.credentialKind === "icf_training" ? "training" : c.credentialKind.slice(4);
    return [
      {
        email: p.email,
        storageKey: demoCredentialKey(p.email),
        fileName: `icf-${kind}-certificate.pdf`,
        // Uploaded just before the commitments were accepted and the registration sent.
        uploadedAt: new Date(c.submittedAt.getTime() - 2 * 3_600_000),
        holder: p.name,
        credentialKind: c.credentialKind,
        trainingHours: c.trainingHours,
      },
    ];
  });
}

function reviewEvents(people: SeedPerson[]): SeedReviewEvent[] {
  return people.flatMap((p): SeedReviewEvent[] => {
    const c = p.coachProfile;
    if (!c?.submittedAt || (c.status !== "submitted" && c.status !== "changes_requested" && c.status !== "rejected"))
      return [];
    const submit: SeedReviewEvent = {
      id: `seed_${uuidShaped(`coach.submit:${p.email}`).replace(/-/g, "")}`,
      email: p.email,
      actorEmail: p.email,
      action: "coach.submit",
      at: c.submittedAt,
      data: { from: "draft", to: "submitted" },
    };
    if (c.status === "submitted") return [submit];
    if (c.status === "rejected") {
      const rejection = rejections[p.name];
      if (!rejection || !c.reviewedAt) throw new Error(`Seed: no rejection written for ${p.name}`);
      return [
        submit,
        {
          id: `seed_${uuidShaped(`credential.reject:${p.email}`).replace(/-/g, "")}`,
          email: p.email,
          actorEmail: SEED_REVIEWER_EMAIL,
          action: "credential.reject",
          at: c.reviewedAt,
          data: { from: "submitted", to: "rejected", reason: rejection.reason, checklist: rejection.checklist },
        },
      ];
    }
    const request = changeRequests[p.name];
    if (!request || !c.reviewedAt) throw new Error(`Seed: no change request written for ${p.name}`);
    return [
      submit,
      {
        id: `seed_${uuidShaped(`credential.request-changes:${p.email}`).replace(/-/g, "")}`,
        email: p.email,
        actorEmail: SEED_REVIEWER_EMAIL,
        action: "credential.request-changes",
        at: c.reviewedAt,
        data: { from: "submitted", to: "changes_requested", message: request.message, checklist: request.checklist },
      },
    ];
  });
}
