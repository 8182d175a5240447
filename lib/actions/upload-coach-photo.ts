"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { uploadCoachPhoto } from "../server/coaches/upload-coach-photo";
import { uploadFileSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function uploadCoachPhotoAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(uploadFileSchema, { file: form.get("file") }, async (input, user) => {
    await uploadCoachPhoto(db(), user, input);
  });
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
