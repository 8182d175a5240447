"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { decideContinuation } from "../server/mentors/decide-continuation";
import { continuationSchema } from "../validation/mentors";
import { runAction, type ActionResult } from "./run-action";

/** One side's answer, after the mentoring review, to "do you want to go on?". */
export async function decideContinuationAction(values: unknown): Promise<ActionResult> {
  let engagementId = "";
  const result = await runAction(continuationSchema, values, async (input, user) => {
    engagementId = input.engagementId;
    await decideContinuation(db(), user, input);
  });
  if (result.ok) {
    revalidatePath(`/engagements/${engagementId}`);
    revalidatePath("/engagements");
  }
  return result;
}
