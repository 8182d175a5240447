// E-mails about someone who left the organisation, in the recipient's language (texts under
// "people.email" in the catalogues): to the people who worked with them, and to programme admins.
import { createTranslator } from "next-intl";
import type { DepartureChannel, DepartureSummary } from "../domain/people-departure";
import type { Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type EmailBlock, type Recipient } from "./compose";
import type { EmailMessage } from "./outbox";

type Named = { nameEn: string; nameFr: string };

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "people.email" });
}

/** What the recipient shared with the person who left. */
export type SharedWork =
  | { kind: "engagement"; programme: Named }
  | { kind: "mission"; programme: Named }
  | { kind: "request"; programme: Named };

/** To a coach, client, mentor, mentee or mission party: the person they worked with has left, and what that ended. */
export function partnerLeftEmail(
  r: Recipient,
  { leaverName, shared, url }: { leaverName: string | null; shared: SharedWork; url: string },
): EmailMessage {
  const t = translator(r.locale);
  const values = { name: leaverName ?? t("someone"), programme: localized(shared.programme, "name", r.locale) };
  const blocks: EmailBlock[] = [
    { text: t(`partner.${shared.kind}`, values) },
    { text: t("partner.history") },
    { link: url, label: t("partner.button") },
  ];
  return composeEmail({
    kind: "person-left-partner",
    to: r.to,
    subject: t("partner.subject", values),
    greeting: r.name ? t("greetingNamed", { name: r.name }) : t("greeting"),
    blocks,
    closing: t("signature"),
  });
}

/** To a programme admin: who left, how it was recorded, and what it ended or freed. */
export function adminDepartureEmail(
  r: Recipient,
  {
    leaver,
    via,
    summary,
    url,
  }: { leaver: { name: string | null; email: string }; via: DepartureChannel; summary: DepartureSummary; url: string },
): EmailMessage {
  const t = translator(r.locale);
  const who = leaver.name ? `${leaver.name} (${leaver.email})` : leaver.email;
  return composeEmail({
    kind: "person-left-admin",
    to: r.to,
    subject: t("admin.subject", { name: leaver.name ?? leaver.email }),
    greeting: r.name ? t("greetingNamed", { name: r.name }) : t("greeting"),
    blocks: [
      { text: t("admin.intro", { person: who, via }) },
      {
        text: t("admin.summary", {
          requests: summary.requestsWithdrawn + summary.choicesDeclined,
          places: summary.placesReleased,
          seats: summary.seatsOffered,
          engagements: summary.engagementsEnded,
          missions: summary.missionsStopped,
        }),
      },
      { link: url, label: t("admin.button") },
    ],
    closing: t("signature"),
  });
}
