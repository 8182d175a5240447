"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { createCohort } from "../server/programmes/create-cohort";
import { createCohortSchema } from "../validation/programmes";
import type { SaveResult } from "./create-programme";
import { runAction } from "./run-action";

/** A programme admin adds a cohort to a programme; a refusal about one field names it. */
export async function createCohortAction(values: unknown): Promise<SaveResult> {
  let id: string | undefined;
  const result = await runAction(createCohortSchema, values, async (input, user) => {
    id = (await createCohort(db(), user, input)).id;
  });
  if (!result.ok) return result;
  revalidatePath("/admin/programmes");
  return { ...result, id };
}
