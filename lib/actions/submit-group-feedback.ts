"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { submitGroupFeedback } from "../server/groups/submit-group-feedback";
import { groupFeedbackSchema } from "../validation/groups";
import { runAction, type ActionResult } from "./run-action";

export async function submitGroupFeedbackAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(groupFeedbackSchema, values, async (input, user) => {
    await submitGroupFeedback(db(), user, input);
  });
  if (result.ok) revalidatePath("/groups", "layout");
  return result;
}
