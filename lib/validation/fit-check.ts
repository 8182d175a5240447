// The fit check's answer and the relationship pulse's answer: each schema is used by its form
// (zodResolver) and by its server action (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { MAX_FIT_COMMENT } from "../domain/fit-check";
import { MAX_PULSE_COMMENT } from "../domain/relationship-pulse";
import { recordId } from "./record-id";

export const fitCheckSchema = z.object({
  engagementId: recordId,
  /** "yes" / "no" from the radio buttons (one enum, not a union: the form's resolver shows a union's inner message). */
  fits: z.enum(["yes", "no"], { error: "fitAnswerRequired" }).transform((v) => v === "yes"),
  comment: z.string().trim().max(MAX_FIT_COMMENT, "textTooLong").optional(),
});
export type FitCheckFormInput = z.input<typeof fitCheckSchema>;
export type FitCheckInput = z.output<typeof fitCheckSchema>;

export const pulseSchema = z.object({
  engagementId: recordId,
  score: z.coerce
    .number({ error: "pulseScoreRequired" })
    .int("pulseScoreRequired")
    .min(1, "pulseScoreRequired")
    .max(5, "pulseScoreRequired"),
  comment: z.string().trim().max(MAX_PULSE_COMMENT, "textTooLong").optional(),
});
export type PulseFormInput = z.input<typeof pulseSchema>;
export type PulseInput = z.output<typeof pulseSchema>;
