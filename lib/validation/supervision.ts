// A coach's record of a monthly supervision session.
import { z } from "zod";
import { MAX_SUPERVISOR } from "../domain/supervision";

export const recordSupervisionSchema = z.object({
  /** "2026-10-14" (a calendar date). */
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "supervisionDateRequired"),
  supervisor: z.string().trim().min(1, "supervisorRequired").max(MAX_SUPERVISOR, "textTooLong"),
  attended: z.enum(["yes", "no"], "supervisionAttendedRequired"),
});
export type RecordSupervisionInput = z.infer<typeof recordSupervisionSchema>;

export const supervisionRecordIdSchema = z.object({ recordId: z.string().trim().min(1).max(64) });
