"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { answerRequestQuestion } from "../server/requests/answer-request-question";
import { answerRequestQuestionSchema } from "../validation/request-questions";
import { runAction, type ActionResult } from "./run-action";

/** The seeker replies to the question on their request; the verb checks the caller and resumes the deadline under locks. */
export async function answerRequestQuestionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(answerRequestQuestionSchema, values, (input, user) =>
    answerRequestQuestion(db(), user, input),
  );
  if (result.ok) revalidatePath("/engagements");
  return result;
}
