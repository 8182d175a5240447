"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { updateCohort } from "../server/programmes/update-cohort";
import { FieldDomainError } from "../server/requests/field-error";
import { updateCohortSchema } from "../validation/programmes";
import type { SaveResult } from "./create-programme";
import { refuseInvalidForm } from "./refuse-invalid-form";
import { runAction } from "./run-action";

/** A programme admin changes a cohort; a refusal about one field (seats, status) names it. */
export async function updateCohortAction(values: unknown): Promise<SaveResult> {
  const invalid = await refuseInvalidForm(updateCohortSchema, values);
  if (invalid) return invalid;
  let field: string | undefined;
  const result = await runAction(updateCohortSchema, values, async (input, user) => {
    try {
      await updateCohort(db(), user, input);
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/admin/programmes");
    revalidatePath("/admin/cohorts/[id]", "page");
    return result;
  }
  return field ? { ...result, field } : result;
}
