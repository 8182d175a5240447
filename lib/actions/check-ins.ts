"use server";
import { revalidatePath } from "next/cache";
import { answerCheckIn } from "../server/check-ins/answer-check-in";
import { createCheckIn } from "../server/check-ins/create-check-in";
import { db } from "../server/db";
import { answerCheckInSchema, createCheckInSchema } from "../validation/check-ins";
import { runAction, type ActionResult } from "./run-action";

/** The coachee's message or call request between sessions. */
export async function createCheckInAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(createCheckInSchema, values, async (input, user) => {
    await createCheckIn(db(), user, input);
  });
  if (result.ok) revalidatePath("/missions", "layout");
  return result;
}

/** The coach's answer to a check-in. */
export async function answerCheckInAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(answerCheckInSchema, values, (input, user) => answerCheckIn(db(), user, input));
  if (result.ok) revalidatePath("/missions", "layout");
  return result;
}
