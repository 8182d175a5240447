// The pages proxy.ts answers with by itself, without rendering the app (the database may be out of
// reach): a translated 400, 403, 404, 413 or 503, as a small HTML page for a person, as plain text
// for a server action called by the app's scripts (Next shows a text/plain error's body as the
// error's message).
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "../i18n/config";
import { messagesFor } from "../i18n/messages";

export type StatusKind = "badRequest" | "forbidden" | "notFound" | "payloadTooLarge" | "serviceUnavailable";

export const STATUS_CODES: Record<StatusKind, number> = {
  badRequest: 400,
  forbidden: 403,
  notFound: 404,
  payloadTooLarge: 413,
  serviceUnavailable: 503,
};

/** The language of a request that cannot ask the database: the switch's cookie, then the browser's. */
export function requestLocale(cookieHeader: string | null, acceptLanguage: string | null): Locale {
  const chosen = (cookieHeader ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(chosen)) return chosen;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The code, title and sentence of a status in `locale`. */
export function statusTexts(kind: StatusKind, locale: Locale): { code: string; title: string; lead: string } {
  const m = messagesFor(locale);
  const e = m.errors;
  switch (kind) {
    case "badRequest":
      return { code: e.badRequestCode, title: e.badRequestTitle, lead: e.badRequestLead };
    case "forbidden":
      return { code: m.forbidden.code, title: m.forbidden.title, lead: e.originRefused };
    case "notFound":
      return { code: m.notFound.code, title: m.notFound.title, lead: m.notFound.lead };
    case "payloadTooLarge":
      return { code: e.payloadTooLargeCode, title: e.payloadTooLargeTitle, lead: e.payloadTooLargeLead };
    case "serviceUnavailable":
      return { code: e.serviceUnavailableCode, title: e.serviceUnavailableTitle, lead: e.serviceUnavailableLead };
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `body{margin:0;background:#f8fafc;color:#0f172a;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
header{background:#fff;border-bottom:1px solid #e2e8f0;padding:.75rem 1rem}header a{color:#08568f;font-weight:700;font-size:1.25rem;text-decoration:none}
main{max-width:36rem;margin:2rem auto;padding:2rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 2px rgb(0 0 0/.05);text-align:center}
.code{margin:0;font-size:.875rem;font-weight:600;letter-spacing:.05em;text-transform:uppercase;color:#b45309}
h1{margin:.5rem 0 0;font-size:1.5rem}p.lead{color:#475569}
a.button{display:inline-block;margin-top:1rem;border-radius:.25rem;background:#0a6ab3;color:#fff;padding:.5rem 1rem;font-weight:500;text-decoration:none}`;

/**
 * A status as a small, self-contained page: no script, no database, nothing from the build.
 * `retryHref` (the 503's "Try again") links back to the page asked for; otherwise home.
 */
export function statusPage(kind: StatusKind, locale: Locale, retryHref?: string): string {
  const { code, title, lead } = statusTexts(kind, locale);
  const m = messagesFor(locale);
  const link = retryHref
    ? `<a class="button" href="${escapeHtml(retryHref)}">${escapeHtml(m.errors.retry)}</a>`
    : `<a class="button" href="/">${escapeHtml(m.common.backHome)}</a>`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(m.common.appName)}</title><style>${STYLE}</style></head>
<body><header><a href="/">${escapeHtml(m.common.appName)}</a></header>
<main id="main"><p class="code">${escapeHtml(code)}</p><h1>${escapeHtml(title)}</h1><p class="lead">${escapeHtml(lead)}</p>${link}</main></body></html>`;
}

/** The headers every status answer carries: never stored, nothing it could load or run. */
export function statusHeaders(contentType: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
}
