// E-mails about keeping a coach's credential current, in the recipient's language (texts under
// "email.credentialRenewal"): reminders before it expires (to the coach and to HR reviewers), the
// lapse, and HR's decision on a renewal.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email.credentialRenewal" });
}

/** A calendar day (stored at UTC midnight) in the recipient's language. */
function day(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

function compose(to: Recipient, kind: EmailKind, subject: string, blocks: EmailBlock[]): EmailMessage {
  const t = translator(to.locale);
  const greeting = to.name ? t("greetingNamed", { name: to.name }) : t("greeting");
  return composeEmail({ kind, to: to.to, subject, greeting, blocks, closing: t("signature") });
}

/** To the coach, 60 and 14 days before their credential expires. */
export function credentialExpiringEmail(
  coach: Recipient,
  { expiresOn, days, profileUrl }: { expiresOn: Date; days: number; profileUrl: string },
): EmailMessage {
  const t = translator(coach.locale);
  const date = day(expiresOn, coach.locale);
  return compose(coach, "credential-expiring", t("expiring.subject", { date }), [
    { text: t("expiring.intro", { date, days }) },
    { text: t("expiring.action") },
    { text: t("expiring.lapse") },
    { link: profileUrl, label: t("expiring.button") },
  ]);
}

/** To each HR reviewer, at the same thresholds. */
export function credentialExpiringHrEmail(
  reviewer: Recipient,
  { coachName, expiresOn, days, reviewUrl }: { coachName: string; expiresOn: Date; days: number; reviewUrl: string },
): EmailMessage {
  const t = translator(reviewer.locale);
  const date = day(expiresOn, reviewer.locale);
  return compose(reviewer, "credential-expiring-hr", t("expiringHr.subject", { coach: coachName, date }), [
    { text: t("expiringHr.intro", { coach: coachName, date, days }) },
    { text: t("expiringHr.action") },
    { link: reviewUrl, label: t("expiringHr.button") },
  ]);
}

/** To the coach, the day after their credential expired. */
export function credentialLapsedEmail(
  coach: Recipient,
  { expiresOn, profileUrl }: { expiresOn: Date; profileUrl: string },
): EmailMessage {
  const t = translator(coach.locale);
  return compose(coach, "credential-lapsed", t("lapsed.subject"), [
    { text: t("lapsed.intro", { date: day(expiresOn, coach.locale) }) },
    { text: t("lapsed.clients") },
    { link: profileUrl, label: t("lapsed.button") },
  ]);
}

/** To each HR reviewer: a coach uploaded a renewal. */
export function renewalSubmittedEmail(
  reviewer: Recipient,
  { coachName, reviewUrl }: { coachName: string; reviewUrl: string },
): EmailMessage {
  const t = translator(reviewer.locale);
  return compose(reviewer, "credential-renewal-submitted", t("submitted.subject", { coach: coachName }), [
    { text: t("submitted.intro", { coach: coachName }) },
    { link: reviewUrl, label: t("submitted.button") },
  ]);
}

export function renewalApprovedEmail(
  coach: Recipient,
  { expiresOn, profileUrl }: { expiresOn: Date; profileUrl: string },
): EmailMessage {
  const t = translator(coach.locale);
  return compose(coach, "credential-renewal-approved", t("approved.subject"), [
    { text: t("approved.intro", { date: day(expiresOn, coach.locale) }) },
    { link: profileUrl, label: t("approved.button") },
  ]);
}

export function renewalRefusedEmail(
  coach: Recipient,
  { reason, profileUrl }: { reason: string; profileUrl: string },
): EmailMessage {
  const t = translator(coach.locale);
  return compose(coach, "credential-renewal-refused", t("refused.subject"), [
    { text: t("refused.intro") },
    { quote: reason },
    { text: t("refused.action") },
    { link: profileUrl, label: t("refused.button") },
  ]);
}
