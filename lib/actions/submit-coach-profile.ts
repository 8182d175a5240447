"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { submitCoachProfile } from "../server/coaches/submit-coach-profile";
import { submitCoachProfileSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function submitCoachProfileAction(): Promise<ActionResult> {
  const result = await runAction(submitCoachProfileSchema, {}, async (_input, user) => {
    await submitCoachProfile(db(), user);
  });
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
