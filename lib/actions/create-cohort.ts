"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { createCohort } from "../server/programmes/create-cohort";
import { FieldDomainError } from "../server/requests/field-error";
import { createCohortSchema } from "../validation/programmes";
import type { SaveResult } from "./create-programme";
import { refuseInvalidForm } from "./refuse-invalid-form";
import { runAction } from "./run-action";

/** A programme admin adds a cohort to a programme; a refusal about one field names it. */
export async function createCohortAction(values: unknown): Promise<SaveResult> {
  const invalid = await refuseInvalidForm(createCohortSchema, values);
  if (invalid) return invalid;
  let field: string | undefined;
  let id: string | undefined;
  const result = await runAction(createCohortSchema, values, async (input, user) => {
    try {
      id = (await createCohort(db(), user, input)).id;
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/admin/programmes");
    return { ...result, id };
  }
  return field ? { ...result, field } : result;
}
