"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { FieldDomainError } from "../server/requests/field-error";
import { requestMatch } from "../server/requests/request-match";
import { askConversationSchema } from "../validation/networking";
import { runAction, type ActionResult } from "./run-action";

export type AskConversationResult = ActionResult | { ok: false; error: string; field: "colleagueId" | "message" };

/**
 * Asking one colleague for a networking conversation, with a brief message stating the shared
 * interest (the networking form's own limit, checked here too); the matching is requestMatch's.
 */
export async function askNetworkingConversationAction(values: unknown): Promise<AskConversationResult> {
  let field: "colleagueId" | "message" | undefined;
  const result = await runAction(askConversationSchema, values, async (input, user) => {
    try {
      await requestMatch(db(), user, {
        kind: "networking",
        profileIds: [input.colleagueId],
        message: input.message,
      });
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field === "message" ? "message" : "colleagueId";
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/engagements");
    revalidatePath("/networking");
    return result;
  }
  return field ? { ...result, field } : result;
}
