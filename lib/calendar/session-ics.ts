// A session's invitation in one person's language: the summary and description come from the
// catalogues ("sessions.ics"), the rest from the session. Used by the confirmation and
// cancellation e-mails and by the .ics download, so both carry the very same event.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { sessionInvitationIcs, type InvitationMethod, type Person } from "./session-invitation";

export type SessionFacts = {
  sessionId: string;
  stepKey: string;
  position: number;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  mode: "in_person" | "video" | "phone";
  location: string | null;
  /** The link to join by: the session's own, or the engagement's default (lib/domain/meeting-link.ts). */
  meetingUrl?: string | null;
  sequence: number;
  coach: Person;
  client: Person;
  /** The engagement page, on the app's public URL. */
  pageUrl: string;
};

type Catalogue = { [key: string]: string | Catalogue };

/** A plan text (sessionPlans.<plan>.<step>.<field>) in `locale`, or undefined while the catalogue lacks it. */
export function planText(locale: Locale, stepKey: string, field: string): string | undefined {
  const [plan, step] = stepKey.split(".");
  let node: string | Catalogue | undefined = messagesFor(locale) as unknown as Catalogue;
  for (const part of ["sessionPlans", plan, step, ...field.split(".")])
    node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** A session's name for people: the plan's title of its step, or "Session 3". */
export function sessionTitle(locale: Locale, stepKey: string, position: number): string {
  return (
    planText(locale, stepKey, "title") ??
    createTranslator({ locale, messages: messagesFor(locale), namespace: "sessions" })("numbered", { position })
  );
}

/** A session's event summary and description in `locale`: the same in the invitation and in the feed. */
export function sessionEventText(
  locale: Locale,
  f: Pick<SessionFacts, "stepKey" | "position" | "coach" | "client" | "mode" | "location" | "meetingUrl" | "pageUrl">,
): { summary: string; description: string } {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "sessions" });
  const title = sessionTitle(locale, f.stepKey, f.position);
  const coach = f.coach.name ?? f.coach.email;
  const client = f.client.name ?? f.client.email;
  const description = [
    t("ics.description", { coach, client }),
    `${t(`modes.${f.mode}`)}${f.location && f.location.trim() !== f.meetingUrl ? `: ${f.location}` : ""}`,
    ...(f.meetingUrl
      ? [
          createTranslator({ locale, messages: messagesFor(locale), namespace: "meetingLink" })("email", {
            url: f.meetingUrl,
          }),
        ]
      : []),
    t("ics.page", { url: f.pageUrl }),
  ].join("\n\n");
  return { summary: t("ics.summary", { title, coach, client }), description };
}

export function sessionIcs(
  locale: Locale,
  f: SessionFacts,
  method: InvitationMethod,
  stamp: Date = new Date(),
): string {
  const { summary, description } = sessionEventText(locale, f);
  return sessionInvitationIcs({
    method,
    sessionId: f.sessionId,
    sequence: f.sequence,
    startsAt: f.startsAt,
    durationMinutes: f.durationMinutes,
    timeZone: f.timeZone,
    summary,
    description,
    mode: f.mode,
    location: f.location,
    meetingUrl: f.meetingUrl,
    organizer: f.coach,
    attendees: [f.coach, f.client],
    stamp,
  });
}

/** The file name of a session's .ics download or attachment. */
export function icsFileName(position: number, method: InvitationMethod): string {
  return method === "CANCEL" ? `binome-session-${position}-cancelled.ics` : `binome-session-${position}.ics`;
}
