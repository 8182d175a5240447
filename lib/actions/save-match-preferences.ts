"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveMatchPreferences } from "../server/suggestions/save-match-preferences";
import { matchPreferencesSchema } from "../validation/match-suggestions";
import { runAction, type ActionResult } from "./run-action";

export async function saveMatchPreferencesAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(matchPreferencesSchema, values, (input, user) =>
    saveMatchPreferences(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/coaches");
    revalidatePath("/mentors");
    revalidatePath("/requests/new");
  }
  return result;
}
