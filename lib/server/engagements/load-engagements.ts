import "server-only";
import type { Db } from "../../db/client";
import type { Availability, ProfileStatus } from "../../domain/coach-lifecycle";
import { freePlaces, type ChoiceStatus, type RequestStatus } from "../../domain/match-request";
import {
  effectiveCapacity,
  matchingRules,
  PROFILE_KINDS,
  programmeTypeFor,
  type ProfileKind,
} from "../../domain/matching-rules";
import { can, type Actor, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

const place = { select: { nameEn: true, nameFr: true } } as const;
const person = { select: { id: true, name: true, email: true, entity: place, dutyStation: place } } as const;

export type Place = { nameEn: string; nameFr: string } | null;
export type PersonDto = { id: string; name: string | null; email: string; entity: Place; dutyStation: Place };
export type EngagementDto = {
  id: string;
  status: "active" | "ended" | "completed";
  /** The caller's side: "coach" is the one asked (coach, mentor, networking host), "client" the one who asked. */
  role: "coach" | "client";
  /** Which matching: coaching, mentoring or networking (by the profile's kind). */
  kind: ProfileKind;
  other: PersonDto;
  programme: { nameEn: string; nameFr: string };
  startedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  endedByMe: boolean;
};
export type IncomingDto = {
  choiceId: string;
  client: PersonDto;
  message: string;
  /** The language the message was written in. */
  language: "en" | "fr";
  askedAt: Date | null;
  dueAt: Date | null;
  programme: { nameEn: string; nameFr: string };
  /** Set while the asked person's question waits for the seeker's reply (the deadline is paused). */
  pausedAt: Date | null;
  remainingSeconds: number | null;
  questions: QuestionDto[];
};
/** A question before answering (lib/domain/request-questions.ts) and the seeker's reply. */
export type QuestionDto = {
  id: string;
  askedAt: Date;
  question: string;
  answeredAt: Date | null;
  answer: string | null;
};
const questionSelect = {
  orderBy: { askedAt: "asc" },
  select: { id: true, askedAt: true, question: true, answeredAt: true, answer: true },
} as const;
export type ChoiceDto = {
  id: string;
  rank: number;
  status: ChoiceStatus;
  coachName: string | null;
  profileId: string;
  askedAt: Date | null;
  dueAt: Date | null;
  answeredAt: Date | null;
  declineReason: string | null;
  pausedAt: Date | null;
  remainingSeconds: number | null;
  questions: QuestionDto[];
};
export type RequestDto = {
  id: string;
  status: RequestStatus;
  message: string;
  /** The language the message was written in. */
  language: "en" | "fr";
  createdAt: Date;
  closedAt: Date | null;
  choices: ChoiceDto[];
};

/** One of the caller's profiles and the requests waiting for their answer. */
export type ProviderView = {
  kind: ProfileKind;
  availability: Availability;
  status: ProfileStatus;
  capacity: number;
  freePlaces: number;
  incoming: IncomingDto[];
};
/** The caller's own requests of one kind: the latest for coaching and mentoring, every open one for networking. */
export type SeekerView = { kind: ProfileKind; requests: RequestDto[] };

export type EngagementsView = {
  providers: ProviderView[];
  seekers: SeekerView[];
  active: EngagementDto[];
  past: EngagementDto[];
};

/** The role that makes a person a seeker of this kind (networking: anyone who asked). */
const SEEKER_ROLE: Record<ProfileKind, Role | null> = { coach: "client", mentor: "mentee", networking: null };

/**
 * What /engagements shows the caller: only their own requests and engagements, as DTOs, whatever
 * the matching (coaching, mentoring, networking).
 */
export async function loadEngagements(prisma: Db, actor: Actor): Promise<EngagementsView> {
  if (!can(actor.roles, "view:engagement:own")) throw new DomainError("forbidden");
  const profiles = (
    await prisma.matchingProfile.findMany({
      where: { userId: actor.id },
      select: {
        id: true,
        kind: true,
        status: true,
        availability: true,
        capacity: true,
        programme: { select: { profileCapacityLimit: true } },
      },
    })
  ).filter((p) => can(actor.roles, matchingRules(p.kind).providerPermission));

  const rows = await prisma.engagement.findMany({
    where: {
      OR: [{ seekerId: actor.id }, ...(profiles.length ? [{ profileId: { in: profiles.map((p) => p.id) } }] : [])],
    },
    orderBy: [{ startedAt: "desc" }],
    select: {
      id: true,
      status: true,
      seekerId: true,
      profileId: true,
      startedAt: true,
      endedAt: true,
      endReason: true,
      endedById: true,
      programme: { select: { nameEn: true, nameFr: true } },
      seeker: person,
      profile: { select: { kind: true, user: person } },
    },
  });
  const engagements: EngagementDto[] = rows.map((e) => {
    const role = e.seekerId === actor.id ? "client" : "coach";
    return {
      id: e.id,
      status: e.status,
      role,
      kind: e.profile.kind,
      other: role === "client" ? e.profile.user : e.seeker,
      programme: e.programme,
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      endReason: e.endReason,
      endedByMe: e.endedById === actor.id,
    };
  });
  const active = engagements.filter((e) => e.status === "active");

  const incoming = profiles.length
    ? await prisma.matchRequestChoice.findMany({
        where: { profileId: { in: profiles.map((p) => p.id) }, status: "pending", request: { status: "open" } },
        orderBy: { dueAt: "asc" },
        select: {
          id: true,
          profileId: true,
          askedAt: true,
          dueAt: true,
          pausedAt: true,
          remainingSeconds: true,
          questions: questionSelect,
          request: {
            select: {
              message: true,
              language: true,
              seeker: { select: { ...person.select, preferredLanguage: true } },
              programme: { select: { nameEn: true, nameFr: true } },
            },
          },
        },
      })
    : [];
  const providers: ProviderView[] = PROFILE_KINDS.flatMap((kind) => {
    const profile = profiles.find((p) => p.kind === kind);
    if (!profile) return [];
    const mine = rows.filter((e) => e.status === "active" && e.profileId === profile.id).length;
    const capacity = effectiveCapacity(profile.capacity, profile.programme?.profileCapacityLimit);
    return [
      {
        kind,
        availability: profile.availability,
        status: profile.status,
        capacity,
        freePlaces: freePlaces({ capacity }, mine),
        incoming: incoming
          .filter((c) => c.profileId === profile.id)
          .map((c) => ({
            choiceId: c.id,
            client: c.request.seeker,
            message: c.request.message,
            language: c.request.language ?? c.request.seeker.preferredLanguage,
            askedAt: c.askedAt,
            dueAt: c.dueAt,
            programme: c.request.programme,
            pausedAt: c.pausedAt,
            remainingSeconds: c.remainingSeconds,
            questions: c.questions,
          })),
      },
    ];
  });

  const seekers: SeekerView[] = [];
  for (const kind of PROFILE_KINDS) {
    const role = SEEKER_ROLE[kind];
    if (role ? !actor.roles.includes(role) : !can(actor.roles, matchingRules(kind).requestPermission)) continue;
    const requests = await prisma.matchRequest.findMany({
      where: {
        seekerId: actor.id,
        programme: { type: programmeTypeFor(kind) },
        status: matchingRules(kind).onePairingAtATime ? { in: ["open", "exhausted"] } : "open",
      },
      orderBy: { createdAt: "desc" },
      take: matchingRules(kind).onePairingAtATime ? 1 : 20,
      select: {
        id: true,
        status: true,
        message: true,
        language: true,
        seeker: { select: { preferredLanguage: true } },
        createdAt: true,
        closedAt: true,
        choices: {
          orderBy: { rank: "asc" },
          select: {
            id: true,
            rank: true,
            status: true,
            profileId: true,
            askedAt: true,
            dueAt: true,
            answeredAt: true,
            declineReason: true,
            pausedAt: true,
            remainingSeconds: true,
            questions: questionSelect,
            profile: { select: { user: { select: { name: true } } } },
          },
        },
      },
    });
    const shown: RequestDto[] = [];
    for (const r of requests) {
      // An exhausted request stays shown until the person makes a new one or is paired.
      const superseded =
        r.status === "exhausted" &&
        (active.some((e) => e.role === "client" && e.kind === kind) ||
          (await prisma.matchRequest.count({
            where: { seekerId: actor.id, programme: { type: programmeTypeFor(kind) }, createdAt: { gt: r.createdAt } },
          })) > 0);
      if (!superseded)
        shown.push({
          id: r.id,
          status: r.status,
          message: r.message,
          language: r.language ?? r.seeker.preferredLanguage,
          createdAt: r.createdAt,
          closedAt: r.closedAt,
          choices: r.choices.map(({ profile, ...c }) => ({ ...c, coachName: profile.user.name })),
        });
    }
    // Networking asks appear only once someone has asked; coaching and mentoring always say where to start.
    if (role || shown.length > 0) seekers.push({ kind, requests: shown });
  }

  return { providers, seekers, active, past: engagements.filter((e) => e.status !== "active") };
}
