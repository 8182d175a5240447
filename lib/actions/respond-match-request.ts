"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { acceptMatchRequest } from "../server/requests/accept-match-request";
import { declineMatchRequest } from "../server/requests/decline-match-request";
import { choiceIdSchema, declineRequestSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

/** A coach (mentor, networking colleague) accepts a request addressed to them (the verb checks the caller and the capacity under locks). */
export async function acceptMatchRequestAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(choiceIdSchema, values, async (input, user) => {
    await acceptMatchRequest(db(), user, input);
  });
  if (result.ok) revalidatePath("/engagements");
  return result;
}

/** A coach (mentor, networking colleague) declines a request addressed to them, with an optional reason. */
export async function declineMatchRequestAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(declineRequestSchema, values, (input, user) => declineMatchRequest(db(), user, input));
  if (result.ok) revalidatePath("/engagements");
  return result;
}
