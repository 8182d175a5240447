// E-mails of the mentoring programme, in the recipient's language (texts under "email.mentor" in
// the catalogues): a mentor profile waiting for approval, the programme admin's decision, and the
// answers about going on after the review session.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

/** Mentor e-mails carry no time: a recipient without a time zone will do. */
type Person = Omit<Recipient, "timeZone">;

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email.mentor" });
}

function compose(p: Person, kind: EmailKind, subject: string, blocks: EmailBlock[]): EmailMessage {
  const t = translator(p.locale);
  const greeting = p.name ? t("greetingNamed", { name: p.name }) : t("greeting");
  return composeEmail({ kind, to: p.to, subject, greeting, blocks, closing: t("signature") });
}

/** To a programme admin: a mentor profile waits for approval. */
export function mentorSubmittedEmail(
  admin: Person,
  { mentorName, reviewUrl }: { mentorName: string; reviewUrl: string },
): EmailMessage {
  const t = translator(admin.locale);
  return compose(admin, "mentor-submitted", t("submitted.subject", { mentor: mentorName }), [
    { text: t("submitted.intro", { mentor: mentorName }) },
    { link: reviewUrl, label: t("submitted.button") },
  ]);
}

export function mentorApprovedEmail(mentor: Person, { profileUrl }: { profileUrl: string }): EmailMessage {
  const t = translator(mentor.locale);
  return compose(mentor, "mentor-approved", t("approved.subject"), [
    { text: t("approved.intro") },
    { link: profileUrl, label: t("approved.button") },
  ]);
}

export function mentorChangesRequestedEmail(
  mentor: Person,
  { message, profileUrl }: { message: string; profileUrl: string },
): EmailMessage {
  const t = translator(mentor.locale);
  return compose(mentor, "mentor-changes-requested", t("changesRequested.subject"), [
    { text: t("changesRequested.intro") },
    { quote: message },
    { link: profileUrl, label: t("changesRequested.button") },
  ]);
}

export function mentorRejectedEmail(mentor: Person, { reason }: { reason: string }): EmailMessage {
  const t = translator(mentor.locale);
  return compose(mentor, "mentor-rejected", t("rejected.subject"), [
    { text: t("rejected.intro") },
    { quote: reason },
    { text: t("rejected.contact") },
  ]);
}

/** To the other person: one side answered whether to go on (never what they answered). */
export function continuationAnsweredEmail(
  p: Person,
  { otherName, url }: { otherName: string | null; url: string },
): EmailMessage {
  const t = translator(p.locale);
  const other = otherName ?? t("someone");
  return compose(p, "continuation-answered", t("continuation.answered.subject", { name: other }), [
    { text: t("continuation.answered.intro", { name: other }) },
    { text: t("continuation.answered.noRush") },
    { link: url, label: t("continuation.button") },
  ]);
}

/** To both: both want to go on; sessions 7 to 9 can be planned. */
export function continuationConfirmedEmail(
  p: Person,
  { otherName, url }: { otherName: string | null; url: string },
): EmailMessage {
  const t = translator(p.locale);
  return compose(p, "continuation-confirmed", t("continuation.confirmed.subject"), [
    { text: t("continuation.confirmed.intro", { name: otherName ?? t("someone") }) },
    { link: url, label: t("continuation.button") },
  ]);
}

/** To both: the pairing closes after the review session; the closing evaluation is open. */
export function continuationStoppedEmail(
  p: Person,
  { otherName, url }: { otherName: string | null; url: string },
): EmailMessage {
  const t = translator(p.locale);
  return compose(p, "continuation-stopped", t("continuation.stopped.subject"), [
    { text: t("continuation.stopped.intro", { name: otherName ?? t("someone") }) },
    { text: t("continuation.stopped.evaluation") },
    { link: url, label: t("continuation.stopped.button") },
  ]);
}
