"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { approveMentor } from "../server/mentors/approve-mentor";
import { rejectMentor } from "../server/mentors/reject-mentor";
import { requestMentorChanges } from "../server/mentors/request-mentor-changes";
import { mentorDecisionSchema } from "../validation/mentors";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin's decision on a submitted mentor profile. */
export async function decideMentorProfileAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(mentorDecisionSchema, values, async (input, user) => {
    const args = { profileId: input.profileId, message: input.message };
    if (input.decision === "approve") await approveMentor(db(), user, args);
    else if (input.decision === "requestChanges") await requestMentorChanges(db(), user, args);
    else await rejectMentor(db(), user, args);
  });
  if (result.ok) {
    revalidatePath("/admin/mentors");
    revalidatePath("/mentors");
  }
  return result;
}
