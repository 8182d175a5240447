// E-mail texts come from the same catalogues as the UI, in the recipient's language.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";
import { escapeHtml } from "./compose";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

export function signInEmail(
  locale: Locale,
  { to, url, name }: { to: string; url: string; name: string | null },
): EmailMessage {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "email.signIn" });
  const greeting = name ? t("greetingNamed", { name }) : t("greeting");
  const lines = [greeting, "", t("intro"), "", url, "", t("expiry"), t("ignore")];
  return {
    kind: "sign-in-link" satisfies EmailKind,
    to,
    subject: t("subject"),
    text: lines.join("\n"),
    html:
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(t("intro"))}</p>` +
      `<p><a href="${escapeHtml(url)}">${escapeHtml(t("button"))}</a></p>` +
      `<p>${escapeHtml(t("expiry"))}<br>${escapeHtml(t("ignore"))}</p>`,
  };
}
