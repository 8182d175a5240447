"use server";
import { db } from "../server/db";
import { saveSessionNote } from "../server/sessions/save-session-note";
import { saveSessionNoteSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

/** Saves the caller's private note on a session (only they read it). */
export async function saveSessionNoteAction(values: unknown): Promise<ActionResult> {
  return runAction(saveSessionNoteSchema, values, async (input, user) => {
    await saveSessionNote(db(), user, input);
  });
}
