// E-mails about HR's review of a coach's credentials, in the recipient's language
// (texts under "email.credential" in the catalogues).
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import type { EmailKind } from "./email-kinds";
import { composeEmail, type EmailBlock } from "./compose";
import type { EmailMessage } from "./outbox";

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email.credential" });
}

/** Greeting, blocks, signature. */
function compose(
  locale: Locale,
  kind: EmailKind,
  to: string,
  name: string | null,
  subject: string,
  blocks: EmailBlock[],
): EmailMessage {
  const t = translator(locale);
  const greeting = name ? t("greetingNamed", { name }) : t("greeting");
  return composeEmail({ kind, to, subject, greeting, blocks, closing: t("signature") });
}

type Coach = { to: string; name: string | null; locale: Locale };

export function credentialApprovedEmail(coach: Coach, { profileUrl }: { profileUrl: string }): EmailMessage {
  const t = translator(coach.locale);
  return compose(coach.locale, "credential-approved", coach.to, coach.name, t("approved.subject"), [
    { text: t("approved.intro") },
    { text: t("approved.listed") },
    { link: profileUrl, label: t("approved.button") },
  ]);
}

export function credentialRejectedEmail(coach: Coach, { reason }: { reason: string }): EmailMessage {
  const t = translator(coach.locale);
  return compose(coach.locale, "credential-rejected", coach.to, coach.name, t("rejected.subject"), [
    { text: t("rejected.intro") },
    { text: t("reasonLabel") },
    { quote: reason },
    { text: t("contact") },
  ]);
}

export function credentialChangesRequestedEmail(
  coach: Coach,
  { message, profileUrl }: { message: string; profileUrl: string },
): EmailMessage {
  const t = translator(coach.locale);
  return compose(coach.locale, "credential-changes-requested", coach.to, coach.name, t("changesRequested.subject"), [
    { text: t("changesRequested.intro") },
    { text: t("changesRequested.messageLabel") },
    { quote: message },
    { text: t("changesRequested.action") },
    { link: profileUrl, label: t("changesRequested.button") },
  ]);
}

export function credentialRevokedEmail(coach: Coach, { reason }: { reason: string }): EmailMessage {
  const t = translator(coach.locale);
  return compose(coach.locale, "credential-revoked", coach.to, coach.name, t("revoked.subject"), [
    { text: t("revoked.intro") },
    { text: t("reasonLabel") },
    { quote: reason },
    { text: t("revoked.clients") },
    { text: t("contact") },
  ]);
}

/** To a programme admin: a coach was withdrawn from the directory. */
export function coachWithdrawnEmail(
  admin: { to: string; name: string | null; locale: Locale },
  { coachName, entity, reason, reviewUrl }: { coachName: string; entity: string; reason: string; reviewUrl: string },
): EmailMessage {
  const t = translator(admin.locale);
  return compose(admin.locale, "coach-withdrawn", admin.to, admin.name, t("withdrawn.subject", { coach: coachName }), [
    { text: t("withdrawn.intro", { coach: coachName, entity }) },
    { text: t("reasonLabel") },
    { quote: reason },
    { text: t("withdrawn.clients") },
    { link: reviewUrl, label: t("withdrawn.button") },
  ]);
}
