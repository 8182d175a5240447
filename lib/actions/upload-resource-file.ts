"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { uploadResourceFile } from "../server/resources/upload-resource-file";
import { uploadResourceFileSchema } from "../validation/resources";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin uploads a resource's file (it replaces the link or the earlier file). */
export async function uploadResourceFileAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(
    uploadResourceFileSchema,
    { file: form.get("file"), resourceId: form.get("resourceId") },
    (input, user) => uploadResourceFile(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/admin/resources", "layout");
    revalidatePath("/resources");
    revalidatePath("/engagements", "layout");
  }
  return result;
}
