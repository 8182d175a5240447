"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { scheduleGroupSession } from "../server/groups/schedule-group-session";
import { scheduleGroupSessionSchema } from "../validation/groups";
import { runAction, type ActionResult } from "./run-action";

export async function scheduleGroupSessionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(scheduleGroupSessionSchema, values, async (input, user) => {
    await scheduleGroupSession(db(), user, input);
  });
  if (result.ok) revalidatePath("/groups", "layout");
  return result;
}
