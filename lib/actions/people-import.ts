"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../server/db";
import { applyInBackground } from "../server/people/import-apply";
import { confirmPeopleImport } from "../server/people/import-confirm";
import { previewPeopleImport } from "../server/people/import-preview";
import { ImportRefusal, type ImportRefusalCode } from "../server/people/import-refusal";
import { confirmPeopleImportSchema, previewPeopleImportSchema } from "../validation/people-import";
import { runAction, type ActionResult } from "./run-action";

/** Runs a verb, keeping an import's own refusal (a bad file, a missing confirmation) as a value. */
async function refusalOf(work: () => Promise<void>): Promise<ImportRefusalCode | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof ImportRefusal) return error.code;
    throw error;
  }
}

async function refused(code: ImportRefusalCode): Promise<ActionResult> {
  const t = await getTranslations("peopleImport.refusals");
  return { ok: false, error: t(code) };
}

/** Checks an uploaded HR file and shows its preview (nothing is written to the people). */
export async function previewPeopleImportAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  let importId: string | null = null;
  let refusal: ImportRefusalCode | null = null;
  const result = await runAction(previewPeopleImportSchema, { file: form.get("file") }, async (input, user) => {
    refusal = await refusalOf(async () => {
      importId = (await previewPeopleImport(db(), user, input)).id;
    });
  });
  if (refusal) return refused(refusal);
  if (!result.ok || !importId) return result;
  revalidatePath("/admin/people/import");
  redirect(`/admin/people/import/${importId}`);
}

/** The admin confirms a previewed file: it is applied in the background of the server. */
export async function confirmPeopleImportAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  let importId: string | null = null;
  let refusal: ImportRefusalCode | null = null;
  const values = {
    importId: form.get("importId"),
    fullList: form.get("fullList"),
    deactivations: form.get("deactivations"),
  };
  const result = await runAction(confirmPeopleImportSchema, values, async (input, user) => {
    refusal = await refusalOf(async () => {
      await confirmPeopleImport(db(), user, input);
      importId = input.importId;
    });
  });
  if (refusal) return refused(refusal);
  if (result.ok && importId) {
    void applyInBackground(db(), importId);
    revalidatePath(`/admin/people/import/${importId}`);
  }
  return result;
}
