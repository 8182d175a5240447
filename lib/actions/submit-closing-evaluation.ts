"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { submitClosingEvaluation } from "../server/feedback/submit-closing-evaluation";
import { closingEvaluationSchema } from "../validation/feedback";
import { runAction, type ActionResult } from "./run-action";

/** The caller's closing evaluation of their own completed engagement. */
export async function submitClosingEvaluationAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(closingEvaluationSchema, values, async (input, user) => {
    engagementId = input.engagementId;
    await submitClosingEvaluation(db(), user, input);
  });
  if (result.ok && engagementId) {
    revalidatePath(`/engagements/${engagementId}`);
    revalidatePath("/");
  }
  return result;
}
