// The coach's registration, section by section. Each schema is used by the section's form
// (zodResolver) and by its server action (safeParse): one rule on both sides. Messages are keys
// of the "errors" catalogue.
import { z } from "zod";
import { AVAILABILITIES } from "../domain/coach-lifecycle";
import { CAPACITY_MAX, CAPACITY_MIN, CREDENTIAL_KINDS } from "../domain/coach-profile";
import { parseDay } from "../domain/credential-expiry";
import { EXPERTISE_AREAS, GENDERS } from "../domain/directory-filters";

/** The values the sections' fields accept, for their options (the lists live in lib/domain). */
export { AVAILABILITIES, CREDENTIAL_KINDS, EXPERTISE_AREAS, GENDERS };
export const STAFF_STATUSES = ["current", "former"] as const;

export const MAX_BIO_CHARS = 1500;
export const MAX_TRAINING_HOURS = 5000;

/** A time zone the runtime knows (IANA names and their aliases, and UTC). */
export function isTimeZone(value: string): boolean {
  if (!value) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const id = z.string().max(64);
const code = z.string().regex(/^[a-z]{2,3}$/, "invalidInput");
const text = (max: number) => z.string().trim().max(max, "textTooLong");

export const coachAboutSchema = z.object({
  name: z.string().trim().min(1, "nameRequired").max(120, "textTooLong"),
  /** "" when not chosen yet. */
  entityId: z.union([z.literal(""), id]),
  dutyStationId: z.union([z.literal(""), id]),
  timeZone: z.string().refine(isTimeZone, "timeZoneInvalid"),
  /** "" when the person prefers not to answer at all. */
  gender: z.union([z.literal(""), z.enum(GENDERS)]),
  languages: z.array(code).max(20),
  networkIds: z.array(id).max(20),
});
export type CoachAboutInput = z.infer<typeof coachAboutSchema>;

export const coachCoachingSchema = z
  .object({
    coachingLanguages: z.array(code).max(20),
    expertiseAreas: z.array(z.enum(EXPERTISE_AREAS)).min(1, "expertiseRequired").max(EXPERTISE_AREAS.length),
    bioEn: text(MAX_BIO_CHARS),
    bioFr: text(MAX_BIO_CHARS),
    approachEn: text(MAX_BIO_CHARS),
    approachFr: text(MAX_BIO_CHARS),
  })
  .refine((v) => Boolean(v.bioEn || v.bioFr), { path: ["bioEn"], message: "bioRequired" });
export type CoachCoachingInput = z.infer<typeof coachCoachingSchema>;

const optionalDayText = z
  .string()
  .trim()
  .refine((v) => !v || parseDay(v) !== null, "dateInvalid")
  .optional();

export const coachCredentialsSchema = z.object({
  staffStatus: z.enum(STAFF_STATUSES, "staffStatusRequired"),
  credentialKind: z.enum(CREDENTIAL_KINDS, "credentialKindRequired"),
  /** Only for ICF-accredited training; null when not given. */
  trainingHours: z
    .number("trainingHoursInvalid")
    .int("trainingHoursInvalid")
    .min(0, "trainingHoursInvalid")
    .max(MAX_TRAINING_HOURS, "trainingHoursInvalid")
    .nullable(),
  observedPractice: z.boolean(),
  /** The credential's date and expiry ("YYYY-MM-DD"; empty clears, absent keeps). Blank expiry: three years later. */
  credentialDate: optionalDayText,
  credentialExpiresOn: optionalDayText,
});
export type CoachCredentialsInput = z.infer<typeof coachCredentialsSchema>;

export const coachCapacitySchema = z.object({
  capacity: z
    .number("capacityRange")
    .int("capacityRange")
    .min(CAPACITY_MIN, "capacityRange")
    .max(CAPACITY_MAX, "capacityRange"),
  availability: z.enum(AVAILABILITIES),
});
export type CoachCapacityInput = z.infer<typeof coachCapacitySchema>;

export const acceptCommitmentsSchema = z.object({
  accept: z.literal(true, "commitmentsRequired"),
});
export type AcceptCommitmentsInput = z.infer<typeof acceptCommitmentsSchema>;

/** Actions that take nothing from the browser (submit, remove the photo). */
export const noInputSchema = z.object({});
export const submitCoachProfileSchema = noInputSchema;

/** A file sent from a form (a File in the browser and in the server action's FormData). */
export type UploadedFile = {
  name: string;
  size: number;
  slice(start?: number, end?: number): Blob;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream(): ReadableStream<Uint8Array>;
};

const uploadedFile = z.custom<UploadedFile>(
  (v) => typeof Blob !== "undefined" && v instanceof Blob && typeof (v as { name?: unknown }).name === "string",
  "fileRequired",
);

export const uploadFileSchema = z.object({ file: uploadedFile });
export type UploadFileInput = z.infer<typeof uploadFileSchema>;

export const deleteDocumentSchema = z.object({ documentId: z.string().min(1).max(64) });
export type DeleteDocumentInput = z.infer<typeof deleteDocumentSchema>;
