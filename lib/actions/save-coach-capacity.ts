"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveCoachCapacity } from "../server/coaches/save-coach-capacity";
import { coachCapacitySchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function saveCoachCapacityAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(coachCapacitySchema, values, (input, user) => saveCoachCapacity(db(), user, input));
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
