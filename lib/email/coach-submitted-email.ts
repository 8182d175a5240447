// To each HR reviewer when a coach submits their registration: credentials wait for review.
// In the reviewer's own language, from the same catalogues as the UI.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { escapeHtml } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

export function coachSubmittedEmail(
  locale: Locale,
  { to, reviewerName, coachName, url }: { to: string; reviewerName: string | null; coachName: string; url: string },
): EmailMessage {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "coachProfile.email" });
  const greeting = reviewerName ? t("greetingNamed", { name: reviewerName }) : t("greeting");
  const intro = t("intro", { coach: coachName });
  return {
    kind: "coach-submitted" satisfies EmailKind,
    to,
    subject: t("subject", { coach: coachName }),
    text: [greeting, "", intro, "", url, "", t("outro")].join("\n"),
    html:
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>` +
      `<p><a href="${escapeHtml(url)}">${escapeHtml(t("button"))}</a></p>` +
      `<p>${escapeHtml(t("outro"))}</p>`,
  };
}
