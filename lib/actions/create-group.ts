"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { createGroup } from "../server/groups/create-group";
import { createGroupSchema } from "../validation/groups";
import { runAction, type ActionResult } from "./run-action";

export async function createGroupAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(createGroupSchema, values, async (input, user) => {
    await createGroup(db(), user, input);
  });
  if (result.ok) revalidatePath("/groups", "layout");
  return result;
}
