"use server";
import { revalidatePath } from "next/cache";
import { createProgramme } from "../server/programmes/create-programme";
import { db } from "../server/db";
import { FieldDomainError } from "../server/requests/field-error";
import { programmeSchema } from "../validation/programmes";
import { refuseInvalidForm } from "./refuse-invalid-form";
import { runAction, type ActionResult } from "./run-action";

export type SaveResult = (ActionResult & { id?: string }) | { ok: false; error: string; field: string };

/** A programme admin creates a programme; a refusal about one field (the address) names it. */
export async function createProgrammeAction(values: unknown): Promise<SaveResult> {
  const invalid = await refuseInvalidForm(programmeSchema, values);
  if (invalid) return invalid;
  let field: string | undefined;
  let id: string | undefined;
  const result = await runAction(programmeSchema, values, async (input, user) => {
    try {
      id = (await createProgramme(db(), user, input)).id;
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/admin/programmes");
    revalidatePath("/about");
    return { ...result, id };
  }
  return field ? { ...result, field } : result;
}
