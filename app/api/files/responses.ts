import { isDatabaseUnavailable } from "@/lib/db/errors";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/security/status-page";

// The answers of the file routes when there is no file to send, in the person's language (the
// language switch's cookie, else the browser's: a file route does not render a page).
const ANSWERS = {
  signIn: { status: 401, key: "fileSignIn" },
  notFound: { status: 404, key: "notFound" },
  unavailable: { status: 503, key: "serviceUnavailable" },
} as const;

export function fileAnswer(request: Request, kind: keyof typeof ANSWERS): Response {
  const { status, key } = ANSWERS[kind];
  const locale = requestLocale(request.headers.get("cookie"), request.headers.get("accept-language"));
  return new Response(messagesFor(locale).errors[key], {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...(kind === "unavailable" ? { "Retry-After": "5" } : {}),
    },
  });
}

/** A file route's work, answered 503 rather than 500 when the database cannot be reached. */
export async function unlessUnavailable(request: Request, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return fileAnswer(request, "unavailable");
    throw error;
  }
}
