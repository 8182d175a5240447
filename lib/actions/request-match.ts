"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { requestMatch } from "../server/requests/request-match";
import { choicesOf, requestMatchSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

export type RequestMatchResult = ActionResult;

/** A seeker's ranked request for a coach, a mentor or a networking colleague; a refusal about one field names it, so the form shows it there. */
export async function requestMatchAction(values: unknown): Promise<RequestMatchResult> {
  const result = await runAction(requestMatchSchema, values, (input, user) =>
    requestMatch(db(), user, { profileIds: choicesOf(input), message: input.message, kind: input.kind }),
  );
  if (result.ok) {
    revalidatePath("/engagements");
    revalidatePath("/coaches");
    revalidatePath("/mentors");
    revalidatePath("/networking");
  }
  return result;
}
