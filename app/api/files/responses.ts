import { cleanFileName, kindOfContentType } from "@/lib/domain/credential-file";
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

/**
 * An uploaded document streamed to someone allowed to read it: its name cleaned as uploads are
 * (names stored before uploads were cleaned get the same treatment on the way out), shown `inline`
 * (the browser's viewer) or as an `attachment`, never cached, never sniffed, never referring.
 * `contentSecurityPolicy` is the route's own (what the viewer may load); `framedBySelfOnly` adds the
 * older browsers' X-Frame-Options for a document pages of the app show in a frame.
 */
export function storedFileAnswer(
  file: { stream: ReadableStream<Uint8Array>; size: number },
  document: { fileName: string; contentType: string },
  {
    disposition,
    contentSecurityPolicy,
    framedBySelfOnly = false,
  }: { disposition: "inline" | "attachment"; contentSecurityPolicy: string; framedBySelfOnly?: boolean },
): Response {
  const kind = kindOfContentType(document.contentType);
  const name = kind ? cleanFileName(document.fileName, kind) : "document";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(file.stream, {
    headers: {
      "Content-Type": document.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": contentSecurityPolicy,
      ...(framedBySelfOnly ? { "X-Frame-Options": "SAMEORIGIN" } : {}),
      "Referrer-Policy": "no-referrer",
    },
  });
}
