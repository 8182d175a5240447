"use server";
import { revalidatePath } from "next/cache";
import { createProgramme } from "../server/programmes/create-programme";
import { db } from "../server/db";
import { programmeSchema } from "../validation/programmes";
import { runAction, type ActionRefusal, type ActionResult } from "./run-action";

export type SaveResult = (ActionResult & { id?: string }) | ActionRefusal;

/** A programme admin creates a programme; a refusal about one field (the address) names it. */
export async function createProgrammeAction(values: unknown): Promise<SaveResult> {
  let id: string | undefined;
  const result = await runAction(programmeSchema, values, async (input, user) => {
    id = (await createProgramme(db(), user, input)).id;
  });
  if (!result.ok) return result;
  revalidatePath("/admin/programmes");
  revalidatePath("/about");
  return { ...result, id };
}
