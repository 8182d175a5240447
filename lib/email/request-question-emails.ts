// E-mails of a question before answering a request (texts under "email.requestQuestions"), each
// in the recipient's language: the seeker reads the question, the asked person reads the reply.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";
import { formatWhen } from "./request-emails";

function translators(locale: Locale) {
  const messages = messagesFor(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "email.requestQuestions" }),
    common: createTranslator({ locale, messages, namespace: "email.requests" }),
  };
}

function compose(r: Recipient, kind: EmailKind, subject: string, blocks: EmailBlock[]): EmailMessage {
  const { common } = translators(r.locale);
  const greeting = r.name ? common("greetingNamed", { name: r.name }) : common("greeting");
  return composeEmail({ kind, to: r.to, subject, greeting, blocks, closing: common("signature") });
}

const who = (name: string | null, locale: Locale) => name ?? translators(locale).common("someone");

/** To the seeker: the asked person has a question before answering; their deadline is paused. */
export function requestQuestionAskedEmail(
  seeker: Recipient,
  p: { coachName: string | null; question: string; url: string },
): EmailMessage {
  const { t } = translators(seeker.locale);
  const coach = who(p.coachName, seeker.locale);
  return compose(seeker, "request-question-asked", t("asked.subject", { coach }), [
    { text: t("asked.intro", { coach }) },
    { text: t("asked.questionLabel") },
    { quote: p.question },
    { link: p.url, label: t("asked.button") },
  ]);
}

/** To the asked person: the seeker replied; their deadline resumes with the time that was left. */
export function requestQuestionAnsweredEmail(
  coach: Recipient,
  p: { clientName: string | null; answer: string; dueAt: Date; url: string },
): EmailMessage {
  const { t } = translators(coach.locale);
  const client = who(p.clientName, coach.locale);
  return compose(coach, "request-question-answered", t("answered.subject", { client }), [
    { text: t("answered.intro", { client, due: formatWhen(p.dueAt, coach.locale, coach.timeZone) }) },
    { text: t("answered.replyLabel") },
    { quote: p.answer },
    { link: p.url, label: t("answered.button") },
  ]);
}
