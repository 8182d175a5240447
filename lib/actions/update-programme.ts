"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { updateProgramme } from "../server/programmes/update-programme";
import { FieldDomainError } from "../server/requests/field-error";
import { updateProgrammeSchema } from "../validation/programmes";
import type { SaveResult } from "./create-programme";
import { refuseInvalidForm } from "./refuse-invalid-form";
import { runAction } from "./run-action";

/** A programme admin saves a programme's texts and settings; a refusal about one field names it. */
export async function updateProgrammeAction(values: unknown): Promise<SaveResult> {
  const invalid = await refuseInvalidForm(updateProgrammeSchema, values);
  if (invalid) return invalid;
  let field: string | undefined;
  const result = await runAction(updateProgrammeSchema, values, async (input, user) => {
    try {
      await updateProgramme(db(), user, input);
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/admin/programmes");
    revalidatePath("/about");
    return result;
  }
  return field ? { ...result, field } : result;
}
