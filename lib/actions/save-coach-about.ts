"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveCoachAbout } from "../server/coaches/save-coach-about";
import { coachAboutSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function saveCoachAboutAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(coachAboutSchema, values, (input, user) => saveCoachAbout(db(), user, input));
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
