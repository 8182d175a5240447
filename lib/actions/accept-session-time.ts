"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { acceptSessionTime } from "../server/sessions/accept-session-time";
import { sessionIdSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

/** Accepts the time the other person proposed. */
export async function acceptSessionTimeAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(sessionIdSchema, values, async (input, user) => {
    ({ engagementId } = await acceptSessionTime(db(), user, input));
  });
  if (result.ok) revalidatePath(`/engagements/${engagementId}`);
  return result;
}
