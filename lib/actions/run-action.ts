import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "../server/auth/current-user";
import { DomainError } from "../server/errors";

export type ActionResult = { ok: true; message?: string } | { ok: false; error: string };

/**
 * The one path every server action takes: who is calling (signed in, not disabled), input
 * parsed with the form's own schema, then the domain verb (which checks the permission).
 * Expected refusals come back as a message in the caller's language; anything else is logged
 * and becomes a generic message.
 */
export async function runAction<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  verb: (input: z.output<S>, user: CurrentUser) => Promise<void>,
): Promise<ActionResult> {
  const t = await getTranslations("errors");
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: t("signedOut") };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: t("invalidInput") };
  try {
    await verb(parsed.data, user);
    return { ok: true };
  } catch (error) {
    if (error instanceof DomainError)
      return { ok: false, error: t.has(error.code as never) ? t(error.code as never) : t("generic") };
    console.error("[action]", error);
    return { ok: false, error: t("generic") };
  }
}

export function formToObject(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
}
