// E-mails about sessions, each in the recipient's language and time zone (texts under
// "sessions.email" in the catalogues). The confirmation and the cancellation carry the session's
// calendar invitation (lib/calendar/session-ics.ts).
import { createTranslator } from "next-intl";
import { icsFileName, sessionIcs, sessionTitle, type SessionFacts } from "../calendar/session-ics";
import { invitationContentType, type InvitationMethod } from "../calendar/session-invitation";
import { INTL_LOCALES, type Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailAttachment, EmailMessage } from "./outbox";

type Mode = "in_person" | "video" | "phone";

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "sessions" });
}

/** "Thursday 3 December 2026 at 10:00 (Europe/Zurich)": a time as the recipient reads it, its zone named. */
export function formatSessionTime(date: Date, locale: Locale, timeZone: string): string {
  const zone = safeZone(timeZone);
  const when = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: zone,
  }).format(date);
  return `${when} (${zone.replace(/_/g, " ")})`;
}

function safeZone(zone: string | undefined): string {
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

function compose(
  r: Recipient,
  kind: EmailKind,
  subject: string,
  blocks: EmailBlock[],
  attachments?: EmailAttachment[],
): EmailMessage {
  const t = translator(r.locale);
  const greeting = r.name ? t("email.greetingNamed", { name: r.name }) : t("email.greeting");
  const message = composeEmail({ kind, to: r.to, subject, greeting, blocks, closing: t("email.signature") });
  return attachments?.length ? { ...message, attachments } : message;
}

const who = (name: string | null, locale: Locale) => name ?? translator(locale)("email.someone");

function placeLine(locale: Locale, mode: Mode, location: string | null): string {
  const t = translator(locale);
  return `${t(`modes.${mode}`)}${location ? ` — ${location}` : ""}`;
}

/** "Online meeting: <link>", in the recipient's language. */
export function meetingLine(locale: Locale, url: string): string {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "meetingLink" })("email", { url });
}

function invitation(r: Recipient, facts: SessionFacts, method: InvitationMethod, stamp: Date): EmailAttachment {
  return {
    filename: icsFileName(facts.position, method),
    contentType: invitationContentType(method),
    content: sessionIcs(r.locale, facts, method, stamp),
  };
}

/** To the other person: a time is proposed (or changed); they accept it or propose another. */
export function sessionProposedEmail(
  r: Recipient,
  p: {
    proposerName: string | null;
    stepKey: string;
    position: number;
    startsAt: Date;
    durationMinutes: number;
    mode: Mode;
    location: string | null;
    replacesAgreedTime: boolean;
    url: string;
  },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.proposerName, r.locale);
  const title = sessionTitle(r.locale, p.stepKey, p.position);
  return compose(r, "session-proposed", t("email.proposed.subject", { name, title }), [
    { text: t(p.replacesAgreedTime ? "email.proposed.introChange" : "email.proposed.intro", { name, title }) },
    {
      quote: `${formatSessionTime(p.startsAt, r.locale, r.timeZone ?? "UTC")}\n${t("email.duration", { minutes: p.durationMinutes })}\n${placeLine(r.locale, p.mode, p.location)}`,
    },
    { text: t("email.proposed.next") },
    { link: p.url, label: t("email.proposed.button") },
  ]);
}

/** To both people: the time is agreed. The invitation (METHOD:REQUEST) is attached. */
export function sessionScheduledEmail(
  r: Recipient,
  p: { otherName: string | null; facts: SessionFacts; update: boolean; stamp: Date },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.otherName, r.locale);
  const f = p.facts;
  const title = sessionTitle(r.locale, f.stepKey, f.position);
  return compose(
    r,
    "session-scheduled",
    t(p.update ? "email.scheduled.subjectUpdate" : "email.scheduled.subject", { title, name }),
    [
      { text: t("email.scheduled.intro", { name, title }) },
      {
        quote: `${formatSessionTime(f.startsAt, r.locale, r.timeZone ?? "UTC")}\n${t("email.duration", { minutes: f.durationMinutes })}\n${placeLine(r.locale, f.mode, f.location === f.meetingUrl ? null : f.location)}${f.meetingUrl ? `\n${meetingLine(r.locale, f.meetingUrl)}` : ""}`,
      },
      { text: t("email.scheduled.calendar") },
      { link: f.pageUrl, label: t("email.openPage") },
    ],
    [invitation(r, f, "REQUEST", p.stamp)],
  );
}

/** To both people: an agreed time is cancelled. The cancellation (METHOD:CANCEL) is attached. */
export function sessionCancelledEmail(
  r: Recipient,
  p: { cancelledByName: string | null; byRecipient: boolean; facts: SessionFacts; stamp: Date },
): EmailMessage {
  const t = translator(r.locale);
  const f = p.facts;
  const title = sessionTitle(r.locale, f.stepKey, f.position);
  const name = who(p.cancelledByName, r.locale);
  return compose(
    r,
    "session-cancelled",
    t("email.cancelled.subject", { title }),
    [
      { text: p.byRecipient ? t("email.cancelled.introYou", { title }) : t("email.cancelled.intro", { name, title }) },
      { quote: formatSessionTime(f.startsAt, r.locale, r.timeZone ?? "UTC") },
      { text: t("email.cancelled.calendar") },
      { link: f.pageUrl, label: t("email.cancelled.button") },
    ],
    [invitation(r, f, "CANCEL", p.stamp)],
  );
}

/** To the other person: a proposed time (never agreed) was withdrawn. */
export function proposalWithdrawnEmail(
  r: Recipient,
  p: { name: string | null; stepKey: string; position: number; url: string },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.name, r.locale);
  const title = sessionTitle(r.locale, p.stepKey, p.position);
  return compose(r, "session-proposal-withdrawn", t("email.withdrawn.subject", { title }), [
    { text: t("email.withdrawn.intro", { name, title }) },
    { link: p.url, label: t("email.openPage") },
  ]);
}

/** To the other person: sessions were marked completed; their one-minute evaluation is asked. */
export function sessionsCompletedEmail(
  r: Recipient,
  p: { name: string | null; sessions: { stepKey: string; position: number }[]; url: string },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.name, r.locale);
  const titles = p.sessions.map((s) => `• ${sessionTitle(r.locale, s.stepKey, s.position)}`).join("\n");
  return compose(r, "sessions-completed", t("email.completed.subject", { name, count: p.sessions.length }), [
    { text: t("email.completed.intro", { name, count: p.sessions.length }) },
    { quote: titles },
    { text: t("email.completed.evaluation", { name }) },
    { link: p.url, label: t("email.completed.button") },
  ]);
}

/** To the other person: an agreed session did not take place. */
export function sessionMissedEmail(
  r: Recipient,
  p: { name: string | null; stepKey: string; position: number; url: string },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.name, r.locale);
  const title = sessionTitle(r.locale, p.stepKey, p.position);
  return compose(r, "session-missed", t("email.missed.subject", { title }), [
    { text: t("email.missed.intro", { name, title }) },
    { link: p.url, label: t("email.missed.button") },
  ]);
}

/** To both people: every session of the plan is completed. */
export function engagementCompletedEmail(
  r: Recipient,
  p: { otherName: string | null; programme: string; url: string },
): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.otherName, r.locale);
  return compose(r, "engagement-completed", t("email.engagementCompleted.subject", { programme: p.programme }), [
    { text: t("email.engagementCompleted.intro", { name, programme: p.programme }) },
    { text: t("email.engagementCompleted.next") },
    { link: p.url, label: t("email.openPage") },
  ]);
}
