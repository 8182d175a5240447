"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { updateProgramme } from "../server/programmes/update-programme";
import { updateProgrammeSchema } from "../validation/programmes";
import type { SaveResult } from "./create-programme";
import { runAction } from "./run-action";

/** A programme admin saves a programme's texts and settings; a refusal about one field names it. */
export async function updateProgrammeAction(values: unknown): Promise<SaveResult> {
  const result = await runAction(updateProgrammeSchema, values, (input, user) => updateProgramme(db(), user, input));
  if (result.ok) {
    revalidatePath("/admin/programmes");
    revalidatePath("/about");
  }
  return result;
}
