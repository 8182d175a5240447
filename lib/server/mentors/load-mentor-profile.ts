import "server-only";
import type { Db } from "../../db/client";
import type { ProfileStatus } from "../../domain/coach-lifecycle";
import { matchingRules } from "../../domain/matching-rules";
import { mentorCapacityMax } from "../../domain/mentor-profile";
import type { Actor } from "../../domain/roles";
import { localized } from "../../i18n/localized";
import type { MentorProfileInput } from "../../validation/mentors";
import type { Option } from "../coaches/load-coach-profile";
import { assertMentor, findMentorProgramme } from "./mentor-programme";

export type MentorProfileView = {
  programme: { name: string; approvalRequired: boolean; capacityMax: number } | null;
  status: ProfileStatus | null;
  reviewMessage: string | null;
  activeMentees: number;
  values: MentorProfileInput;
  options: { entities: Option[]; dutyStations: Option[]; languages: Option[]; networks: Option[] };
};

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
const capitalized = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** What /mentor/profile shows the mentor: their own profile (or an empty form), as plain data. */
export async function loadMentorProfile(prisma: Db, actor: Actor, locale: string): Promise<MentorProfileView> {
  assertMentor(actor);
  const [programme, user, profile, entities, stations, languages, networks] = await Promise.all([
    findMentorProgramme(prisma, actor.id),
    prisma.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { entityId: true, dutyStationId: true, languages: true, networks: { select: { id: true } } },
    }),
    prisma.matchingProfile.findUnique({
      where: { userId_kind: { userId: actor.id, kind: "mentor" } },
      select: {
        id: true,
        status: true,
        availability: true,
        capacity: true,
        expertiseAreas: true,
        coachingLanguages: true,
        careerPath: true,
        bioEn: true,
        bioFr: true,
        profileUrl: true,
        reviewMessage: true,
        _count: { select: { engagements: { where: { status: "active" } } } },
      },
    }),
    prisma.entity.findMany({ select: { id: true, nameEn: true, nameFr: true, code: true } }),
    prisma.dutyStation.findMany({ select: { id: true, nameEn: true, nameFr: true } }),
    prisma.language.findMany({ select: { code: true, nameEn: true, nameFr: true } }),
    prisma.professionalNetwork.findMany({ select: { id: true, nameEn: true, nameFr: true } }),
  ]);
  return {
    programme: programme
      ? {
          name: localized(programme, "name", locale),
          approvalRequired: matchingRules("mentor", programme).approvalRequired,
          capacityMax: mentorCapacityMax(programme.profileCapacityLimit),
        }
      : null,
    status: profile?.status ?? null,
    reviewMessage: profile?.reviewMessage ?? null,
    activeMentees: profile?._count.engagements ?? 0,
    values: {
      entityId: user.entityId ?? "",
      dutyStationId: user.dutyStationId ?? "",
      languages: user.languages,
      networkIds: user.networks.map((n) => n.id),
      expertiseAreas: profile?.expertiseAreas ?? [],
      coachingLanguages: profile?.coachingLanguages ?? [],
      careerPath: profile?.careerPath ?? "",
      bioEn: profile?.bioEn ?? "",
      bioFr: profile?.bioFr ?? "",
      profileUrl: profile?.profileUrl ?? "",
      capacity: profile?.capacity ?? 1,
      availability: profile?.availability ?? "open",
    },
    options: {
      entities: entities
        .map((e) => ({ value: e.id, label: `${localized(e, "name", locale)} (${e.code})` }))
        .sort(byLabel),
      dutyStations: stations.map((s) => ({ value: s.id, label: localized(s, "name", locale) })).sort(byLabel),
      languages: languages
        .map((l) => ({ value: l.code, label: capitalized(localized(l, "name", locale), locale) }))
        .sort(byLabel),
      networks: networks.map((n) => ({ value: n.id, label: localized(n, "name", locale) })).sort(byLabel),
    },
  };
}
