"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { addDaysAway } from "../server/availability/add-days-away";
import { removeDaysAway } from "../server/availability/remove-days-away";
import { addDaysAwaySchema, removeDaysAwaySchema } from "../validation/availability";
import { runAction, type ActionResult } from "./run-action";

function revalidate() {
  revalidatePath("/coach/availability");
  revalidatePath("/mentor/availability");
}

/** Notes days away (no slot offered on them). */
export async function addDaysAwayAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(addDaysAwaySchema, values, (input, user) => addDaysAway(db(), user, input));
  if (result.ok) revalidate();
  return result;
}

/** Removes days away. */
export async function removeDaysAwayAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(removeDaysAwaySchema, values, (input, user) => removeDaysAway(db(), user, input));
  if (result.ok) revalidate();
  return result;
}
