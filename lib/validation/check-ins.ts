// Check-ins between sessions: the coachee's message or call request, the coach's answer.
import { z } from "zod";
import { MAX_CHECK_IN, MAX_CHECK_IN_ANSWER, MAX_PREFERRED_TIMES } from "../domain/check-ins";
import { recordId } from "./record-id";

const id = recordId;

export const createCheckInSchema = z.object({
  missionId: id,
  kind: z.enum(["message", "call"], "checkInKindRequired"),
  body: z.string().trim().min(1, "checkInBodyRequired").max(MAX_CHECK_IN, "textTooLong"),
  /** For a call request: when the coachee can take the call ("" otherwise). */
  preferredTimes: z.string().trim().max(MAX_PREFERRED_TIMES, "textTooLong"),
});
export type CreateCheckInInput = z.infer<typeof createCheckInSchema>;

export const answerCheckInSchema = z.object({
  checkInId: id,
  answer: z.string().trim().min(1, "checkInAnswerRequired").max(MAX_CHECK_IN_ANSWER, "textTooLong"),
});
export type AnswerCheckInInput = z.infer<typeof answerCheckInSchema>;
