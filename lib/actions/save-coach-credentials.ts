"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveCoachCredentials } from "../server/coaches/save-coach-credentials";
import { coachCredentialsSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function saveCoachCredentialsAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(coachCredentialsSchema, values, (input, user) =>
    saveCoachCredentials(db(), user, input),
  );
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
