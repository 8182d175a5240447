// The one-minute evaluation of a session and the closing evaluation of an engagement: each schema
// is used by its form (zodResolver) and by its server action (safeParse). Messages are keys of the
// "errors" catalogue. Radio buttons give strings, the action gets numbers: both are accepted.
import { z } from "zod";
import {
  HELPED_CHOICES,
  MAX_FEEDBACK_COMMENT,
  OBJECTIVES_MET,
  USEFULNESS_MAX,
  USEFULNESS_MIN,
} from "../domain/feedback";
import { recordId } from "./record-id";

const id = recordId;

const usefulness = z.coerce
  .number({ error: "usefulnessRequired" })
  .int("usefulnessRequired")
  .min(USEFULNESS_MIN, "usefulnessRequired")
  .max(USEFULNESS_MAX, "usefulnessRequired");

/** Optional: an empty box, or no comment at all. */
const comment = z.string().trim().max(MAX_FEEDBACK_COMMENT, "textTooLong").nullish();

export const sessionFeedbackSchema = z.object({
  engagementId: id,
  sessionId: id,
  usefulness,
  /** Ticked boxes; none ticked is fine. Unknown values are refused, repeats merged. */
  helped: z
    .array(z.enum(HELPED_CHOICES))
    .max(HELPED_CHOICES.length)
    .transform((values) => [...new Set(values)]),
  comment,
});
export type SessionFeedbackInput = z.input<typeof sessionFeedbackSchema>;
export type SessionFeedbackValues = z.output<typeof sessionFeedbackSchema>;

export const closingEvaluationSchema = z.object({
  engagementId: id,
  usefulness,
  objectivesMet: z.enum(OBJECTIVES_MET, { error: "objectivesMetRequired" }),
  /** "yes" / "no" from the radio buttons, or a boolean from the action's own caller. */
  wouldRecommend: z.union([z.boolean(), z.enum(["yes", "no"]).transform((v) => v === "yes")], {
    error: "recommendRequired",
  }),
  comment,
});
export type ClosingEvaluationInput = z.input<typeof closingEvaluationSchema>;
export type ClosingEvaluationValues = z.output<typeof closingEvaluationSchema>;
