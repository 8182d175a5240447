// E-mails about group coaching, each in the recipient's language and time zone (texts under
// "groups.email" in the catalogues). A scheduled group session carries its calendar invitation
// (lib/calendar/group-session-invitation.ts).
import { createTranslator } from "next-intl";
import { groupIcsFileName, groupSessionInvitationIcs } from "../calendar/group-session-invitation";
import { invitationContentType, type Person } from "../calendar/session-invitation";
import { groupStepName } from "../domain/group-coaching";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type Recipient } from "./compose";
import type { EmailMessage } from "./outbox";
import { formatSessionTime } from "./session-emails";

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "groups" });
}

/** "Session 2 — Group session: …", the session's name in the recipient's language. */
export function groupSessionTitle(locale: Locale, stepKey: string, position: number): string {
  const t = translator(locale);
  const step = groupStepName(stepKey);
  const name = t.has(`plan.${step}.title` as never) ? t(`plan.${step}.title` as never) : stepKey;
  return t("sessionTitle", { position, name });
}

export type GroupSessionFacts = {
  sessionId: string;
  sequence: number;
  position: number;
  stepKey: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  groupTitle: string;
  meetingUrl: string | null;
  pageUrl: string;
  organizer: Person;
  attendees: Person[];
};

/** To every member and the coach: a group session is scheduled (or moved). The invitation is attached. */
export function groupSessionScheduledEmail(
  r: Recipient,
  p: { coachName: string | null; facts: GroupSessionFacts; update: boolean; stamp: Date },
): EmailMessage {
  const t = translator(r.locale);
  const f = p.facts;
  const title = groupSessionTitle(r.locale, f.stepKey, f.position);
  const greeting = r.name ? t("email.greetingNamed", { name: r.name }) : t("email.greeting");
  const when = formatSessionTime(f.startsAt, r.locale, r.timeZone ?? f.timeZone);
  const message = composeEmail({
    kind: "group-session-scheduled",
    to: r.to,
    subject: t(p.update ? "email.scheduled.subjectUpdate" : "email.scheduled.subject", { title, group: f.groupTitle }),
    greeting,
    blocks: [
      { text: t("email.scheduled.intro", { coach: p.coachName ?? t("email.someone"), group: f.groupTitle, title }) },
      {
        quote: `${when}\n${t("email.duration", { minutes: f.durationMinutes })}${f.meetingUrl ? `\n${f.meetingUrl}` : ""}`,
      },
      { text: t("email.scheduled.calendar") },
      { link: f.pageUrl, label: t("email.openPage") },
    ],
    closing: t("email.signature"),
  });
  const ics = groupSessionInvitationIcs({
    sessionId: f.sessionId,
    sequence: f.sequence,
    startsAt: f.startsAt,
    durationMinutes: f.durationMinutes,
    timeZone: f.timeZone,
    summary: `${f.groupTitle} — ${title}`,
    description: t("email.scheduled.icsDescription", { group: f.groupTitle, url: f.pageUrl }),
    meetingUrl: f.meetingUrl,
    organizer: f.organizer,
    attendees: f.attendees,
    stamp: p.stamp,
  });
  return {
    ...message,
    attachments: [
      { filename: groupIcsFileName(f.position), contentType: invitationContentType("REQUEST"), content: ics },
    ],
  };
}
