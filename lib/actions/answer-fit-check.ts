"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { answerFitCheck } from "../server/fit-check/answer-fit-check";
import { fitCheckSchema } from "../validation/fit-check";
import { runAction, type ActionResult } from "./run-action";

/** One of the engagement's two people says whether the pairing fits (the verb checks they are one of them). */
export async function answerFitCheckAction(values: unknown): Promise<ActionResult> {
  let engagementId = "";
  const result = await runAction(fitCheckSchema, values, async (input, user) => {
    engagementId = input.engagementId;
    await answerFitCheck(db(), user, input);
  });
  if (result.ok) {
    revalidatePath(`/engagements/${engagementId}`);
    revalidatePath("/engagements");
    revalidatePath("/coaches");
    revalidatePath("/mentors");
  }
  return result;
}
