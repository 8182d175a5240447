// The one layout every Binôme e-mail shares: a greeting, blocks of text, quotes and links,
// a closing line; written as plain text and as simple, escaped HTML.
import type { Locale } from "../i18n/config";
import type { EmailKind } from "./email-kinds";
import type { EmailMessage } from "./outbox";

/** Who an e-mail goes to: their address, their name, the language they read and their time zone (for times). */
export type Recipient = { to: string; name: string | null; locale: Locale; timeZone?: string };

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type EmailBlock = { text: string } | { quote: string } | { link: string; label: string };

export function composeEmail(e: {
  kind: EmailKind;
  to: string;
  subject: string;
  greeting: string;
  blocks: EmailBlock[];
  closing?: string;
}): EmailMessage {
  const text = [e.greeting, ""];
  const html = [`<p>${escapeHtml(e.greeting)}</p>`];
  for (const b of e.blocks) {
    if ("text" in b) {
      text.push(b.text, "");
      html.push(`<p>${escapeHtml(b.text)}</p>`);
    } else if ("quote" in b) {
      text.push(...b.quote.split("\n").map((line) => `> ${line}`), "");
      html.push(
        `<blockquote style="border-left:3px solid #0a6ab3;margin:0 0 1em;padding:0 0 0 12px">${escapeHtml(b.quote).replace(/\n/g, "<br>")}</blockquote>`,
      );
    } else {
      text.push(b.link, "");
      html.push(`<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`);
    }
  }
  if (e.closing) {
    text.push(e.closing);
    html.push(`<p>${escapeHtml(e.closing)}</p>`);
  }
  return { kind: e.kind, to: e.to, subject: e.subject, text: text.join("\n").trimEnd(), html: html.join("") };
}
