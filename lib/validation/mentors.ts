// The mentor's profile form, the programme admin's decision on it and the continuation answer
// after the review session: each schema is used by its form (zodResolver) and by its server
// action (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { AVAILABILITIES } from "../domain/coach-lifecycle";
import { CAPACITY_MAX, CAPACITY_MIN } from "../domain/coach-profile";
import { EXPERTISE_AREAS, MAX_BIO_CHARS } from "./coach-profile";

export const MAX_CAREER_PATH = 1500;
export const MAX_PROFILE_URL = 300;
export const MAX_MENTOR_DECISION_MESSAGE = 2000;

const id = z.string().max(64);
const code = z.string().regex(/^[a-z]{2,3}$/, "invalidInput");
const text = (max: number) => z.string().trim().max(max, "textTooLong");

/** An optional link to a professional profile: empty, or an https address with a host. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const mentorProfileSchema = z
  .object({
    /** The person's own facts (User): entity, duty station, languages spoken, professional networks. */
    entityId: z.union([z.literal(""), id]),
    dutyStationId: z.union([z.literal(""), id]),
    languages: z.array(code).max(20),
    networkIds: z.array(id).max(20),
    /** The areas the mentor can help with (the six expertise areas). */
    expertiseAreas: z.array(z.enum(EXPERTISE_AREAS)).min(1, "mentorAreasRequired").max(EXPERTISE_AREAS.length),
    /** The languages they mentor in. */
    coachingLanguages: z.array(code).min(1, "mentorLanguagesRequired").max(20),
    careerPath: z.string().trim().min(1, "careerPathRequired").max(MAX_CAREER_PATH, "textTooLong"),
    bioEn: text(MAX_BIO_CHARS),
    bioFr: text(MAX_BIO_CHARS),
    profileUrl: z
      .string()
      .trim()
      .max(MAX_PROFILE_URL, "textTooLong")
      .refine((v) => v === "" || isHttpsUrl(v), "profileUrlInvalid"),
    /** 1 to the programme's maximum (checked again by the verb against the programme). */
    capacity: z
      .number("capacityRange")
      .int("capacityRange")
      .min(CAPACITY_MIN, "capacityRange")
      .max(CAPACITY_MAX, "capacityRange"),
    availability: z.enum(AVAILABILITIES),
  })
  .refine((v) => Boolean(v.bioEn || v.bioFr), { path: ["bioEn"], message: "bioRequired" });
export type MentorProfileInput = z.infer<typeof mentorProfileSchema>;

export const MENTOR_DECISIONS = ["approve", "requestChanges", "reject"] as const;
export type MentorDecision = (typeof MENTOR_DECISIONS)[number];

export const mentorDecisionSchema = z
  .object({
    profileId: id.min(1),
    decision: z.enum(MENTOR_DECISIONS),
    message: z.string().trim().max(MAX_MENTOR_DECISION_MESSAGE, "textTooLong"),
  })
  .refine((v) => v.decision === "approve" || v.message.length > 0, {
    path: ["message"],
    message: "mentorDecisionMessageRequired",
  });
export type MentorDecisionInput = z.infer<typeof mentorDecisionSchema>;

export const continuationSchema = z.object({
  engagementId: id.min(1),
  wantsToContinue: z.boolean(),
});
export type ContinuationInput = z.infer<typeof continuationSchema>;
