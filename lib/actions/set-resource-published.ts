"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { setResourcePublished } from "../server/resources/set-resource-published";
import { setResourcePublishedSchema } from "../validation/resources";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin unpublishes a resource, or publishes it again. */
export async function setResourcePublishedAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(setResourcePublishedSchema, values, (input, user) =>
    setResourcePublished(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/admin/resources", "layout");
    revalidatePath("/resources");
    revalidatePath("/engagements", "layout");
  }
  return result;
}
