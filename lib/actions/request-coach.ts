"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { FieldDomainError } from "../server/requests/field-error";
import { requestCoach } from "../server/requests/request-coach";
import { choicesOf, requestCoachSchema } from "../validation/requests";
import { runAction, type ActionResult } from "./run-action";

export type RequestCoachResult = ActionResult | { ok: false; error: string; field: string };

/** A client's ranked request for a coach; a refusal about one field names it, so the form shows it there. */
export async function requestCoachAction(values: unknown): Promise<RequestCoachResult> {
  let field: string | undefined;
  const result = await runAction(requestCoachSchema, values, async (input, user) => {
    try {
      await requestCoach(db(), user, { coachProfileIds: choicesOf(input), message: input.message, kind: input.kind });
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
