"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { joinCohort } from "../server/enrolment/join-cohort";
import { joinCohortSchema } from "../validation/enrolment";
import { runAction, type ActionResult } from "./run-action";

export async function joinCohortAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(joinCohortSchema, values, async (input, user) => {
    await joinCohort(db(), user, input);
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
