"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { cancelSupervisionSession } from "../server/supervision/cancel-supervision-session";
import { supervisionSessionIdSchema } from "../validation/supervision-groups";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin cancels a group supervision session before it starts. */
export async function cancelSupervisionSessionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(supervisionSessionIdSchema, values, (input, user) =>
    cancelSupervisionSession(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/admin/supervision");
    revalidatePath("/coach/supervision");
  }
  return result;
}
