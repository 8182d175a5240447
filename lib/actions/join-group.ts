"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { joinGroup } from "../server/groups/join-group";
import { joinGroupSchema } from "../validation/groups";
import { runAction, type ActionResult } from "./run-action";

export async function joinGroupAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(joinGroupSchema, values, async (input, user) => {
    await joinGroup(db(), user, input);
  });
  if (result.ok) revalidatePath("/groups", "layout");
  return result;
}
