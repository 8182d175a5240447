import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isDatabaseUnavailable } from "../db/errors";
import { databaseUnavailableSince } from "../db/health";
import { getCurrentUser, type CurrentUser } from "../server/auth/current-user";
import { DomainError, FieldDomainError } from "../server/errors";

/**
 * What an action answers. A refusal about particular fields names them: `field` is the first one
 * (the form focuses it), `fieldErrors` the first message for each, in the caller's language.
 */
export type ActionRefusal =
  { ok: false; error: string } | { ok: false; error: string; field: string; fieldErrors: Record<string, string> };
export type ActionResult = { ok: true; message?: string } | ActionRefusal;

type Translate = Awaited<ReturnType<typeof getTranslations<"errors">>>;

/**
 * The one path every server action takes: who is calling (signed in, not disabled), input
 * parsed with the form's own schema, then the domain verb (which checks the permission).
 * Values that fail the schema come back with the message of each field; expected refusals come
 * back as a message in the caller's language (beside their field when they name one); a database
 * that cannot be reached says so (nothing was done, nothing typed is lost); anything else is
 * logged and becomes a generic message.
 */
export async function runAction<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  verb: (input: z.output<S>, user: CurrentUser) => Promise<unknown>,
): Promise<ActionResult> {
  const t = await getTranslations("errors");
  // While the database is known to be unreachable, nothing is tried (the probe watches for its return).
  if (databaseUnavailableSince() !== null) return { ok: false, error: t("serviceUnavailable") };
  try {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: t("signedOut") };
    // PostgreSQL cannot store a NUL character in text: no form sends one.
    if (containsNul(raw)) return { ok: false, error: t("invalidInput") };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return refusalOf(parsed.error, t);
    await verb(parsed.data, user);
    return { ok: true };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, error: t("serviceUnavailable") };
    if (error instanceof FieldDomainError) {
      const message = translated(t, error.code, "generic");
      return { ok: false, error: message, field: error.field, fieldErrors: { [error.field]: message } };
    }
    if (error instanceof DomainError) return { ok: false, error: translated(t, error.code, "generic") };
    console.error("[action]", error);
    return { ok: false, error: t("generic") };
  }
}

/** An "errors" catalogue key in the caller's language, or `fallback`'s message for anything else. */
function translated(t: Translate, key: string, fallback: "generic" | "invalidInput"): string {
  return t.has(key as never) ? t(key as never) : t(fallback);
}

/**
 * The first message of each field that failed the schema (zod messages are "errors" keys), keyed
 * by the field's name (the last named step of its path: `values.slug` → `slug`, `sessionIds.0` →
 * `sessionIds`). `field` is the first field named, `error` its message.
 */
export function refusalOf(zodError: z.ZodError, t: Translate): ActionRefusal {
  const fieldErrors: Record<string, string> = {};
  for (const issue of zodError.issues) {
    const field = issue.path.findLast((step): step is string => typeof step === "string");
    if (field && !(field in fieldErrors)) fieldErrors[field] = translated(t, issue.message, "invalidInput");
  }
  const [field] = Object.keys(fieldErrors);
  if (!field) return { ok: false, error: translated(t, zodError.issues[0]?.message ?? "", "invalidInput") };
  return { ok: false, error: fieldErrors[field], field, fieldErrors };
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 8 || value === null || typeof value !== "object") return false;
  if (value instanceof Blob) return false;
  return Object.entries(value).some(([key, v]) => key.includes("\u0000") || containsNul(v, depth + 1));
}

export function formToObject(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
}
