"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { setMeetingLink } from "../server/engagements/set-meeting-link";
import { setMeetingLinkSchema } from "../validation/meeting-link";
import { runAction, type ActionResult } from "./run-action";

/** Sets or removes an engagement's default online-meeting link (either of its two people). */
export async function setMeetingLinkAction(values: unknown): Promise<ActionResult> {
  let engagementId = "";
  const result = await runAction(setMeetingLinkSchema, values, (input, user) => {
    engagementId = input.engagementId;
    return setMeetingLink(db(), user, input);
  });
  if (result.ok) revalidatePath(`/engagements/${engagementId}`);
  return result;
}
