"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { scheduleSupervisionSession } from "../server/supervision/schedule-supervision-session";
import { scheduleSupervisionSchema } from "../validation/supervision-groups";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin schedules a group supervision session. */
export async function scheduleSupervisionSessionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(scheduleSupervisionSchema, values, async (input, user) => {
    await scheduleSupervisionSession(db(), user, {
      ...input,
      meetingLink: input.meetingLink || null,
      programmeId: input.programmeId || null,
    });
  });
  if (result.ok) {
    revalidatePath("/admin/supervision");
    revalidatePath("/coach/supervision");
  }
  return result;
}
