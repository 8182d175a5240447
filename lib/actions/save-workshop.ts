"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveWorkshop } from "../server/workshops/save-workshop";
import { saveWorkshopSchema } from "../validation/workshops";
import { runAction, type ActionRefusal, type ActionResult } from "./run-action";

export type SaveWorkshopResult = (ActionResult & { id?: string }) | ActionRefusal;

/** A programme admin publishes a workshop (no `workshopId`) or changes one; a refusal about one field names it. */
export async function saveWorkshopAction(values: unknown): Promise<SaveWorkshopResult> {
  let id: string | undefined;
  const result = await runAction(saveWorkshopSchema, values, async (input, user) => {
    id = (await saveWorkshop(db(), user, input)).id;
  });
  if (!result.ok) return result;
  revalidatePath("/admin/workshops", "layout");
  revalidatePath("/workshops");
  return { ...result, id };
}
