"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { markSessionMissed } from "../server/sessions/mark-session-missed";
import { sessionIdSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

/** Notes that an agreed session did not take place. */
export async function markSessionMissedAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(sessionIdSchema, values, async (input, user) => {
    ({ engagementId } = await markSessionMissed(db(), user, input));
  });
  if (result.ok) revalidatePath(`/engagements/${engagementId}`);
  return result;
}
