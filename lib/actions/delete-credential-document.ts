"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { deleteCredentialDocument } from "../server/coaches/delete-credential-document";
import { deleteDocumentSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function deleteCredentialDocumentAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(deleteDocumentSchema, { documentId: form.get("documentId") }, async (input, user) => {
    await deleteCredentialDocument(db(), user, input);
  });
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
