// Reference data (/admin/reference): entities, duty stations with their IANA time zone, and
// professional networks. Their code is what HR files and sign-in claims carry: fixed once created.
import { z } from "zod";
import { REFERENCE_KINDS, isIanaTimeZone } from "../domain/reference-data";

export const MAX_REFERENCE_NAME = 200;
const name = z.string().trim().min(1, "nameRequired").max(MAX_REFERENCE_NAME, "textTooLong");

export const referenceSchema = z
  .object({
    kind: z.enum(REFERENCE_KINDS),
    code: z
      .string()
      .trim()
      .min(1, "referenceCodeRequired")
      .max(40, "textTooLong")
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "referenceCodeInvalid"),
    nameEn: name,
    nameFr: name,
    /** Duty stations only: an IANA time zone ("Africa/Nairobi"); ignored for the others. */
    timeZone: z.string().trim().max(64, "textTooLong"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "dutyStation" && !isIanaTimeZone(v.timeZone))
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: "timeZoneInvalid" });
  });
export type ReferenceInput = z.infer<typeof referenceSchema>;

/** Renaming keeps the code: names (and a duty station's time zone) only. */
export const renameReferenceSchema = z
  .object({
    kind: z.enum(REFERENCE_KINDS),
    id: z.string().min(1),
    nameEn: name,
    nameFr: name,
    timeZone: z.string().trim().max(64, "textTooLong"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "dutyStation" && !isIanaTimeZone(v.timeZone))
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: "timeZoneInvalid" });
  });
export type RenameReferenceInput = z.infer<typeof renameReferenceSchema>;
