// E-mails about group supervision sessions, in the recipient's language and time zone (texts under
// "supervisionGroups.email"). The registration carries the session's invitation (.ics).
import { createTranslator } from "next-intl";
import { invitationContentType } from "../calendar/session-invitation";
import { supervisionInvitationIcs } from "../calendar/supervision-invitation";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailMessage } from "./outbox";
import { formatSessionTime } from "./session-emails";

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "supervisionGroups" });
}

/** To a coach who took a seat: when, with whom, the link; the invitation (METHOD:REQUEST) attached. */
export function supervisionRegisteredEmail(
  r: Recipient,
  p: {
    sessionId: string;
    sequence: number;
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
    meetingLink: string | null;
    supervisor: { name: string | null; email: string };
    url: string;
    stamp: Date;
  },
): EmailMessage {
  const t = translator(r.locale);
  const supervisor = p.supervisor.name ?? p.supervisor.email;
  const when = formatSessionTime(p.startsAt, r.locale, r.timeZone ?? p.timeZone);
  const blocks: EmailBlock[] = [
    { text: t("email.registered.intro", { supervisor }) },
    {
      quote: [
        when,
        t("email.duration", { minutes: p.durationMinutes }),
        p.meetingLink ? t("email.link", { link: p.meetingLink }) : t("email.noLink"),
      ].join("\n"),
    },
    { text: t("email.registered.calendar") },
    { link: p.url, label: t("email.registered.button") },
  ];
  const message = composeEmail({
    kind: "supervision-registered",
    to: r.to,
    subject: t("email.registered.subject", { when }),
    greeting: r.name ? t("email.greetingNamed", { name: r.name }) : t("email.greeting"),
    blocks,
    closing: t("email.signature"),
  });
  const ics = supervisionInvitationIcs({
    method: "REQUEST",
    sessionId: p.sessionId,
    sequence: p.sequence,
    startsAt: p.startsAt,
    durationMinutes: p.durationMinutes,
    timeZone: p.timeZone,
    summary: t("email.summary", { supervisor }),
    description: t("email.description", { supervisor }),
    meetingLink: p.meetingLink,
    organizer: p.supervisor,
    attendee: { name: r.name, email: r.to },
    stamp: p.stamp,
  });
  return {
    ...message,
    attachments: [{ filename: "supervision.ics", contentType: invitationContentType("REQUEST"), content: ics }],
  };
}

/** To a coach who held a seat: the session is cancelled; the cancellation (METHOD:CANCEL) is attached. */
export function supervisionCancelledEmail(
  r: Recipient,
  p: {
    sessionId: string;
    sequence: number;
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
    supervisor: { name: string | null; email: string };
    url: string;
    stamp: Date;
  },
): EmailMessage {
  const t = translator(r.locale);
  const supervisor = p.supervisor.name ?? p.supervisor.email;
  const when = formatSessionTime(p.startsAt, r.locale, r.timeZone ?? p.timeZone);
  const message = composeEmail({
    kind: "supervision-cancelled",
    to: r.to,
    subject: t("email.cancelled.subject", { when }),
    greeting: r.name ? t("email.greetingNamed", { name: r.name }) : t("email.greeting"),
    blocks: [
      { text: t("email.cancelled.intro", { supervisor }) },
      { quote: when },
      { text: t("email.cancelled.next") },
      { link: p.url, label: t("email.registered.button") },
    ],
    closing: t("email.signature"),
  });
  const ics = supervisionInvitationIcs({
    method: "CANCEL",
    sessionId: p.sessionId,
    sequence: p.sequence,
    startsAt: p.startsAt,
    durationMinutes: p.durationMinutes,
    timeZone: p.timeZone,
    summary: t("email.summary", { supervisor }),
    description: t("email.description", { supervisor }),
    meetingLink: null,
    organizer: p.supervisor,
    attendee: { name: r.name, email: r.to },
    stamp: p.stamp,
  });
  return {
    ...message,
    attachments: [
      { filename: "supervision-cancelled.ics", contentType: invitationContentType("CANCEL"), content: ics },
    ],
  };
}
