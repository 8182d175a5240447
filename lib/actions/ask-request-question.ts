"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { askRequestQuestion } from "../server/requests/ask-request-question";
import { askRequestQuestionSchema } from "../validation/request-questions";
import { runAction, type ActionResult } from "./run-action";

/** The asked person (coach, mentor, networking colleague) asks the seeker a question; the verb checks the caller and pauses the deadline under locks. */
export async function askRequestQuestionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(askRequestQuestionSchema, values, (input, user) =>
    askRequestQuestion(db(), user, input),
  );
  if (result.ok) revalidatePath("/engagements");
  return result;
}
