// What proxy.ts refuses before a request reaches a page, a route or a server action: a malformed
// address, a body larger than the app accepts, a server action posted from another site (or from
// nowhere), a server-action body that cannot be decoded. Pure functions of the request's parts,
// so that every answer is a 400, 403, 404 or 413 rather than an error deep inside Next.

/**
 * The largest request body the app reads: next.config.ts's `serverActions.bodySizeLimit` and
 * `proxyClientMaxBodySize` (12 MB: a 10 MB credential document and its form).
 */
export const MAX_REQUEST_BYTES = 12 * 1024 * 1024;

/** Control characters (C0, DEL, C1): never part of an address, an id or a slug. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * What is wrong with a URL path, if anything: "malformed" when a segment's %-escapes do not
 * decode (answered 400), "control" when a decoded segment holds a control character such as NUL
 * (no such page or record: 404).
 */
export function pathProblem(pathname: string): "malformed" | "control" | null {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "malformed";
    }
    if (CONTROL.test(decoded)) return "control";
  }
  return null;
}

/** Whether the declared body is larger than the app reads (a body without a length is cut there by Next). */
export function bodyTooLarge(contentLength: string | null, limit = MAX_REQUEST_BYTES): boolean {
  if (!contentLength) return false;
  const bytes = Number(contentLength);
  return !Number.isFinite(bytes) || bytes > limit;
}

/**
 * The host a request was addressed to, as Next compares it with the Origin of a server action:
 * the first X-Forwarded-Host, else Host.
 */
export function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/**
 * Whether a POST to a page (a server action, called by the app's scripts with a Next-Action header
 * or by a plain form) may run: its Origin must name this app — the host the request was addressed
 * to, which is NEXTAUTH_URL's host in a correct deployment (`appUrl`), or that host itself. A
 * missing Origin (a hand-made request: browsers always send one with a POST), "null" (a sandboxed
 * or privacy-stripped context) or a malformed one is refused too; Next itself lets a missing one
 * through and answers a foreign one with a 500.
 */
export function originAllowed(headers: Headers, appUrl?: string): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = requestHost(headers);
  if (!host || originHost !== host) return false;
  if (!appUrl) return true;
  // Behind NEXTAUTH_URL's host, the Origin's scheme must be the app's too (no http page posting to https).
  try {
    const app = new URL(appUrl);
    return app.host !== originHost || app.protocol === new URL(origin).protocol;
  } catch {
    return true;
  }
}

/**
 * Whether a server action's body can be decoded. The app's scripts send the arguments as JSON (an
 * array) or, with files, as a multipart form; Next answers a URL-encoded body itself. Anything
 * else would fail inside Next with a 500.
 */
export async function actionBodyDecodes(request: Request): Promise<boolean> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  try {
    if (type === "multipart/form-data") {
      await request.formData();
      return true;
    }
    if (type === "application/x-www-form-urlencoded") return true;
    return Array.isArray(JSON.parse(await request.text()));
  } catch {
    return false;
  }
}
