"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { removeResourceFile } from "../server/resources/remove-resource-file";
import { resourceIdSchema } from "../validation/resources";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin removes a resource's uploaded file (it becomes a draft until it has a link or file). */
export async function removeResourceFileAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(resourceIdSchema, values, (input, user) => removeResourceFile(db(), user, input));
  if (result.ok) {
    revalidatePath("/admin/resources", "layout");
    revalidatePath("/resources");
    revalidatePath("/engagements", "layout");
  }
  return result;
}
