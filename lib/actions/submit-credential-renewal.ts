"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { submitCredentialRenewal } from "../server/credentials/submit-credential-renewal";
import { credentialRenewalSchema } from "../validation/credential-renewal";
import { runAction, type ActionResult } from "./run-action";

/** The coach sends the renewal of their credential (a file, its date, its expiry). */
export async function submitCredentialRenewalAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const raw = {
    file: form.get("file"),
    credentialDate: form.get("credentialDate") ?? "",
    expiresOn: form.get("expiresOn") ?? "",
  };
  const result = await runAction(credentialRenewalSchema, raw, (input, user) =>
    submitCredentialRenewal(db(), user, input),
  );
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
