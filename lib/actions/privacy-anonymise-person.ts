"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "../env";
import { db } from "../server/db";
import { anonymisePerson } from "../server/privacy/anonymise-person";
import { PrivacyRefusal } from "../server/privacy/privacy-refusal";
import { fileStorage } from "../server/storage/file-storage";
import { anonymisePersonSchema } from "./privacy-schemas";
import { formToObject, runAction, type ActionResult } from "./run-action";

/**
 * An admin erases a person who left more than the retention period ago. A refusal of the erasure
 * rules (not left, too early, already erased) comes back in the admin's language; success goes
 * back to the list, which says it was done.
 */
export async function anonymisePersonAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  let refusal: PrivacyRefusal | undefined;
  const result = await runAction(anonymisePersonSchema, formToObject(form), async (input, user) => {
    try {
      await anonymisePerson(db(), user, input, {
        storage: fileStorage(),
        retentionDays: env().RETENTION_DAYS_AFTER_LEAVING,
      });
    } catch (error) {
      if (!(error instanceof PrivacyRefusal)) throw error;
      refusal = error;
    }
  });
  if (refusal) {
    const [t, locale] = await Promise.all([getTranslations("privacy.refusals"), getLocale()]);
    const date = refusal.erasableFrom?.toLocaleDateString(locale, { dateStyle: "long", timeZone: "UTC" }) ?? "";
    return { ok: false, error: t(refusal.code, { date }) };
  }
  if (!result.ok) return result;
  revalidatePath("/admin/people/retention");
  redirect("/admin/people/retention?erased=1");
}
