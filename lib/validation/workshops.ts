// Workshops: the admin's form (publish and edit), and the participant's and admin's small forms.
// Each schema is used by its form (zodResolver) and its server action (safeParse); messages are
// keys of the "errors" catalogue. The start is a wall-clock time in the workshop's own zone.
import { z } from "zod";
import { isKnownTimeZone, localTimeToInstant } from "../domain/session-schedule";
import {
  WORKSHOP_AUDIENCES,
  WORKSHOP_DESCRIPTION_MAX,
  WORKSHOP_DURATION_MAX,
  WORKSHOP_DURATION_MIN,
  WORKSHOP_SEATS_MAX,
  WORKSHOP_SEATS_MIN,
  WORKSHOP_TITLE_MAX,
} from "../domain/workshops";
import { recordId } from "./record-id";

/** A workshop's link: an https address. */
export function isHttpsLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && Boolean(url.hostname);
  } catch {
    return false;
  }
}

const title = z.string().trim().min(1, "workshopTitleRequired").max(WORKSHOP_TITLE_MAX, "textTooLong");
const description = z
  .string()
  .trim()
  .min(1, "workshopDescriptionRequired")
  .max(WORKSHOP_DESCRIPTION_MAX, "textTooLong");
const whole = (min: number, max: number, message: string) =>
  z.number(message).int(message).min(min, message).max(max, message);

export const workshopSchema = z
  .object({
    titleEn: title,
    titleFr: title,
    descriptionEn: description,
    descriptionFr: description,
    audiences: z.array(z.enum(WORKSHOP_AUDIENCES), "workshopAudienceRequired").min(1, "workshopAudienceRequired"),
    /** The wall-clock start in `timeZone`, as <input type="datetime-local"> gives it. */
    startsAtLocal: z
      .string()
      .trim()
      .min(1, "workshopStartRequired")
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "workshopStartInvalid"),
    timeZone: z.string().trim().min(1, "sessionTimeZoneUnknown").max(64, "sessionTimeZoneUnknown"),
    durationMinutes: whole(WORKSHOP_DURATION_MIN, WORKSHOP_DURATION_MAX, "workshopDurationInvalid"),
    meetingUrl: z.string().trim().max(500, "textTooLong").refine(isHttpsLink, "workshopLinkInvalid"),
    seats: whole(WORKSHOP_SEATS_MIN, WORKSHOP_SEATS_MAX, "workshopSeatsInvalid"),
  })
  .superRefine((v, ctx) => {
    if (!isKnownTimeZone(v.timeZone)) {
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: "sessionTimeZoneUnknown" });
      return;
    }
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.startsAtLocal) && !localTimeToInstant(v.startsAtLocal, v.timeZone))
      ctx.addIssue({ code: "custom", path: ["startsAtLocal"], message: "workshopStartInvalid" });
  });
export type WorkshopInput = z.input<typeof workshopSchema>;
export type WorkshopValues = z.output<typeof workshopSchema>;

export const saveWorkshopSchema = z.object({ workshopId: recordId.optional(), values: workshopSchema });

export const workshopIdSchema = z.object({ workshopId: recordId });

export const attendanceSchema = z.object({
  workshopId: recordId,
  registrationId: recordId,
  attended: z.boolean(),
});
