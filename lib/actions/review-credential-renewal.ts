"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { reviewCredentialRenewal } from "../server/credentials/review-credential-renewal";
import { renewalDecisionSchema } from "../validation/credential-renewal";
import { formToObject, runAction, type ActionResult } from "./run-action";

/** HR approves or refuses a coach's renewal (the verb checks the caller). */
export async function reviewCredentialRenewalAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  let profileId: string | null = null;
  const result = await runAction(renewalDecisionSchema, formToObject(form), async (input, user) => {
    profileId = (await reviewCredentialRenewal(db(), user, input)).profileId;
  });
  if (result.ok) {
    revalidatePath("/hr/credentials");
    if (profileId) revalidatePath(`/hr/credentials/${profileId}`);
  }
  return result;
}
