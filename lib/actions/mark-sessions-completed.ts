"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { markSessionsCompleted } from "../server/sessions/mark-sessions-completed";
import { markSessionsCompletedSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

/** Marks the chosen sessions of an engagement as held (also those booked in Outlook or Teams). */
export async function markSessionsCompletedAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(markSessionsCompletedSchema, values, async (input, user) => {
    ({ engagementId } = await markSessionsCompleted(db(), user, input));
  });
  if (result.ok) {
    revalidatePath(`/engagements/${engagementId}`);
    revalidatePath("/engagements");
  }
  return result;
}
