"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { withdrawMatchRequest } from "../server/requests/withdraw-match-request";
import { withdrawRequestSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

export async function withdrawMatchRequestAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(withdrawRequestSchema, values, (input, user) =>
    withdrawMatchRequest(db(), user, input),
  );
  if (result.ok) revalidatePath("/engagements");
  return result;
}
