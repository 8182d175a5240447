// E-mails about a person's place in a cohort, in the recipient's language (texts under
// "email.enrolment" in the catalogues): a freed seat offered, an offer lapsed, and the optional
// note to the person's supervisor when they join.
import { createTranslator } from "next-intl";
import { COACHING_FIGURES } from "../domain/session-plans";
import { INTL_LOCALES, type Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

type Named = { nameEn: string; nameFr: string };

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email.enrolment" });
}

function formatDeadline(date: Date, locale: Locale, timeZone = "UTC"): string {
  try {
    return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: "UTC",
      timeZoneName: "short",
    }).format(date);
  }
}

function compose(
  r: Recipient,
  kind: EmailKind,
  subject: string,
  blocks: EmailBlock[],
  greetingName: string | null = r.name,
): EmailMessage {
  const t = translator(r.locale);
  const greeting = greetingName ? t("greetingNamed", { name: greetingName }) : t("greeting");
  return composeEmail({ kind, to: r.to, subject, greeting, blocks, closing: t("signature") });
}

/** To the first person on the waiting list: a seat is theirs if they take it before the deadline. */
export function seatOfferedEmail(
  person: Recipient,
  { programme, cohort, expiresAt, url }: { programme: Named; cohort: Named; expiresAt: Date; url: string },
): EmailMessage {
  const t = translator(person.locale);
  const values = {
    programme: localized(programme, "name", person.locale),
    cohort: localized(cohort, "name", person.locale),
  };
  return compose(person, "seat-offered", t("offered.subject", values), [
    { text: t("offered.intro", values) },
    { text: t("offered.deadline", { date: formatDeadline(expiresAt, person.locale, person.timeZone) }) },
    { link: url, label: t("offered.button") },
    { text: t("offered.decline") },
  ]);
}

/** To a person whose seat offer lapsed unanswered. */
export function seatOfferLapsedEmail(
  person: Recipient,
  { programme, cohort, url }: { programme: Named; cohort: Named; url: string },
): EmailMessage {
  const t = translator(person.locale);
  const values = {
    programme: localized(programme, "name", person.locale),
    cohort: localized(cohort, "name", person.locale),
  };
  return compose(person, "seat-offer-lapsed", t("lapsed.subject", values), [
    { text: t("lapsed.intro", values) },
    { text: t("lapsed.again") },
    { link: url, label: t("lapsed.button") },
  ]);
}

/**
 * To the supervisor named by a person who joins (optional): a courtesy note, in the person's
 * language. Approval is not needed; sharing participation is recommended.
 */
export function supervisorInformedEmail(
  supervisor: { to: string; locale: Locale },
  {
    person,
    programme,
    cohort,
    waitlisted,
    coaching,
  }: {
    person: { name: string | null; email: string };
    programme: Named;
    cohort: Named;
    waitlisted: boolean;
    coaching: boolean;
  },
): EmailMessage {
  const t = translator(supervisor.locale);
  const who = person.name ? `${person.name} (${person.email})` : person.email;
  const values = {
    person: who,
    programme: localized(programme, "name", supervisor.locale),
    cohort: localized(cohort, "name", supervisor.locale),
  };
  return compose(
    { to: supervisor.to, name: null, locale: supervisor.locale },
    "supervisor-informed",
    t("supervisor.subject", { name: person.name || person.email, programme: values.programme }),
    [
      { text: t(waitlisted ? "supervisor.introWaitlisted" : "supervisor.intro", values) },
      { text: coaching ? t("supervisor.processCoaching", COACHING_FIGURES) : t("supervisor.processMentoring") },
      { text: t("supervisor.noApproval") },
      { text: t("supervisor.contact") },
    ],
  );
}
