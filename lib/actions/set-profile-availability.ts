"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { setProfileAvailability } from "../server/requests/set-profile-availability";
import { availabilitySchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

/** A coach, mentor or networking colleague pauses (pending requests declined, seekers moved on) or resumes. */
export async function setProfileAvailabilityAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(availabilitySchema, values, async (input, user) => {
    await setProfileAvailability(db(), user, input);
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
