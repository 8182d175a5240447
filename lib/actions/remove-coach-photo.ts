"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { removeCoachPhoto } from "../server/coaches/remove-coach-photo";
import { noInputSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function removeCoachPhotoAction(): Promise<ActionResult> {
  const result = await runAction(noInputSchema, {}, async (_input, user) => {
    await removeCoachPhoto(db(), user);
  });
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
