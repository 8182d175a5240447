"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { endEngagement } from "../server/engagements/end-engagement";
import { endEngagementSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

/** Either person of an engagement ends it with a reason (the verb checks they are one of the two). */
export async function endEngagementAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(endEngagementSchema, values, (input, user) => endEngagement(db(), user, input));
  if (result.ok) {
    revalidatePath("/engagements");
    revalidatePath("/coaches");
  }
  return result;
}
