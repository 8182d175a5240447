"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { submitSessionFeedback } from "../server/feedback/submit-session-feedback";
import { sessionFeedbackSchema } from "../validation/feedback";
import { runAction, type ActionResult } from "./run-action";

/** The caller's one-minute evaluation of a completed session of their own engagement. */
export async function submitSessionFeedbackAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(sessionFeedbackSchema, values, async (input, user) => {
    engagementId = input.engagementId;
    await submitSessionFeedback(db(), user, input);
  });
  if (result.ok && engagementId) {
    revalidatePath(`/engagements/${engagementId}`);
    revalidatePath("/");
  }
  return result;
}
