"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveMentorProfile } from "../server/mentors/save-mentor-profile";
import { mentorProfileSchema } from "../validation/mentors";
import { runAction, type ActionResult } from "./run-action";

/** The mentor's one profile form. */
export async function saveMentorProfileAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(mentorProfileSchema, values, async (input, user) => {
    await saveMentorProfile(db(), user, input);
  });
  if (result.ok) {
    revalidatePath("/mentor/profile");
    revalidatePath("/mentors");
    revalidatePath("/admin/mentors");
  }
  return result;
}
