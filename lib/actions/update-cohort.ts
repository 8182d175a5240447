"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { updateCohort } from "../server/programmes/update-cohort";
import { updateCohortSchema } from "../validation/programmes";
import type { SaveResult } from "./create-programme";
import { runAction } from "./run-action";

/** A programme admin changes a cohort; a refusal about one field (seats, status) names it. */
export async function updateCohortAction(values: unknown): Promise<SaveResult> {
  const result = await runAction(updateCohortSchema, values, (input, user) => updateCohort(db(), user, input));
  if (result.ok) {
    revalidatePath("/admin/programmes");
    revalidatePath("/admin/cohorts/[id]", "page");
  }
  return result;
}
