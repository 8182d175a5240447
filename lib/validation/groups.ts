// Forms of group coaching: each schema is used by its form (zodResolver) and by its server action
// (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { MAX_FEEDBACK_COMMENT, USEFULNESS_MAX, USEFULNESS_MIN } from "../domain/feedback";
import {
  GROUP_SIZE_MAX,
  GROUP_SIZE_MIN,
  MAX_GROUP_DESCRIPTION,
  MAX_GROUP_TITLE,
  MAX_MEETING_URL,
} from "../domain/group-coaching";
import { isKnownTimeZone, localTimeToInstant, sessionTimeProblem } from "../domain/session-schedule";
import { recordId } from "./record-id";
import { isMeetingLink } from "./sessions";

export const createGroupSchema = z.object({
  cohortId: z
    .string()
    .trim()
    .min(1, "groupCohortRequired")
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "groupCohortRequired"),
  capacity: z.coerce
    .number({ error: "groupCapacityRange" })
    .int("groupCapacityRange")
    .min(GROUP_SIZE_MIN, "groupCapacityRange")
    .max(GROUP_SIZE_MAX, "groupCapacityRange"),
  titleEn: z.string().trim().min(1, "groupTitleRequired").max(MAX_GROUP_TITLE, "textTooLong"),
  titleFr: z.string().trim().min(1, "groupTitleRequired").max(MAX_GROUP_TITLE, "textTooLong"),
  descriptionEn: z.string().trim().min(1, "groupDescriptionRequired").max(MAX_GROUP_DESCRIPTION, "textTooLong"),
  descriptionFr: z.string().trim().min(1, "groupDescriptionRequired").max(MAX_GROUP_DESCRIPTION, "textTooLong"),
  meetingUrl: z
    .string()
    .trim()
    .max(MAX_MEETING_URL, "textTooLong")
    .refine((v) => v === "" || isMeetingLink(v), "sessionLinkInvalid")
    .transform((v) => v || null),
});
export type CreateGroupFormInput = z.input<typeof createGroupSchema>;
export type CreateGroupFormValues = z.output<typeof createGroupSchema>;

export const joinGroupSchema = z.object({ groupId: recordId });

export const scheduleGroupSessionSchema = z
  .object({
    groupId: recordId,
    sessionId: recordId,
    /** The wall-clock time in `timeZone`, as <input type="datetime-local"> gives it. */
    startsAtLocal: z
      .string()
      .trim()
      .min(1, "sessionTimeRequired")
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "sessionTimeInvalid"),
    timeZone: z.string().trim().min(1, "sessionTimeZoneUnknown").max(64, "sessionTimeZoneUnknown"),
  })
  .superRefine((v, ctx) => {
    if (!isKnownTimeZone(v.timeZone)) {
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: "sessionTimeZoneUnknown" });
      return;
    }
    const startsAt = localTimeToInstant(v.startsAtLocal, v.timeZone);
    if (!startsAt) {
      ctx.addIssue({ code: "custom", path: ["startsAtLocal"], message: "sessionTimeInvalid" });
      return;
    }
    const problem = sessionTimeProblem(startsAt, new Date());
    if (problem) ctx.addIssue({ code: "custom", path: ["startsAtLocal"], message: problem });
  });
export type ScheduleGroupSessionInput = z.input<typeof scheduleGroupSessionSchema>;

export const markGroupSessionHeldSchema = z.object({ groupId: recordId, sessionId: recordId });

export const groupFeedbackSchema = z.object({
  groupId: recordId,
  sessionId: recordId,
  usefulness: z.coerce
    .number({ error: "usefulnessRequired" })
    .int("usefulnessRequired")
    .min(USEFULNESS_MIN, "usefulnessRequired")
    .max(USEFULNESS_MAX, "usefulnessRequired"),
  comment: z
    .string()
    .trim()
    .max(MAX_FEEDBACK_COMMENT, "textTooLong")
    .nullish()
    .transform((v) => v || null),
});
export type GroupFeedbackInput = z.input<typeof groupFeedbackSchema>;
export type GroupFeedbackValues = z.output<typeof groupFeedbackSchema>;
