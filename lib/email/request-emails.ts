// E-mails about coach requests and engagements, each in the recipient's language
// (texts under "email.requests" in the catalogues).
import { createTranslator } from "next-intl";
import { INTL_LOCALES, type Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

// The demo seed reads the recipient type from here.
export type { Recipient };

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email.requests" });
}

/** A date and time as the recipient reads it, in their time zone. */
export function formatWhen(date: Date, locale: Locale, timeZone = "UTC"): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "full", timeStyle: "short", timeZone };
  try {
    return new Intl.DateTimeFormat(INTL_LOCALES[locale], options).format(date);
  } catch {
    return new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...options, timeZone: "UTC" }).format(date);
  }
}

function compose(r: Recipient, kind: EmailKind, subject: string, blocks: EmailBlock[]): EmailMessage {
  const t = translator(r.locale);
  const greeting = r.name ? t("greetingNamed", { name: r.name }) : t("greeting");
  return composeEmail({ kind, to: r.to, subject, greeting, blocks, closing: t("signature") });
}

const who = (name: string | null, locale: Locale) => name ?? translator(locale)("someone");

/** To a coach: a client asks them (first choice, or the next one after a decline or lapse). */
export function coachAskedEmail(
  coach: Recipient,
  p: { clientName: string | null; entity: string | null; programme: string; message: string; dueAt: Date; url: string },
): EmailMessage {
  const t = translator(coach.locale);
  const client = who(p.clientName, coach.locale);
  return compose(coach, "coach-request-asked", t("asked.subject", { client }), [
    {
      text: p.entity
        ? t("asked.introEntity", { client, entity: p.entity, programme: p.programme })
        : t("asked.intro", { client, programme: p.programme }),
    },
    { text: t("asked.messageLabel") },
    { quote: p.message },
    { text: t("asked.due", { due: formatWhen(p.dueAt, coach.locale, coach.timeZone) }) },
    { link: p.url, label: t("asked.button") },
  ]);
}

/** To a coach: one working day left to answer. */
export function coachReminderEmail(
  coach: Recipient,
  p: { clientName: string | null; dueAt: Date; url: string },
): EmailMessage {
  const t = translator(coach.locale);
  const client = who(p.clientName, coach.locale);
  return compose(coach, "coach-request-reminder", t("reminder.subject", { client }), [
    { text: t("reminder.intro", { client, due: formatWhen(p.dueAt, coach.locale, coach.timeZone) }) },
    { link: p.url, label: t("asked.button") },
  ]);
}

export type MoveReason = "declined" | "lapsed" | "paused";

/** To a client: a coach declined, did not answer in time or paused; the next choice is asked. */
export function clientMovedOnEmail(
  client: Recipient,
  p: {
    coachName: string | null;
    why: MoveReason;
    reason?: string | null;
    nextCoachName: string | null;
    dueAt: Date;
    url: string;
  },
): EmailMessage {
  const t = translator(client.locale);
  const coach = who(p.coachName, client.locale);
  const next = who(p.nextCoachName, client.locale);
  const blocks: EmailBlock[] = [{ text: t(`movedOn.${p.why}`, { coach }) }];
  if (p.why === "declined" && p.reason) blocks.push({ text: t("reasonLabel") }, { quote: p.reason });
  blocks.push(
    { text: t("movedOn.next", { next, due: formatWhen(p.dueAt, client.locale, client.timeZone) }) },
    { link: p.url, label: t("movedOn.button") },
  );
  return compose(client, "coach-request-moved-on", t("movedOn.subject", { next }), blocks);
}

/** To a client: every choice declined or lapsed; they choose again. */
export function clientExhaustedEmail(
  client: Recipient,
  p: { coachName: string | null; why: MoveReason; reason?: string | null; url: string },
): EmailMessage {
  const t = translator(client.locale);
  const coach = who(p.coachName, client.locale);
  const blocks: EmailBlock[] = [{ text: t(`movedOn.${p.why}`, { coach }) }];
  if (p.why === "declined" && p.reason) blocks.push({ text: t("reasonLabel") }, { quote: p.reason });
  blocks.push({ text: t("exhausted.intro") }, { link: p.url, label: t("exhausted.button") });
  return compose(client, "coach-request-exhausted", t("exhausted.subject"), blocks);
}

/** To a client: a coach accepted; the engagement starts. */
export function clientAcceptedEmail(client: Recipient, p: { coachName: string | null; url: string }): EmailMessage {
  const t = translator(client.locale);
  const coach = who(p.coachName, client.locale);
  return compose(client, "coach-request-accepted", t("accepted.subject", { coach }), [
    { text: t("accepted.intro", { coach }) },
    { text: t("accepted.next") },
    { link: p.url, label: t("accepted.button") },
  ]);
}

/** To the coach who was asked: the client withdrew the request. */
export function matchRequestWithdrawnEmail(
  coach: Recipient,
  p: { clientName: string | null; url: string },
): EmailMessage {
  const t = translator(coach.locale);
  const client = who(p.clientName, coach.locale);
  return compose(coach, "coach-request-withdrawn", t("withdrawn.subject", { client }), [
    { text: t("withdrawn.intro", { client }) },
    { link: p.url, label: t("withdrawn.button") },
  ]);
}

/**
 * To the other person of an engagement: it was ended early, with the reason. When a coach or mentor
 * stopped early (`chooseAgain`), the client or mentee also reads the coach (mentor) proposed and any
 * alternative, that their place in the cohort is kept, and how to choose again at once.
 */
export function engagementEndedEmail(
  other: Recipient,
  p: {
    endedByName: string | null;
    reason: string;
    url: string;
    chooseAgain?: { kind: "coach" | "mentor" | "networking"; proposedName: string | null; alternative: string | null };
  },
): EmailMessage {
  const t = translator(other.locale);
  const name = who(p.endedByName, other.locale);
  if (!p.chooseAgain) {
    return compose(other, "engagement-ended", t("ended.subject", { name }), [
      { text: t("ended.intro", { name }) },
      { text: t("reasonLabel") },
      { quote: p.reason },
      { text: t("ended.after") },
      { link: p.url, label: t("ended.button") },
    ]);
  }
  const c = p.chooseAgain;
  const kind = c.kind === "mentor" ? "mentor" : "coach";
  return compose(other, "engagement-ended", t(`ended.early.${kind}.subject`, { name }), [
    { text: t(`ended.early.${kind}.intro`, { name }) },
    { text: t("ended.early.reasonsLabel") },
    { quote: p.reason },
    ...(c.proposedName ? [{ text: t(`ended.early.${kind}.proposed`, { name, proposed: c.proposedName }) }] : []),
    ...(c.alternative ? [{ text: t("ended.early.alternativeLabel") }, { quote: c.alternative }] : []),
    { text: t(`ended.early.${kind}.seatKept`) },
    { link: p.url, label: t(`ended.early.${kind}.button`) },
  ]);
}
