"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { cancelSession } from "../server/sessions/cancel-session";
import { sessionIdSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

/** Cancels a session's agreed or proposed time. */
export async function cancelSessionAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(sessionIdSchema, values, async (input, user) => {
    ({ engagementId } = await cancelSession(db(), user, input));
  });
  if (result.ok) revalidatePath(`/engagements/${engagementId}`);
  return result;
}
