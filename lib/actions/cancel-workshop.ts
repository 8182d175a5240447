"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { cancelWorkshop } from "../server/workshops/cancel-workshop";
import { workshopIdSchema } from "../validation/workshops";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin cancels a workshop. */
export async function cancelWorkshopAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(workshopIdSchema, values, (input, user) => cancelWorkshop(db(), user, input));
  if (result.ok) {
    revalidatePath("/admin/workshops", "layout");
    revalidatePath("/workshops");
  }
  return result;
}
