// Small factories for the data a test needs, on the Prisma client of a test database: each call
// makes new rows with unique e-mails, slugs and codes, so that tests never share (or collide on)
// what they create. Defaults are the database's own, except where a factory says otherwise (a
// profile is approved and open, a cohort is running with its enrolment window around today).
// Integration tests get them from setUpApp() / setUpTestDatabase(), end-to-end specs from
// tests/e2e/fixtures.ts; both use them the same way:
//   const amina = await make.person({ name: "Amina Diallo", roles: ["client"], enrolIn: cohort.id });
//   const carlos = await make.coach({ preferredLanguage: "fr", capacity: 2 });
import { randomBytes } from "node:crypto";
import type { Db } from "../../lib/db/client";
import type { Role } from "../../lib/domain/roles";
import { sessionPlan } from "../../lib/domain/session-plans";
import { COMMITMENTS_VERSION } from "../../lib/domain/commitments";
import { AGREEMENT_VERSIONS, agreementKindOf, type AgreementKind } from "../../lib/domain/engagement-agreement";
import type { Prisma } from "../../lib/generated/prisma/client";
import type {
  AppointmentType,
  EnrolmentStatus,
  Gender,
  Locale,
  ProfileKind,
  ProgrammeType,
  RequestChoiceStatus,
  SessionPlan,
} from "../../lib/generated/prisma/enums";

const DAY_MS = 86_400_000;
/** Tells apart the rows of two processes writing to one database (the end-to-end specs). */
const run = randomBytes(3).toString("hex");
let serial = 0;
/** A new unique token, e.g. "person-12-3fa9c1": for e-mails, slugs and codes. */
export function unique(prefix: string): string {
  return `${prefix}-${++serial}-${run}`;
}

/** Who a verb is called by, and what a test usually needs to know about a person. */
export type Person = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  preferredLanguage: Locale;
  timeZone: string;
};
/** A person with a matching profile (a coach, a mentor, a networking colleague). */
export type ProfileHolder = Person & { profileId: string };

export type PersonOptions = {
  name?: string;
  email?: string;
  roles?: Role[];
  preferredLanguage?: Locale;
  timeZone?: string;
  appointmentType?: AppointmentType | null;
  gender?: Gender | null;
  /** ISO 639-1 codes of the languages the person speaks. */
  languages?: string[];
  entityId?: string | null;
  dutyStationId?: string | null;
  /** The professional networks the person belongs to. */
  networkIds?: string[];
  disabled?: boolean | Date;
  /** Enrolled in this cohort (as their first role, status enrolled), or as described. */
  enrolIn?: string | { cohortId: string; role?: Role; status?: EnrolmentStatus };
};

/** A matching profile's columns (the owner aside); a profile is approved and open unless told. */
export type ProfileOptions = Partial<Omit<Prisma.MatchingProfileUncheckedCreateInput, "userId" | "id">>;

/** A session's columns (and its feedback, notes, ticks); its engagement and place come from the engagement. */
export type SessionSpec = Partial<Omit<Prisma.EngagementSessionUncheckedCreateWithoutEngagementInput, "position">>;

const LANGUAGE_NAMES: Record<string, [string, string]> = {
  ar: ["Arabic", "arabe"],
  en: ["English", "anglais"],
  es: ["Spanish", "espagnol"],
  fr: ["French", "français"],
  pt: ["Portuguese", "portugais"],
  ru: ["Russian", "russe"],
  sw: ["Swahili", "swahili"],
  zh: ["Chinese", "chinois"],
};

const PLAN_OF_TYPE: Record<ProgrammeType, SessionPlan> = {
  coaching: "coaching",
  tripartite_coaching: "coaching",
  mentoring: "mentoring",
  networking: "networking",
};

const PERSON_KEYS = [
  "name",
  "email",
  "roles",
  "preferredLanguage",
  "timeZone",
  "appointmentType",
  "gender",
  "languages",
  "entityId",
  "dutyStationId",
  "networkIds",
  "disabled",
  "enrolIn",
] as const satisfies readonly (keyof PersonOptions)[];

function split<T extends PersonOptions>(options: T): [PersonOptions, Omit<T, keyof PersonOptions>] {
  const person: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options))
    ((PERSON_KEYS as readonly string[]).includes(key) ? person : rest)[key] = value;
  return [person as PersonOptions, rest as Omit<T, keyof PersonOptions>];
}

/** Midnight UTC, `days` from today: the date columns of cohorts. */
export function dayFromToday(days: number): Date {
  const today = new Date(new Date().toISOString().slice(0, 10));
  return new Date(today.getTime() + days * DAY_MS);
}

