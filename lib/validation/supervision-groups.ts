// Group supervision sessions: scheduling (programme admins), seats (coaches), attendance (supervisors).
import { z } from "zod";
import {
  MAX_MEETING_LINK,
  MAX_SUPERVISION_MINUTES,
  MAX_SUPERVISION_SEATS,
  MIN_SUPERVISION_MINUTES,
  MIN_SUPERVISION_SEATS,
} from "../domain/supervision-groups";

const id = z.string().trim().max(64);

export const scheduleSupervisionSchema = z.object({
  supervisorProfileId: id.min(1, "supervisorNotNamed"),
  /** "2026-12-03T10:00", as <input type="datetime-local"> gives it. */
  startsAtLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "sessionTimeRequired"),
  timeZone: z.string().trim().min(1, "timeZoneInvalid").max(64, "timeZoneInvalid"),
  durationMinutes: z.coerce
    .number({ error: "supervisionDurationInvalid" })
    .int("supervisionDurationInvalid")
    .min(MIN_SUPERVISION_MINUTES, "supervisionDurationInvalid")
    .max(MAX_SUPERVISION_MINUTES, "supervisionDurationInvalid"),
  seats: z.coerce
    .number({ error: "supervisionSeatsInvalid" })
    .int("supervisionSeatsInvalid")
    .min(MIN_SUPERVISION_SEATS, "supervisionSeatsInvalid")
    .max(MAX_SUPERVISION_SEATS, "supervisionSeatsInvalid"),
  meetingLink: z
    .string()
    .trim()
    .max(MAX_MEETING_LINK, "meetingUrlInvalid")
    .refine((v) => v === "" || /^https:\/\/\S+$/i.test(v), "meetingUrlInvalid"),
  programmeId: z.string().trim().max(64),
});
export type ScheduleSupervisionInput = z.input<typeof scheduleSupervisionSchema>;
export type ScheduleSupervisionValues = z.output<typeof scheduleSupervisionSchema>;

export const supervisionSessionIdSchema = z.object({ sessionId: id.min(1) });

export const setSupervisorSchema = z.object({
  coachProfileId: id.min(1, "choiceRequired"),
  supervisor: z.boolean(),
});
export type SetSupervisorInput = z.input<typeof setSupervisorSchema>;

export const recordAttendanceSchema = z.object({
  sessionId: id.min(1),
  /** coachProfileId → "yes" | "no", one per registered coach. */
  attendance: z.record(id, z.enum(["yes", "no"], "supervisionAttendanceIncomplete")),
});
export type RecordAttendanceInput = z.input<typeof recordAttendanceSchema>;
