import { type NextRequest, NextResponse } from "next/server";
import { databaseUnavailableSince } from "./lib/db/health";
import { messagesFor } from "./lib/i18n/messages";
import { contentSecurityPolicy } from "./lib/security/csp";
import { actionBodyDecodes, bodyTooLarge, isScimPath, originAllowed, pathProblem } from "./lib/security/request-guard";
import {
  requestLocale,
  STATUS_CODES,
  statusHeaders,
  statusPage,
  statusTexts,
  type StatusKind,
} from "./lib/security/status-page";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
/** Seconds a client should wait before asking again while the database is out of reach. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Every request but static files passes here first (Node runtime, in the server's own process):
 * - a malformed address (a %-escape that does not decode: 400; a control character such as NUL: 404),
 *   a body larger than the app reads (413), a POST to a page whose Origin is missing or foreign
 *   (403: server actions run only for the app's own pages), a server action whose body cannot be
 *   decoded (400) are answered here, in the person's language, instead of failing inside Next;
 * - while the database cannot be reached (lib/db/health.ts), pages and actions get a 503 that says
 *   so, without rendering anything (the session stays valid; nothing is signed out);
 * - otherwise the page gets its Content-Security-Policy nonce and, when signed in, no-store.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = new URL(request.url);
  const isAction = request.method === "POST" && request.headers.has("next-action");
  const refuse = (kind: StatusKind, extra: Record<string, string> = {}) =>
    answer(request, kind, isAction, `${pathname}${search}`, extra);

  const problem = pathProblem(pathname);
  if (problem) return refuse(problem === "malformed" ? "badRequest" : "notFound");
  if (bodyTooLarge(request.headers.get("content-length"))) return refuse("payloadTooLarge");
  // Health checks answer for themselves, a database outage included (app/api/health/**): a load
  // balancer reads their JSON, not a page. (Every request already carries its X-Request-Id, set
  // by scripts/server-lifecycle.cjs before Next sees it.)
  if (pathname === "/api/health" || pathname.startsWith("/api/health/")) return NextResponse.next();
  // SCIM clients (a bearer token, no Origin, never a server action) get SCIM's JSON answers from
  // the routes themselves, an outage's 503 included (lib/security/request-guard.ts, isScimPath).
  if (isScimPath(pathname)) return NextResponse.next();
  if (request.method === "POST" && !pathname.startsWith("/api/")) {
    if (!originAllowed(request.headers, process.env.NEXTAUTH_URL)) return refuse("forbidden");
    if (isAction && !(await actionBodyDecodes(request.clone()))) return refuse("badRequest");
  }
  if (databaseUnavailableSince() !== null) {
    return refuse("serviceUnavailable", { "Retry-After": String(RETRY_AFTER_SECONDS) });
  }

  // Files set their own headers (credential documents are framed by the HR review page).
  if (pathname.startsWith("/api/files/")) return NextResponse.next();
  // 128 random bits, 24 characters: the nonce is repeated on every script tag of the page.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Pages seen while signed in are personal: never stored by browsers or proxies.
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    response.headers.set("Cache-Control", "private, no-store, max-age=0");
  }
  return response;
}

/**
 * A status answer in the person's language: a page for a person; for a server action called by
 * the app's scripts, the 503 is an action result the form shows in place (what was typed stays),
 * and other refusals are plain text (Next shows that text as the error's message).
 */
function answer(
  request: NextRequest,
  kind: StatusKind,
  isAction: boolean,
  href: string,
  extra: Record<string, string>,
) {
  const locale = requestLocale(request.headers.get("cookie"), request.headers.get("accept-language"));
  const status = STATUS_CODES[kind];
  if (isAction && kind === "serviceUnavailable") {
    // The row Next's client reads an action's result from ({ a: result }), as React's flight format writes it.
    // (A string starting with "$" would be read as a reference: React escapes it as "$$".)
    const refusal = { ok: false, error: messagesFor(locale).errors.serviceUnavailable.replace(/^\$/, "$$$$") };
    const body = `0:${JSON.stringify({ a: refusal })}\n`;
    return new Response(body, { status, headers: { ...statusHeaders("text/x-component"), ...extra } });
  }
  if (isAction) {
    const { lead } = statusTexts(kind, locale);
    return new Response(lead, { status, headers: { ...statusHeaders("text/plain"), ...extra } });
  }
  const retry = kind === "serviceUnavailable" && request.method === "GET" ? href : undefined;
  const body = request.method === "HEAD" ? null : statusPage(kind, locale, retry);
  return new Response(body, { status, headers: { ...statusHeaders("text/html; charset=utf-8"), ...extra } });
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
