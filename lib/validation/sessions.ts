// Forms of the engagement page: each schema is used by the form (zodResolver) and by its server
// action (safeParse). Messages are keys of the "errors" catalogue. A proposed time must be to come
// and within the horizon (lib/domain/session-schedule.ts), checked here against the clock of
// whoever parses (the browser, then the server); the verbs check it again under their lock, with
// what needs the database (an overlap).
import { z } from "zod";
import {
  isKnownTimeZone,
  localTimeToInstant,
  MAX_LOCATION,
  MAX_NOTE,
  sessionTimeProblem,
} from "../domain/session-schedule";
import { recordId } from "./record-id";
import type { ErrorKey } from "../i18n/keys";

const id = recordId;

export const SESSION_MODES = ["video", "in_person", "phone"] as const;
export type SessionModeInput = (typeof SESSION_MODES)[number];

/** A video link must be a web address the other person can open. */
export function isMeetingLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}

export const proposeSessionSchema = z
  .object({
    sessionId: id,
    /** The wall-clock time in `timeZone`, as <input type="datetime-local"> gives it. */
    startsAtLocal: z
      .string()
      .trim()
      .min(1, "sessionTimeRequired")
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "sessionTimeInvalid"),
    timeZone: z.string().trim().min(1, "sessionTimeZoneUnknown").max(64, "sessionTimeZoneUnknown"),
    mode: z.enum(SESSION_MODES, "sessionModeRequired"),
    location: z.string().trim().max(MAX_LOCATION, "textTooLong"),
    /** The engagement has a default meeting link: a video session may leave its own empty (the verb checks again). */
    defaultLink: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    const problem = locationProblem(v.mode, v.location, v.defaultLink);
    if (problem) ctx.addIssue({ code: "custom", path: ["location"], message: problem });
    const startsAt = isKnownTimeZone(v.timeZone) ? localTimeToInstant(v.startsAtLocal, v.timeZone) : null;
    const timeProblem = startsAt && sessionTimeProblem(startsAt, new Date());
    if (timeProblem) ctx.addIssue({ code: "custom", path: ["startsAtLocal"], message: timeProblem });
  });
export type ProposeSessionInput = z.infer<typeof proposeSessionSchema>;

/**
 * What is wrong with the link or place given for a mode, if anything (an "errors" key). A video
 * session may leave its link empty when the engagement has a default one (lib/domain/meeting-link.ts).
 */
export function locationProblem(
  mode: SessionModeInput,
  location: string,
  defaultLink: boolean = false,
): ErrorKey | undefined {
  if (mode === "video") {
    if (!location) return defaultLink ? undefined : "sessionLinkRequired";
    if (!isMeetingLink(location)) return "sessionLinkInvalid";
  }
  if (mode === "in_person" && !location) return "sessionPlaceRequired";
  return undefined;
}

export const sessionIdSchema = z.object({ sessionId: id });

export const markSessionsCompletedSchema = z
  .object({
    engagementId: id,
    sessionIds: z.array(id).min(1, "sessionSelectionRequired").max(20, "sessionSelectionRequired"),
    /**
     * A session held earlier than planned: when it really took place, as a wall-clock time in
     * `timeZone` (one session at a time; lib/domain/availability.ts heldAtProblem).
     */
    heldAtLocal: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "sessionTimeInvalid")
      .optional(),
    timeZone: z.string().trim().max(64, "sessionTimeZoneUnknown").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.heldAtLocal === undefined) return;
    if (v.sessionIds.length !== 1)
      ctx.addIssue({ code: "custom", path: ["heldAtLocal"], message: "sessionSelectionRequired" });
    const heldAt = v.timeZone && isKnownTimeZone(v.timeZone) ? localTimeToInstant(v.heldAtLocal, v.timeZone) : null;
    if (!heldAt) ctx.addIssue({ code: "custom", path: ["heldAtLocal"], message: "sessionTimeInvalid" });
    else if (heldAt.getTime() > Date.now())
      ctx.addIssue({ code: "custom", path: ["heldAtLocal"], message: "sessionHeldInFuture" });
  });
export type MarkSessionsCompletedInput = z.infer<typeof markSessionsCompletedSchema>;

export const saveSessionNoteSchema = z.object({
  sessionId: id,
  body: z.string().max(MAX_NOTE, "textTooLong"),
});

export const setChecklistTickSchema = z.object({
  sessionId: id,
  itemKey: z.string().trim().min(1).max(200),
  ticked: z.boolean(),
});
