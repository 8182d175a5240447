import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";

/**
 * When a form's values fail its schema on the server (the browser's check was bypassed or
 * outdated), the first problem in the person's language and the field it is about, rather than
 * runAction's general "not valid" message. Null when the values pass.
 */
export async function refuseInvalidForm(
  schema: z.ZodType,
  values: unknown,
): Promise<{ ok: false; error: string; field: string } | null> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return null;
  const t = await getTranslations("errors");
  const issue = parsed.error.issues[0];
  const key = issue.message;
  return {
    ok: false,
    error: t.has(key as never) ? t(key as never) : t("invalidInput"),
    field: String(issue.path.at(-1) ?? ""),
  };
}
