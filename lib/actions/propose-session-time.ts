"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { FieldDomainError } from "../server/requests/field-error";
import { proposeSessionTime } from "../server/sessions/propose-session-time";
import { proposeSessionSchema } from "../validation/sessions";
import { runAction, type ActionResult } from "./run-action";

export type ProposeSessionResult = ActionResult | { ok: false; error: string; field: string };

/** Proposes a time for a session; a refusal about one field (time, zone, link or place) names it. */
export async function proposeSessionTimeAction(values: unknown): Promise<ProposeSessionResult> {
  let field: string | undefined;
  let engagementId: string | undefined;
  const result = await runAction(proposeSessionSchema, values, async (input, user) => {
    try {
      ({ engagementId } = await proposeSessionTime(db(), user, input));
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath(`/engagements/${engagementId}`);
    return result;
  }
  return field ? { ...result, field } : result;
}
