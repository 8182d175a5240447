"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { createReference } from "../server/people/create-reference";
import { renameReference } from "../server/people/rename-reference";
import { referenceSchema, renameReferenceSchema } from "../validation/reference";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin adds an entity, a duty station or a professional network (/admin/reference). */
export async function createReferenceAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(referenceSchema, values, (input, user) => createReference(db(), user, input));
  if (result.ok) revalidatePath("/admin/reference");
  return result;
}

/** A programme admin renames one; its code stays. */
export async function renameReferenceAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(renameReferenceSchema, values, (input, user) => renameReference(db(), user, input));
  if (result.ok) revalidatePath("/admin/reference");
  return result;
}
