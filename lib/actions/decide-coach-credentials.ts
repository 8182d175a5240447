"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { approveCoach } from "../server/credentials/approve-coach";
import { rejectCoach } from "../server/credentials/reject-coach";
import { requestCoachChanges } from "../server/credentials/request-coach-changes";
import { revokeCoachApproval } from "../server/credentials/revoke-coach-approval";
import { credentialDecisionSchema } from "../validation/credential-review";
import { formToObject, runAction, type ActionResult } from "./run-action";

/** HR's decision on a coach's credentials: approve, reject, request changes or revoke (each verb checks the caller). */
export async function decideCoachCredentialsAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(credentialDecisionSchema, formToObject(form), async (input, user) => {
    const { profileId, message, credentialValid, trainingHours, observedPractice } = input;
    const checklist = { credentialValid, trainingHours, observedPractice };
    switch (input.decision) {
      case "approve":
        return approveCoach(db(), user, { profileId, checklist });
      case "reject":
        return rejectCoach(db(), user, { profileId, reason: message, checklist });
      case "requestChanges":
        return requestCoachChanges(db(), user, { profileId, message, checklist });
      case "revoke":
        return revokeCoachApproval(db(), user, { profileId, reason: message });
    }
  });
  if (result.ok) {
    revalidatePath("/hr/credentials");
    revalidatePath(`/hr/credentials/${String(form.get("profileId"))}`);
  }
  return result;
}
