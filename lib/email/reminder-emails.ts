// E-mails about sessions coming up or left unmarked, each in the recipient's language and time
// zone (texts under "reminders.email", session names under "sessionPlans").
import { createTranslator } from "next-intl";
import { planText } from "../calendar/session-ics";
import { INTL_LOCALES, type Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

/** A session as the e-mails name it: its place in the plan and its title. */
export type SessionRef = { position: number; stepKey: string };

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "reminders.email" });
}

/** A session's title from its plan (planText, the calendar's too), or its step key while the catalogue lacks one. */
export function sessionTitle(stepKey: string, locale: Locale): string {
  return planText(locale, stepKey, "title") ?? stepKey;
}

/** A date and time as the recipient reads it, in their own time zone, with the zone's name. */
export function formatSessionTime(date: Date, locale: Locale, timeZone = "UTC"): string {
  const tag = INTL_LOCALES[locale];
  const options: Intl.DateTimeFormatOptions = { dateStyle: "full", timeStyle: "short" };
  const format = (zone: string) => {
    const when = new Intl.DateTimeFormat(tag, { ...options, timeZone: zone }).format(date);
    const zoneName = new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: "short" })
      .formatToParts(date)
      .find((p) => p.type === "timeZoneName")?.value;
    return zoneName ? `${when} (${zoneName})` : when;
  };
  try {
    return format(timeZone);
  } catch {
    return format("UTC");
  }
}

function compose(r: Recipient, kind: EmailKind, subject: string, blocks: EmailBlock[]): EmailMessage {
  const t = translator(r.locale);
  const greeting = r.name ? t("greetingNamed", { name: r.name }) : t("greeting");
  return composeEmail({ kind, to: r.to, subject, greeting, blocks, closing: t("signature") });
}

const who = (name: string | null, locale: Locale) => name ?? translator(locale)("someone");

/**
 * To each participant, 24 hours before an agreed session: when and where, and — if the recipient
 * has not evaluated the previous session yet — a word about it.
 */
export function sessionReminderEmail(
  r: Recipient,
  p: {
    session: SessionRef & {
      startsAt: Date;
      durationMinutes: number;
      location: string | null;
      /** The link to join by (lib/domain/meeting-link.ts), if any. */
      meetingUrl?: string | null;
    };
    otherName: string | null;
    evaluationMissing: SessionRef | null;
    url: string;
  },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.otherName, r.locale);
  const { session } = p;
  const blocks: EmailBlock[] = [
    {
      text: t("upcoming.intro", {
        n: session.position,
        title: sessionTitle(session.stepKey, r.locale),
        name,
        when: formatSessionTime(session.startsAt, r.locale, r.timeZone),
        minutes: session.durationMinutes,
      }),
    },
  ];
  if (session.location && session.location !== session.meetingUrl)
    blocks.push({ text: t("upcoming.where", { location: session.location }) });
  if (session.meetingUrl)
    blocks.push({
      text: createTranslator({ locale: r.locale, messages: messagesFor(r.locale), namespace: "meetingLink" })("email", {
        url: session.meetingUrl,
      }),
    });
  blocks.push({ text: t("upcoming.prepare") });
  if (p.evaluationMissing)
    blocks.push({
      text: t("upcoming.evaluationMissing", {
        n: p.evaluationMissing.position,
        title: sessionTitle(p.evaluationMissing.stepKey, r.locale),
      }),
    });
  blocks.push({ link: p.url, label: t("upcoming.button") });
  return compose(r, "session-reminder", t("upcoming.subject", { n: session.position, name }), blocks);
}

/** To each participant, once the time of an agreed session is over and nobody marked it. */
export function sessionNudgeEmail(
  r: Recipient,
  p: { session: SessionRef & { startsAt: Date }; otherName: string | null; url: string },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.otherName, r.locale);
  return compose(r, "session-nudge", t("nudge.subject", { n: p.session.position, name }), [
    {
      text: t("nudge.intro", {
        n: p.session.position,
        title: sessionTitle(p.session.stepKey, r.locale),
        name,
        when: formatSessionTime(p.session.startsAt, r.locale, r.timeZone),
      }),
    },
    { text: t("nudge.ask") },
    { link: p.url, label: t("nudge.button") },
  ]);
}
