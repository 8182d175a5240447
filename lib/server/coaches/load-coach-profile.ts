import "server-only";
import type { Db } from "../../db/client";
import { credentialsEditable, transition, type ProfileStatus } from "../../domain/coach-lifecycle";
import { missingForSubmission, type Requirement } from "../../domain/coach-profile";
import { commitmentsCurrent } from "../../domain/commitments";
import type { Actor } from "../../domain/roles";
import { localized } from "../../i18n/localized";
import type { EXPERTISE_AREAS, GENDERS } from "../../validation/coach-profile";
import { assertCoach, submissionFacts, submissionSelect } from "./own-profile";

export type Option = { value: string; label: string };

/** What the coach's registration page shows: the caller's own profile only, as plain data. */
export type CoachProfileView = {
  profile: {
    status: ProfileStatus;
    availability: "open" | "paused";
    capacity: number;
    expertiseAreas: (typeof EXPERTISE_AREAS)[number][];
    coachingLanguages: string[];
    credentialKind: "icf_acc" | "icf_pcc" | "icf_mcc" | "icf_training" | null;
    trainingHours: number | null;
    observedPractice: boolean | null;
    bioEn: string;
    bioFr: string;
    approachEn: string;
    approachFr: string;
    isFormerStaff: boolean;
    /** Changes whenever the photo changes (for the image URL); null without a photo. */
    photoVersion: string | null;
    commitmentsAcceptedAt: Date | null;
    commitmentsVersion: string | null;
    commitmentsCurrent: boolean;
    reviewMessage: string | null;
    submittedAt: Date | null;
  };
  person: {
    id: string;
    name: string;
    email: string;
    entityId: string;
    dutyStationId: string;
    timeZone: string;
    gender: (typeof GENDERS)[number] | "";
    languages: string[];
    networkIds: string[];
  };
  documents: { id: string; fileName: string; contentType: string; size: number; uploadedAt: Date }[];
  missing: Requirement[];
  credentialsEditable: boolean;
  canSubmit: boolean;
  options: { entities: Option[]; dutyStations: Option[]; languages: Option[]; networks: Option[]; timeZones: string[] };
};

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
const capitalized = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

export async function loadCoachProfile(prisma: Db, actor: Actor, locale: string): Promise<CoachProfileView | null> {
  assertCoach(actor);
  const [row, entities, stations, languages, networks] = await Promise.all([
    prisma.matchingProfile.findUnique({
      where: { userId_kind: { userId: actor.id, kind: "coach" } },
      select: {
        ...submissionSelect,
        status: true,
        availability: true,
        approachEn: true,
        approachFr: true,
        isFormerStaff: true,
        photoKey: true,
        reviewMessage: true,
        submittedAt: true,
        updatedAt: true,
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            entityId: true,
            dutyStationId: true,
            timeZone: true,
            languages: true,
            gender: true,
            networks: { select: { id: true } },
          },
        },
        documents: {
          select: { id: true, fileName: true, contentType: true, size: true, uploadedAt: true },
          orderBy: { uploadedAt: "asc" },
        },
      },
    }),
    prisma.entity.findMany({ select: { id: true, nameEn: true, nameFr: true, code: true } }),
    prisma.dutyStation.findMany({ select: { id: true, nameEn: true, nameFr: true } }),
    prisma.language.findMany({ select: { code: true, nameEn: true, nameFr: true } }),
    prisma.professionalNetwork.findMany({ select: { id: true, nameEn: true, nameFr: true } }),
  ]);
  if (!row) return null;
  const { user, documents, photoKey, updatedAt } = row;
  const missing = missingForSubmission(submissionFacts(row));
  const status = row.status;
  const zones = Intl.supportedValuesOf("timeZone");
  return {
    profile: {
      status,
      availability: row.availability,
      capacity: row.capacity,
      expertiseAreas: row.expertiseAreas,
      coachingLanguages: row.coachingLanguages,
      credentialKind: row.credentialKind,
      trainingHours: row.trainingHours,
      observedPractice: row.observedPractice,
      bioEn: row.bioEn ?? "",
      bioFr: row.bioFr ?? "",
      approachEn: row.approachEn ?? "",
      approachFr: row.approachFr ?? "",
      isFormerStaff: row.isFormerStaff,
      photoVersion: photoKey ? String(updatedAt.getTime()) : null,
      commitmentsAcceptedAt: row.commitmentsAcceptedAt,
      commitmentsVersion: row.commitmentsVersion,
      commitmentsCurrent: commitmentsCurrent(row),
      reviewMessage: row.reviewMessage,
      submittedAt: row.submittedAt,
    },
    person: {
      id: user.id,
      name: user.name ?? "",
      email: user.email,
      entityId: user.entityId ?? "",
      dutyStationId: user.dutyStationId ?? "",
      timeZone: user.timeZone,
      gender: user.gender ?? "",
      languages: user.languages,
      networkIds: user.networks.map((n) => n.id),
    },
    documents,
    missing,
    credentialsEditable: credentialsEditable(status),
    canSubmit: missing.length === 0 && transition(status, "submit").ok,
    options: {
      entities: entities
        .map((e) => ({ value: e.id, label: `${localized(e, "name", locale)} (${e.code})` }))
        .sort(byLabel),
      dutyStations: stations.map((s) => ({ value: s.id, label: localized(s, "name", locale) })).sort(byLabel),
      languages: languages
        .map((l) => ({ value: l.code, label: capitalized(localized(l, "name", locale), locale) }))
        .sort(byLabel),
      networks: networks.map((n) => ({ value: n.id, label: localized(n, "name", locale) })).sort(byLabel),
      timeZones:
        zones.includes(user.timeZone) || user.timeZone === "UTC" ? ["UTC", ...zones] : ["UTC", user.timeZone, ...zones],
    },
  };
}
