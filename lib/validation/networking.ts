// Networking forms: opting in (the networking profile), asking a colleague for a conversation, and
// deciding whether a second meeting is useful. Each schema is used by the form (zodResolver) and by
// its server action (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { AVAILABILITIES } from "../domain/coach-lifecycle";
import { CAPACITY_MAX, CAPACITY_MIN } from "../domain/coach-profile";
import { EXPERTISE_AREAS } from "../domain/directory-filters";

/** The topics a colleague is happy to talk about: short, in either language. */
export const MAX_NETWORKING_TOPICS = 300;
/** The message stating the shared interest: brief. */
export const MAX_NETWORKING_MESSAGE = 500;

const id = z.string().trim().max(64);
const code = z.string().regex(/^[a-z]{2,3}$/, "invalidInput");
const topics = z.string().trim().max(MAX_NETWORKING_TOPICS, "textTooLong");

export const networkingProfileSchema = z
  .object({
    bioEn: topics,
    bioFr: topics,
    coachingLanguages: z.array(code).min(1, "networkingLanguageRequired").max(20),
    expertiseAreas: z.array(z.enum(EXPERTISE_AREAS)).max(EXPERTISE_AREAS.length),
    capacity: z
      .number("capacityRange")
      .int("capacityRange")
      .min(CAPACITY_MIN, "capacityRange")
      .max(CAPACITY_MAX, "capacityRange"),
    availability: z.enum(AVAILABILITIES),
  })
  .refine((v) => Boolean(v.bioEn || v.bioFr), { path: ["bioEn"], message: "networkingTopicsRequired" });
export type NetworkingProfileInput = z.infer<typeof networkingProfileSchema>;

export const askConversationSchema = z.object({
  colleagueId: id.min(1, "firstChoiceRequired"),
  message: z.string().trim().min(1, "networkingMessageRequired").max(MAX_NETWORKING_MESSAGE, "textTooLong"),
});
export type AskConversationInput = z.infer<typeof askConversationSchema>;

export const secondMeetingDecisionSchema = z.object({
  engagementId: id.min(1),
  useful: z.boolean(),
});
export type SecondMeetingDecisionInput = z.infer<typeof secondMeetingDecisionSchema>;
