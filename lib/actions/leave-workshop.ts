"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { leaveWorkshop } from "../server/workshops/leave-workshop";
import { workshopIdSchema } from "../validation/workshops";
import { runAction, type ActionResult } from "./run-action";

/** The caller gives up their seat or their place on the waiting list. */
export async function leaveWorkshopAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(workshopIdSchema, values, async (input, user) => {
    await leaveWorkshop(db(), user, input);
  });
  if (result.ok) revalidatePath("/workshops");
  return result;
}
