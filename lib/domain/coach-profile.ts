// What a coach's registration must hold before it can go to HR. Pure: the page shows the
// missing items, the submit verb refuses while any remain.
import { commitmentsCurrent } from "./commitments";

export const MIN_TRAINING_HOURS = 50;
/** How many people one profile takes at once (a coach's clients, a mentor's mentees, conversations): 1 to 3. */
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 3;

/** A coach's ICF credential: an ACC, PCC or MCC, or an ICF-accredited training (hours then count). */
export const CREDENTIAL_KINDS = ["icf_acc", "icf_pcc", "icf_mcc", "icf_training"] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export type ProfileForSubmission = {
  name: string | null;
  entityId: string | null;
  dutyStationId: string | null;
  timeZone: string | null;
  languages: string[];
  coachingLanguages: string[];
  expertiseAreas: string[];
  bioEn: string | null;
  bioFr: string | null;
  credentialKind: CredentialKind | null;
  trainingHours: number | null;
  observedPractice: boolean | null;
  capacity: number;
  documentCount: number;
  commitmentsVersion: string | null;
  commitmentsAcceptedAt: Date | null;
};

export const SUBMISSION_REQUIREMENTS = [
  "name",
  "entity",
  "dutyStation",
  "timeZone",
  "languages",
  "coachingLanguages",
  "expertise",
  "bio",
  "credentialKind",
  "trainingHours",
  "observedPractice",
  "capacity",
  "documents",
  "commitments",
] as const;
export type Requirement = (typeof SUBMISSION_REQUIREMENTS)[number];

/** ICF training counts when it lasted 50 hours or more and included observed live coaching with feedback. */
export function trainingQualifies(hours: number | null, observedPractice: boolean | null): boolean {
  return (hours ?? 0) >= MIN_TRAINING_HOURS && observedPractice === true;
}

export function missingForSubmission(p: ProfileForSubmission): Requirement[] {
  const training = p.credentialKind === "icf_training";
  const checks: Record<Requirement, boolean> = {
    name: Boolean(p.name?.trim()),
    entity: Boolean(p.entityId),
    dutyStation: Boolean(p.dutyStationId),
    timeZone: Boolean(p.timeZone),
    languages: p.languages.length > 0,
    coachingLanguages: p.coachingLanguages.length > 0,
    expertise: p.expertiseAreas.length > 0,
    bio: Boolean(p.bioEn?.trim() || p.bioFr?.trim()),
    credentialKind: Boolean(p.credentialKind),
    trainingHours: !training || (p.trainingHours ?? 0) >= MIN_TRAINING_HOURS,
    observedPractice: !training || p.observedPractice === true,
    capacity: Number.isInteger(p.capacity) && p.capacity >= CAPACITY_MIN && p.capacity <= CAPACITY_MAX,
    documents: p.documentCount > 0,
    commitments: commitmentsCurrent(p),
  };
  return SUBMISSION_REQUIREMENTS.filter((r) => !checks[r]);
}
