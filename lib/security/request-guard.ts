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
 * SCIM provisioning (app/scim/v2/**): machine-to-machine calls authenticated by a bearer token,
 * which send no Origin and are never server actions. proxy.ts does not apply its Origin and
 * server-action checks to them, nor its outage page: the routes answer in SCIM's JSON format.
 */
export function isScimPath(pathname: string): boolean {
  return pathname === "/scim" || pathname.startsWith("/scim/");
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

/** Values React writes inline in an action's arguments ("$$…" is a string that began with "$"). */
const INLINE_VALUE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|T$|D|n-?\d+$)/;
/** References to another part of a multipart body: "$<id>", "$@<id>", "$Q<id>", "$K<id>"… (ids in hex). */
const PART_REFERENCE = /^\$([@QWiAhBRrK]?)([0-9a-f]{1,8})$/;
/** Actions take forms of a few levels; Next's decoder would overflow its stack on thousands. */
const MAX_ARGUMENT_DEPTH = 32;

/**
 * Whether a server action's arguments, as React encodes them (`encodeReply`), can be decoded: a
 * JSON array at the root ("0" of a multipart body), nested at most MAX_ARGUMENT_DEPTH levels,
 * whose references to other parts (files, form data, outlined values) name parts that are there.
 */
function argumentsDecode(root: string, parts: FormData | null): boolean {
  const checked = new Set<string>();
  const json = (text: string, depth: number): unknown => {
    try {
      const value: unknown = JSON.parse(text);
      return valueDecodes(value, depth) ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const valueDecodes = (value: unknown, depth: number): boolean => {
    if (depth > MAX_ARGUMENT_DEPTH) return false;
    if (typeof value === "string") return stringDecodes(value, depth);
    if (Array.isArray(value)) return value.every((v) => valueDecodes(v, depth + 1));
    if (value && typeof value === "object") return Object.values(value).every((v) => valueDecodes(v, depth + 1));
    return true;
  };
  const stringDecodes = (value: string, depth: number): boolean => {
    if (!value.startsWith("$") || INLINE_VALUE.test(value)) return true;
    const reference = PART_REFERENCE.exec(value);
    if (!reference || !parts) return false;
    const [, kind, hex] = reference;
    const id = String(parseInt(hex, 16));
    // Form data is sent as parts named "<id>_<field>" (none when the form is empty).
    if (kind === "K") return true;
    const part = parts.get(id);
    if (part === null) return false;
    if (kind === "B" || kind === "A" || kind === "R" || kind === "r") return true;
    if (typeof part !== "string") return false;
    if (checked.has(id)) return true;
    checked.add(id);
    return json(part, depth + 1) !== undefined;
  };
  return Array.isArray(json(root, 0));
}

/**
 * Whether a server action's body can be decoded. The app's scripts send the arguments as JSON (an
 * array) or, with files, as a multipart form; Next answers a URL-encoded body itself. Anything
 * else (not JSON, a missing root, references to parts that are not there, thousands of levels)
 * would fail inside Next as a server error.
 */
export async function actionBodyDecodes(request: Request): Promise<boolean> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  try {
    if (type === "multipart/form-data") {
      const form = await request.formData();
      const root = form.get("0");
      return typeof root === "string" && argumentsDecode(root, form);
    }
    if (type === "application/x-www-form-urlencoded") return true;
    return argumentsDecode(await request.text(), null);
  } catch {
    return false;
  }
}
