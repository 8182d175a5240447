// Keeping a credential current: the coach's renewal (a new document with its new date and expiry),
// HR's decision on it, and the coach's continuing development entries. Each schema is used by its
// form and by its server action. Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { MAX_DEVELOPMENT_HOURS, parseDay } from "../domain/credential-expiry";
import { uploadFileSchema } from "./coach-profile";

export const MAX_DEVELOPMENT_TITLE = 200;
export const MAX_RENEWAL_MESSAGE = 2000;

/** A "YYYY-MM-DD" calendar day, as a Date at UTC midnight. */
export const day = (required: "credentialDateRequired" | "developmentDateRequired") =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .refine((v) => parseDay(v) !== null, "dateInvalid")
    .transform((v) => parseDay(v)!);

/** An optional day: blank is null (the expiry then defaults to three years after the credential's date). */
export const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || parseDay(v) !== null, "dateInvalid")
  .transform((v) => (v ? parseDay(v) : null));

const file = uploadFileSchema.shape.file;

export const credentialRenewalSchema = z.object({
  file,
  credentialDate: day("credentialDateRequired"),
  expiresOn: optionalDay,
});
export type CredentialRenewalInput = z.output<typeof credentialRenewalSchema>;

export const RENEWAL_DECISIONS = ["approve", "refuse"] as const;
export const renewalDecisionSchema = z
  .object({
    renewalId: z.string().min(1).max(64),
    decision: z.enum(RENEWAL_DECISIONS),
    message: z.string().trim().max(MAX_RENEWAL_MESSAGE, "textTooLong").default(""),
  })
  .refine((v) => v.decision === "approve" || v.message.length > 0, {
    path: ["message"],
    message: "renewalReasonRequired",
  });
export type RenewalDecisionInput = z.output<typeof renewalDecisionSchema>;

export const developmentActivitySchema = z.object({
  date: day("developmentDateRequired"),
  hours: z.coerce
    .number("developmentHoursInvalid")
    .gt(0, "developmentHoursInvalid")
    .max(MAX_DEVELOPMENT_HOURS, "developmentHoursInvalid"),
  title: z.string().trim().min(1, "developmentTitleRequired").max(MAX_DEVELOPMENT_TITLE, "textTooLong"),
  /** Optional certificate; an empty file input sends an empty, nameless file. */
  file: file.optional().nullable(),
});
export type DevelopmentActivityInput = z.output<typeof developmentActivitySchema>;
