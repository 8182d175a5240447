"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { answerPulse } from "../server/pulse/answer-pulse";
import { pulseSchema } from "../validation/fit-check";
import { runAction, type ActionResult } from "./run-action";

/** One of the engagement's two people says, midway, how it is going (private to them; the verb checks who they are). */
export async function answerPulseAction(values: unknown): Promise<ActionResult> {
  let engagementId = "";
  const result = await runAction(pulseSchema, values, async (input, user) => {
    engagementId = input.engagementId;
    await answerPulse(db(), user, input);
  });
  if (result.ok) revalidatePath(`/engagements/${engagementId}`);
  return result;
}
