"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { withdrawFromCohort } from "../server/enrolment/withdraw-from-cohort";
import { cohortPlaceSchema } from "../validation/enrolment";
import { formToObject, runAction, type ActionResult } from "./run-action";

export async function withdrawFromCohortAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(cohortPlaceSchema, formToObject(form), (input, user) =>
    withdrawFromCohort(db(), user, input),
  );
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
