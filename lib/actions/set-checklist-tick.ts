"use server";
import { db } from "../server/db";
import { setChecklistTick } from "../server/sessions/set-checklist-tick";
import { setChecklistTickSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

/** Ticks or unticks an item of the caller's own checklist for a session. */
export async function setChecklistTickAction(values: unknown): Promise<ActionResult> {
  return runAction(setChecklistTickSchema, values, async (input, user) => {
    await setChecklistTick(db(), user, input);
  });
}
