"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { registerSupervisionSession } from "../server/supervision/register-supervision-session";
import { supervisionSessionIdSchema } from "../validation/supervision-groups";
import { runAction, type ActionResult } from "./run-action";

/** A coach takes a seat at a group supervision session. */
export async function registerSupervisionSessionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(supervisionSessionIdSchema, values, (input, user) =>
    registerSupervisionSession(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/coach/supervision");
    revalidatePath("/admin/supervision");
  }
  return result;
}
