"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveCoachCoaching } from "../server/coaches/save-coach-coaching";
import { coachCoachingSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function saveCoachCoachingAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(coachCoachingSchema, values, (input, user) => saveCoachCoaching(db(), user, input));
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
