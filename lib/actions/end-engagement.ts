"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { endEngagement } from "../server/engagements/end-engagement";
import { requestProposed } from "../server/engagements/request-proposed";
import { endEngagementEarlySchema, endEngagementSchema, requestProposedSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

function revalidate() {
  revalidatePath("/engagements");
  revalidatePath("/coaches");
  revalidatePath("/mentors");
}

/** Either person of an engagement ends it with a reason (the verb checks they are one of the two). */
export async function endEngagementAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(endEngagementSchema, values, (input, user) => endEngagement(db(), user, input));
  if (result.ok) revalidate();
  return result;
}

/**
 * A coach or mentor stops early: real reasons, and optionally another coach (mentor) proposed and/or
 * an alternative. The verb checks they are the engagement's coach and that the proposal is eligible.
 */
export async function endEngagementEarlyAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(endEngagementEarlySchema, values, (input, user) => endEngagement(db(), user, input));
  if (result.ok) revalidate();
  return result;
}

/** From the notice of an early ending, the client (mentee) asks the coach (mentor) proposed, in one step. */
export async function requestProposedAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(requestProposedSchema, values, (input, user) => requestProposed(db(), user, input));
  if (result.ok) revalidate();
  return result;
}
