// The engagement page's meeting-link form: the form (zodResolver) and its action parse with this
// schema. An empty link removes it. Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { isMeetingUrl } from "../domain/meeting-link";
import { recordId } from "./record-id";

export const setMeetingLinkSchema = z.object({
  engagementId: recordId,
  meetingUrl: z
    .string()
    .trim()
    .refine((v) => v === "" || isMeetingUrl(v), "meetingUrlInvalid"),
});
export type SetMeetingLinkInput = z.infer<typeof setMeetingLinkSchema>;
