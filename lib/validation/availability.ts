// Forms of the availability page and of booking a slot: each schema is used by the form
// (zodResolver) and by its server action (safeParse). Messages are keys of the "errors" catalogue.
// The rules themselves live in lib/domain/availability.ts; the verbs check them again.
import { z } from "zod";
import {
  daysAwayProblem,
  MAX_PERIODS,
  MAX_REASON,
  minuteOfDay,
  overlappingPeriod,
  periodProblem,
} from "../domain/availability";
import { MIN_SESSION_MINUTES } from "../domain/session-schedule";
import { recordId } from "./record-id";
import { locationProblem, SESSION_MODES } from "./sessions";

export const AVAILABILITY_KINDS = ["coach", "mentor"] as const;
const kind = z.enum(AVAILABILITY_KINDS);
const hhmm = z
  .string()
  .trim()
  .regex(/^\d{2}:\d{2}$/, "availabilityTimeInvalid");

export const periodSchema = z.object({
  weekday: z
    .number("availabilityPeriodInvalid")
    .int("availabilityPeriodInvalid")
    .min(1, "availabilityPeriodInvalid")
    .max(7, "availabilityPeriodInvalid"),
  start: hhmm,
  end: hhmm,
});

/** A form's period ("09:00"–"12:00") in minutes, or null when a time is malformed. */
export function periodMinutes(p: { weekday: number; start: string; end: string }) {
  const startMinute = minuteOfDay(p.start);
  const endMinute = minuteOfDay(p.end);
  return startMinute === null || endMinute === null ? null : { weekday: p.weekday, startMinute, endMinute };
}

export const saveAvailabilitySchema = z
  .object({
    kind,
    timeZone: z.string().trim().min(1, "sessionTimeZoneUnknown").max(64, "sessionTimeZoneUnknown"),
    needsConfirmation: z.boolean(),
    periods: z.array(periodSchema).max(MAX_PERIODS, "availabilityTooManyPeriods"),
  })
  .superRefine((v, ctx) => {
    const minutes = v.periods.map(periodMinutes);
    minutes.forEach((m, i) => {
      if (!m) return;
      const problem = periodProblem(m, MIN_SESSION_MINUTES);
      if (problem) ctx.addIssue({ code: "custom", path: ["periods", i, "end"], message: problem });
    });
    if (minutes.every((m) => m !== null)) {
      const clash = overlappingPeriod(minutes);
      if (clash >= 0)
        ctx.addIssue({ code: "custom", path: ["periods", clash, "start"], message: "availabilityPeriodsOverlap" });
    }
  });
export type SaveAvailabilityForm = z.infer<typeof saveAvailabilitySchema>;

export const addDaysAwaySchema = z
  .object({
    kind,
    firstDay: z.string().trim().min(1, "availabilityDaysInvalid"),
    lastDay: z.string().trim().min(1, "availabilityDaysInvalid"),
    reason: z.string().trim().max(MAX_REASON, "textTooLong"),
  })
  .superRefine((v, ctx) => {
    const problem = daysAwayProblem(v);
    if (problem)
      ctx.addIssue({
        code: "custom",
        path: [problem === "availabilityDaysInvalid" ? "firstDay" : "lastDay"],
        message: problem,
      });
  });
export type AddDaysAwayForm = z.infer<typeof addDaysAwaySchema>;

export const removeDaysAwaySchema = z.object({ kind, id: recordId });

export const bookSlotSchema = z
  .object({
    sessionId: recordId,
    /** The slot's start, as an ISO instant from the list offered. */
    startsAt: z.string().trim().min(1, "bookingSlotRequired").max(40, "bookingSlotRequired"),
    mode: z.enum(SESSION_MODES, "sessionModeRequired"),
    location: z.string().trim().max(500, "textTooLong"),
    /** The engagement has a default meeting link: a video session may leave its own empty (the verb checks again). */
    defaultLink: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    const problem = locationProblem(v.mode, v.location, v.defaultLink);
    if (problem) ctx.addIssue({ code: "custom", path: ["location"], message: problem });
  });
export type BookSlotForm = z.infer<typeof bookSlotSchema>;
