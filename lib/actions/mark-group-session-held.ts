"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { markGroupSessionHeld } from "../server/groups/mark-group-session-held";
import { markGroupSessionHeldSchema } from "../validation/groups";
import { runAction, type ActionResult } from "./run-action";

export async function markGroupSessionHeldAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(markGroupSessionHeldSchema, values, async (input, user) => {
    await markGroupSessionHeld(db(), user, input);
  });
  if (result.ok) revalidatePath("/groups", "layout");
  return result;
}
