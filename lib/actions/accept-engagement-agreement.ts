"use server";
import { revalidatePath } from "next/cache";
import { acceptEngagementAgreement } from "../server/agreements/accept-engagement-agreement";
import { db } from "../server/db";
import { acceptEngagementAgreementSchema } from "../validation/agreements";
import { runAction, type ActionResult } from "./run-action";

export async function acceptEngagementAgreementAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const engagementId = form.get("engagementId");
  const result = await runAction(
    acceptEngagementAgreementSchema,
    { engagementId, version: form.get("version"), accept: form.get("accept") === "on" },
    async (input, user) => {
      await acceptEngagementAgreement(db(), user, { engagementId: input.engagementId, version: input.version });
    },
  );
  if (result.ok && typeof engagementId === "string") {
    revalidatePath(`/engagements/${engagementId}`);
    revalidatePath(`/engagements/${engagementId}/agreement`);
  }
  return result;
}
