"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { setCoachAvailability } from "../server/requests/set-coach-availability";
import { availabilitySchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

/** A coach pauses (pending requests declined, clients moved on) or resumes. */
export async function setCoachAvailabilityAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(availabilitySchema, values, async (input, user) => {
    await setCoachAvailability(db(), user, input);
  });
  if (result.ok) {
    revalidatePath("/engagements");
    revalidatePath("/coach/profile");
    revalidatePath("/coaches");
    revalidatePath("/mentors");
    revalidatePath("/networking");
  }
  return result;
}
