"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveResource } from "../server/resources/save-resource";
import { saveResourceSchema } from "../validation/resources";
import { runAction, type ActionRefusal, type ActionResult } from "./run-action";

export type SaveResourceResult = (ActionResult & { id?: string }) | ActionRefusal;

/** A programme admin publishes a resource (no `resourceId`) or changes one; a refusal about one field names it. */
export async function saveResourceAction(values: unknown): Promise<SaveResourceResult> {
  let id: string | undefined;
  const result = await runAction(saveResourceSchema, values, async (input, user) => {
    id = (await saveResource(db(), user, input)).id;
  });
  if (!result.ok) return result;
  revalidatePath("/admin/resources", "layout");
  revalidatePath("/resources");
  revalidatePath("/engagements", "layout");
  return { ...result, id };
}
