// The person form of /admin/people/[id]: one schema for the form (react-hook-form) and the action.
// Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { APPOINTMENT_TYPES } from "../domain/eligibility";
import { GENDERS } from "../domain/directory-filters";
import { parseLanguageCodes } from "../domain/people-search";

export const MAX_PERSON_NAME = 200;
export const MAX_STAFF_INDEX = 40;

const optionalEmail = z
  .string()
  .trim()
  .max(320, "textTooLong")
  .refine((v) => v === "" || z.email().safeParse(v).success, "supervisorEmailInvalid");

export const personSchema = z.object({
  name: z.string().trim().min(1, "nameRequired").max(MAX_PERSON_NAME, "textTooLong"),
  email: z.string().trim().min(1, "emailRequired").max(320, "textTooLong").pipe(z.email("emailInvalid")),
  staffIndexNumber: z
    .string()
    .trim()
    .max(MAX_STAFF_INDEX, "textTooLong")
    .regex(/^[A-Za-z0-9._-]*$/, "staffIndexInvalid"),
  entityId: z.string().trim().max(64),
  dutyStationId: z.string().trim().max(64),
  appointmentType: z.union([z.literal(""), z.enum(APPOINTMENT_TYPES)]),
  supervisorEmail: optionalEmail,
  languages: z
    .string()
    .trim()
    .max(200, "textTooLong")
    .refine((v) => parseLanguageCodes(v) !== null, "languageCodesInvalid"),
  gender: z.union([z.literal(""), z.enum(GENDERS)]),
  preferredLanguage: z.enum(["en", "fr"]),
});
export type PersonInput = z.infer<typeof personSchema>;

export const updatePersonSchema = z.object({ personId: z.string().min(1), values: personSchema });
export const personIdSchema = z.object({ userId: z.string().min(1) });
