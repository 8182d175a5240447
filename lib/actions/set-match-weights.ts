"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { setMatchWeights } from "../server/suggestions/set-match-weights";
import { matchWeightsSchema } from "../validation/match-suggestions";
import { runAction, type ActionResult } from "./run-action";

export async function setMatchWeightsAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(matchWeightsSchema, values, (input, user) => setMatchWeights(db(), user, input));
  if (result.ok) revalidatePath("/admin/programmes", "layout");
  return result;
}
