"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { FieldDomainError } from "../server/requests/field-error";
import { requestMatch } from "../server/requests/request-match";
import { choicesOf, requestMatchSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

export type RequestMatchResult = ActionResult | { ok: false; error: string; field: string };

/** A seeker's ranked request for a coach, a mentor or a networking colleague; a refusal about one field names it, so the form shows it there. */
export async function requestMatchAction(values: unknown): Promise<RequestMatchResult> {
  let field: string | undefined;
  const result = await runAction(requestMatchSchema, values, async (input, user) => {
    try {
      await requestMatch(db(), user, { profileIds: choicesOf(input), message: input.message, kind: input.kind });
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/engagements");
    revalidatePath("/coaches");
    revalidatePath("/mentors");
    revalidatePath("/networking");
    return result;
  }
  return field ? { ...result, field } : result;
}
