"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { proposeSessionTime } from "../server/sessions/propose-session-time";
import { proposeSessionSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

export type ProposeSessionResult = ActionResult;

/** Proposes a time for a session; a refusal about one field (time, zone, link or place) names it. */
export async function proposeSessionTimeAction(values: unknown): Promise<ProposeSessionResult> {
  let engagementId: string | undefined;
  const result = await runAction(proposeSessionSchema, values, async (input, user) => {
    ({ engagementId } = await proposeSessionTime(db(), user, input));
  });
  if (result.ok) revalidatePath(`/engagements/${engagementId}`);
  return result;
}
