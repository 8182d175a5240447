// E-mails of the fit check, in the recipient's language (texts under "email.fitCheck" in the
// catalogues): the engagement ended after the introduction because the pairing does not fit.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type Recipient } from "./compose";
import type { EmailMessage } from "./outbox";

type Person = Omit<Recipient, "timeZone">;

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "email.fitCheck" });
}

/**
 * To each of the two people: the pairing ended as not a fit. The client (mentee) is sent back to
 * choosing (their seat in the cohort is kept); the coach (mentor) is told their place is free again.
 * Nobody is told who said no nor any comment.
 */
export function notAFitEmail(
  p: Person,
  {
    otherName,
    side,
    kind,
    url,
  }: { otherName: string | null; side: "client" | "coach"; kind: "coach" | "mentor"; url: string },
): EmailMessage {
  const t = translator(p.locale);
  const name = otherName ?? t("someone");
  const greeting = p.name ? t("greetingNamed", { name: p.name }) : t("greeting");
  const blocks =
    side === "client"
      ? [
          { text: t("intro", { name }) },
          { text: t(`client.${kind}`) },
          { link: url, label: t(`client.button.${kind}`) },
        ]
      : [{ text: t("intro", { name }) }, { text: t(`coach.${kind}`) }, { link: url, label: t("coach.button") }];
  return composeEmail({
    kind: "fit-check-not-a-fit",
    to: p.to,
    subject: t("subject"),
    greeting,
    blocks,
    closing: t("signature"),
  });
}
