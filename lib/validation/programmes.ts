// Forms of programme administration: each schema is used by its form (zodResolver) and by its
// server action (safeParse). The rules are lib/domain/programme-settings.ts; messages are keys of
// the "errors" catalogue.
import { z } from "zod";
import { APPOINTMENT_TYPES } from "../domain/eligibility";
import {
  COHORT_STATUSES,
  cohortSettingIssues,
  MAX_DESCRIPTION,
  MAX_NAME,
  MAX_SLUG,
  PROGRAMME_TYPES,
  programmeSettingIssues,
  SESSION_PLANS,
  SLUG_PATTERN,
} from "../domain/programme-settings";

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "slugRequired")
  .max(MAX_SLUG, "textTooLong")
  .regex(SLUG_PATTERN, "slugInvalid");
const name = z.string().trim().min(1, "programmeNameRequired").max(MAX_NAME, "textTooLong");
const description = z.string().trim().min(1, "programmeDescriptionRequired").max(MAX_DESCRIPTION, "textTooLong");
/** Whole numbers come from number inputs (react-hook-form's valueAsNumber: NaN when empty). */
const whole = (message: string) => z.number(message).int(message);

export const programmeSchema = z
  .object({
    slug,
    type: z.enum(PROGRAMME_TYPES, "invalidInput"),
    nameEn: name,
    nameFr: name,
    descriptionEn: description,
    descriptionFr: description,
    sessionPlan: z.enum(SESSION_PLANS, "invalidInput"),
    eligibleAppointmentTypes: z.array(z.enum(APPOINTMENT_TYPES, "invalidInput")),
    requestTimeoutWorkingDays: whole("requestTimeoutRange"),
    seatOfferDays: whole("seatOfferDaysRange"),
    profileCapacityLimit: whole("maxClientsRange"),
    defaultSeats: whole("seatsRange"),
    archived: z.boolean(),
    /** Mentoring and networking: profiles are listed only once a programme admin approves them. */
    profileApprovalRequired: z.boolean().optional(),
    /** Missions: the coach answers check-ins within two working days instead of two days. */
    checkInWorkingDays: z.boolean().optional(),
    /** Coaching: coaches may run group engagements (lib/domain/group-coaching.ts). */
    offersGroupCoaching: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    for (const issue of programmeSettingIssues(v))
      ctx.addIssue({ code: "custom", path: [issue.field], message: issue.code });
  });
export type ProgrammeInput = z.infer<typeof programmeSchema>;

/** Editing a programme: the same fields, and which one (its address cannot change: links use it). */
export const updateProgrammeSchema = z.object({
  programmeId: z.string().trim().min(1).max(64),
  values: programmeSchema,
});

const day = z.string().trim();

export const cohortSchema = z
  .object({
    slug,
    nameEn: name,
    nameFr: name,
    startsOn: day,
    endsOn: day,
    enrolmentOpensOn: day,
    enrolmentClosesOn: day,
    seats: whole("seatsRange"),
    status: z.enum(COHORT_STATUSES, "invalidInput"),
  })
  .superRefine((v, ctx) => {
    for (const issue of cohortSettingIssues(v))
      ctx.addIssue({ code: "custom", path: [issue.field], message: issue.code });
  });
export type CohortInput = z.infer<typeof cohortSchema>;

export const createCohortSchema = z.object({ programmeId: z.string().trim().min(1).max(64), values: cohortSchema });
export const updateCohortSchema = z.object({ cohortId: z.string().trim().min(1).max(64), values: cohortSchema });

/** The dashboard's filters, from the address: entity and duty-station codes of the clients. */
export const dashboardFilterSchema = z.object({
  entity: z
    .string()
    .trim()
    .max(32)
    .regex(/^[A-Za-z0-9_-]*$/)
    .optional()
    .catch(undefined)
    .transform((v) => v || null),
  station: z
    .string()
    .trim()
    .max(32)
    .regex(/^[A-Za-z0-9_-]*$/)
    .optional()
    .catch(undefined)
    .transform((v) => v || null),
});
export type DashboardFilter = z.output<typeof dashboardFilterSchema>;
