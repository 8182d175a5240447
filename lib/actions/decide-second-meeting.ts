"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { decideSecondMeeting } from "../server/networking/decide-second-meeting";
import { secondMeetingDecisionSchema } from "../validation/networking";
import { runAction, type ActionResult } from "./run-action";

/** After the first networking meeting: is a second one useful? */
export async function decideSecondMeetingAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(secondMeetingDecisionSchema, values, async (input, user) => {
    engagementId = input.engagementId;
    await decideSecondMeeting(db(), user, input);
  });
  if (result.ok && engagementId) {
    revalidatePath(`/engagements/${engagementId}`);
    revalidatePath("/engagements");
  }
  return result;
}
