// E-mails about networking conversations, each in the recipient's language (texts under
// "networking.email" in the catalogues).
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "networking.email" });
}

function compose(r: Recipient, kind: EmailKind, subject: string, blocks: EmailBlock[]): EmailMessage {
  const t = translator(r.locale);
  const greeting = r.name ? t("greetingNamed", { name: r.name }) : t("greeting");
  return composeEmail({ kind, to: r.to, subject, greeting, blocks, closing: t("signature") });
}

const who = (name: string | null, locale: Locale) => name ?? translator(locale)("someone");

/** To the other person: after the first meeting, the sender finds a second one useful; either proposes a time. */
export function secondMeetingWantedEmail(r: Recipient, p: { name: string | null; url: string }): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.name, r.locale);
  return compose(r, "networking-second-wanted", t("secondWanted.subject", { name }), [
    { text: t("secondWanted.intro", { name }) },
    { text: t("secondWanted.next") },
    { link: p.url, label: t("open") },
  ]);
}

/** To the other person: the sender finds no second meeting needed; the conversation is complete. */
export function secondMeetingNotNeededEmail(r: Recipient, p: { name: string | null; url: string }): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.name, r.locale);
  return compose(r, "networking-second-not-needed", t("secondNotNeeded.subject", { name }), [
    { text: t("secondNotNeeded.intro", { name }) },
    { text: t("secondNotNeeded.next") },
    { link: p.url, label: t("open") },
  ]);
}

/** To both: the second meeting was held, the conversation is complete. */
export function conversationCompletedEmail(r: Recipient, p: { name: string | null; url: string }): EmailMessage {
  const t = translator(r.locale);
  const name = who(p.name, r.locale);
  return compose(r, "networking-completed", t("completed.subject", { name }), [
    { text: t("completed.intro", { name }) },
    { link: p.url, label: t("open") },
  ]);
}
