"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { acceptCoachRequest } from "../server/requests/accept-coach-request";
import { declineCoachRequest } from "../server/requests/decline-coach-request";
import { choiceIdSchema, declineRequestSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

/** A coach accepts a request addressed to them (the verb checks the caller and the capacity under locks). */
export async function acceptCoachRequestAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(choiceIdSchema, values, async (input, user) => {
    await acceptCoachRequest(db(), user, input);
  });
  if (result.ok) revalidatePath("/engagements");
  return result;
}

/** A coach declines a request addressed to them, with an optional reason. */
export async function declineCoachRequestAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(declineRequestSchema, values, (input, user) => declineCoachRequest(db(), user, input));
  if (result.ok) revalidatePath("/engagements");
  return result;
}
