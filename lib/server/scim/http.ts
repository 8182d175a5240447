import "server-only";
import { isDatabaseUnavailable } from "../../db/errors";
import { databaseUnavailableSince } from "../../db/health";
import { SCIM_MAX_BODY_BYTES } from "../../domain/scim-discovery";
import { scimErrorBody, ScimError } from "../../domain/scim-user";
import { appUrl } from "../app-url";
import { db } from "../db";
import { authenticateScimClient } from "./authenticate-scim-client";
import type { ScimClient } from "./scim-person";

// The HTTP side of the SCIM routes (app/scim/v2/**): every answer is application/scim+json, every
// refusal RFC 7644 §3.12's error body with its status, never a page.

export const SCIM_CONTENT_TYPE = "application/scim+json; charset=utf-8";

/** The SCIM root, as clients are told to use it: <NEXTAUTH_URL>/scim/v2. */
export const scimBaseUrl = () => appUrl("/scim/v2");

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

export function scimErrorResponse(error: ScimError): Response {
  const headers: Record<string, string> = {};
  if (error.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="Binome SCIM"';
  if (error.status === 503 || error.status === 429) headers["Retry-After"] = error.status === 503 ? "5" : "60";
  return scimJson(scimErrorBody(error), error.status, headers);
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * Runs a SCIM route: the client authenticated first (unless `open`: the discovery endpoints), then
 * the work. Refusals become SCIM errors; an unreachable database a 503; a uniqueness race that
 * slipped past the verb's checks a 409; anything unexpected is logged and a SCIM 500.
 */
export async function scimRoute(
  request: Request,
  work: (client: ScimClient) => Promise<Response>,
  options: { open?: boolean } = {},
): Promise<Response> {
  try {
    if (databaseUnavailableSince() !== null) throw new ScimError(503, "The service is unavailable for a moment.");
    const client = options.open
      ? { tokenId: null, name: "anonymous" }
      : await authenticateScimClient(db(), request.headers);
    return await work(client);
  } catch (error) {
    if (error instanceof ScimError) return scimErrorResponse(error);
    if (isDatabaseUnavailable(error))
      return scimErrorResponse(new ScimError(503, "The service is unavailable for a moment."));
    if (isUniqueViolation(error))
      return scimErrorResponse(new ScimError(409, "A unique attribute is already in use.", "uniqueness"));
    console.error("[scim]", error);
    return scimErrorResponse(new ScimError(500, "The request could not be completed."));
  }
}

/** A request's JSON body: at most SCIM_MAX_BODY_BYTES (413 beyond), a JSON value (400 otherwise). */
export async function readScimBody(request: Request): Promise<unknown> {
  const tooLarge = () => new ScimError(413, `The body is larger than ${SCIM_MAX_BODY_BYTES} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > SCIM_MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > SCIM_MAX_BODY_BYTES) throw tooLarge();
  if (!text.trim()) throw new ScimError(400, "The body is empty: a JSON object is expected.", "invalidSyntax");
  try {
    return JSON.parse(text);
  } catch {
    throw new ScimError(400, "The body is not valid JSON.", "invalidSyntax");
  }
}
