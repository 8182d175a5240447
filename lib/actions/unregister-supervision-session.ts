"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { unregisterSupervisionSession } from "../server/supervision/unregister-supervision-session";
import { supervisionSessionIdSchema } from "../validation/supervision-groups";
import { runAction, type ActionResult } from "./run-action";

/** A coach gives up their seat at a group supervision session. */
export async function unregisterSupervisionSessionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(supervisionSessionIdSchema, values, (input, user) =>
    unregisterSupervisionSession(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/coach/supervision");
    revalidatePath("/admin/supervision");
  }
  return result;
}
