"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { withdrawCoachRequest } from "../server/requests/withdraw-coach-request";
import { withdrawRequestSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

export async function withdrawCoachRequestAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(withdrawRequestSchema, values, (input, user) =>
    withdrawCoachRequest(db(), user, input),
  );
  if (result.ok) revalidatePath("/engagements");
  return result;
}