export function factories(prisma: Db) {
  async function person(options: PersonOptions = {}): Promise<Person> {
    const token = unique("person");
    const roles = options.roles ?? [];
    const enrolment =
      typeof options.enrolIn === "string" ? { cohortId: options.enrolIn } : (options.enrolIn ?? undefined);
    const enrolmentRole = enrolment?.role ?? roles[0];
    if (enrolment && !enrolmentRole) throw new Error("make.person: enrolIn needs a role");
    const user = await prisma.user.create({
      data: {
        email: options.email ?? `${token}@example.org`,
        name: options.name ?? `Person ${token}`,
        preferredLanguage: options.preferredLanguage,
        timeZone: options.timeZone,
        appointmentType: options.appointmentType,
        gender: options.gender,
        languages: options.languages,
        entityId: options.entityId,
        dutyStationId: options.dutyStationId,
        networks: options.networkIds ? { connect: options.networkIds.map((id) => ({ id })) } : undefined,
        disabledAt: options.disabled instanceof Date ? options.disabled : options.disabled ? new Date() : undefined,
        roles: { create: roles.map((role) => ({ role })) },
        enrolments: enrolment
          ? {
              create: { cohortId: enrolment.cohortId, role: enrolmentRole!, status: enrolment.status ?? "enrolled" },
            }
          : undefined,
      },
    });
    return {
      id: user.id,
      email: user.email,
      name: user.name!,
      roles,
      preferredLanguage: user.preferredLanguage,
      timeZone: user.timeZone,
    };
  }

  /** A matching profile for an existing person: approved and open, capacity 3, unless told. */
  async function profile(userId: string, options: ProfileOptions = {}) {
    return prisma.matchingProfile.create({
      data: { status: "approved", availability: "open", capacity: 3, ...options, userId },
    });
  }

  /** A person with the role and the matching profile of `kind`. */
  async function holder(
    kind: ProfileKind,
    role: Role | null,
    options: PersonOptions & ProfileOptions,
  ): Promise<ProfileHolder> {
    const [who, columns] = split(options);
    const p = await person({ ...who, roles: who.roles ?? (role ? [role] : []) });
    const { id } = await profile(p.id, { ...columns, kind });
    return { ...p, profileId: id };
  }

  return {
    person,
    profile,

    /** A coach (role and approved coach profile, capacity 3, open) unless told otherwise. */
    coach: (options: PersonOptions & ProfileOptions = {}) => holder("coach", "coach", options),
    /** A mentor of `programmeId` (role and approved mentor profile). */
    mentor: (options: PersonOptions & ProfileOptions & { programmeId: string }) => holder("mentor", "mentor", options),
    /** A colleague open to networking in `programmeId` (no role needed). */
    networker: (options: PersonOptions & ProfileOptions & { programmeId: string }) =>
      holder("networking", null, options),

    entity: (data: Partial<Prisma.EntityCreateInput> = {}) => {
      const code = data.code ?? unique("E").toUpperCase();
      return prisma.entity.create({ data: { code, nameEn: `Entity ${code}`, nameFr: `Entité ${code}`, ...data } });
    },
    dutyStation: (data: Partial<Prisma.DutyStationCreateInput> = {}) => {
      const code = data.code ?? unique("S").toUpperCase();
      return prisma.dutyStation.create({
        data: { code, nameEn: `Station ${code}`, nameFr: `Lieu ${code}`, timeZone: "UTC", ...data },
      });
    },
    network: (data: Partial<Prisma.ProfessionalNetworkCreateInput> = {}) => {
      const code = data.code ?? unique("N").toUpperCase();
      return prisma.professionalNetwork.create({
        data: { code, nameEn: `Network ${code}`, nameFr: `Réseau ${code}`, ...data },
      });
    },
    /** The languages of these ISO 639-1 codes (those already there are kept). */
    languages: (codes: string[]) =>
      prisma.language.createMany({
        data: codes.map((code) => {
          const [nameEn, nameFr] = LANGUAGE_NAMES[code] ?? [code, code];
          return { code, nameEn, nameFr };
        }),
        skipDuplicates: true,
      }),

    /** A programme of `type` (coaching unless told) with the session plan of its type. */
    programme: (data: Partial<Prisma.ProgrammeUncheckedCreateInput> = {}) => {
      const type = data.type ?? "coaching";
      const slug = data.slug ?? unique(type.replace("_", "-"));
      return prisma.programme.create({
        data: {
          slug,
          type,
          sessionPlan: PLAN_OF_TYPE[type],
          nameEn: `Programme ${slug}`,
          nameFr: `Programme ${slug} (fr)`,
          descriptionEn: "-",
          descriptionFr: "-",
          ...data,
        },
      });
    },
    /** A running cohort of `programmeId`: begun a month ago, its enrolment open until next month. */
    cohort: (data: Partial<Prisma.CohortUncheckedCreateInput> & { programmeId: string }) => {
      const slug = data.slug ?? unique("cohort");
      return prisma.cohort.create({
        data: {
          slug,
          nameEn: `Cohort ${slug}`,
          nameFr: `Cohorte ${slug}`,
          startsOn: dayFromToday(-30),
          endsOn: dayFromToday(180),
          enrolmentOpensOn: dayFromToday(-60),
          enrolmentClosesOn: dayFromToday(30),
          seats: 500,
          status: "running",
          ...data,
        },
      });
    },
    /** A place in a cohort (enrolled unless told). */
    enrol: (data: Prisma.CohortEnrolmentUncheckedCreateInput) => prisma.cohortEnrolment.create({ data }),

    /** A request with its choices in the order given (rank 1 first), open unless told. */
    request: (
      data: Omit<Prisma.MatchRequestUncheckedCreateInput, "message" | "choices"> & {
        message?: string;
        choices: (
          | string
          | ({ profileId: string; status?: RequestChoiceStatus } & Partial<
              Omit<Prisma.MatchRequestChoiceUncheckedCreateInput, "requestId" | "rank">
            >)
        )[];
      },
    ) => {
      const { choices, ...request } = data;
      return prisma.matchRequest.create({
        data: {
          message: "I would like to work on leading a new team.",
          ...request,
          choices: {
            create: choices.map((c, i) => ({ rank: i + 1, ...(typeof c === "string" ? { profileId: c } : c) })),
          },
        },
        include: { choices: { orderBy: { rank: "asc" } } },
      });
    },

    /**
     * An engagement (active unless told), with the sessions given in plan order: each takes its
     * step from the programme's plan and is suggested at its time (or now) unless told, and a
     * completed one is completed at its time. Without `sessions`, it has none yet (the app makes the
     * plan when one of the two first opens it).
     */
    engagement: async (
      data: Omit<Prisma.EngagementUncheckedCreateInput, "sessions"> & { sessions?: SessionSpec[] },
    ) => {
      const { sessions = [], ...engagement } = data;
      const { sessionPlan: plan } = await prisma.programme.findUniqueOrThrow({
        where: { id: engagement.programmeId },
        select: { sessionPlan: true },
      });
      const steps = sessionPlan(plan).steps;
      return prisma.engagement.create({
        data: {
          ...engagement,
          sessions: {
            create: sessions.map((s, i) => {
              const status = s.status ?? "planned";
              const at = s.startsAt ?? s.suggestedAt ?? new Date();
              return {
                position: i + 1,
                stepKey: steps[i]?.key ?? `${plan}.extra-${i + 1}`,
                suggestedAt: at,
                completedAt: status === "completed" ? at : undefined,
                ...s,
                status,
              };
            }),
          },
        },
        include: { sessions: { orderBy: { position: "asc" } } },
      });
    },

    /**
     * Acceptances of an engagement's agreement by these people (its two people, usually), of the
     * current version unless told (lib/domain/engagement-agreement.ts), now unless told.
     */
    agreementAccepted: async (data: {
      engagementId: string;
      by: { id: string; role: string }[];
      version?: string;
      commitmentsVersion?: string | null;
      at?: Date;
    }) => {
      const { kind } = await agreementKindOfEngagement(prisma, data.engagementId);
      await prisma.engagementAgreementAcceptance.createMany({
        data: data.by.map((who) => ({
          engagementId: data.engagementId,
          userId: who.id,
          role: who.role,
          version: data.version ?? AGREEMENT_VERSIONS[kind],
          commitmentsVersion:
            data.commitmentsVersion === undefined && kind === "coaching"
              ? COMMITMENTS_VERSION
              : data.commitmentsVersion,
          acceptedAt: data.at ?? new Date(),
        })),
      });
    },

    /** A tripartite mission (just requested, unless told). */
    mission: (
      data: Omit<Prisma.MissionUncheckedCreateInput, "organisationRequest"> & { organisationRequest?: string },
    ) => prisma.mission.create({ data: { organisationRequest: "Help the coachee lead the new unit.", ...data } }),
  };
}

export type Factories = ReturnType<typeof factories>;

/** The kind of agreement an engagement has (coaching unless its programme is mentoring). */
async function agreementKindOfEngagement(prisma: Db, engagementId: string): Promise<{ kind: AgreementKind }> {
  const { programme } = await prisma.engagement.findUniqueOrThrow({
    where: { id: engagementId },
    select: { programme: { select: { type: true } } },
  });
  return { kind: agreementKindOf(programme.type) ?? "coaching" };
}
