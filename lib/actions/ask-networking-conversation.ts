"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { requestMatch } from "../server/requests/request-match";
import { askConversationSchema } from "../validation/networking";
import { runAction, type ActionResult } from "./run-action";

export type AskConversationResult = ActionResult;

/**
 * Asking one colleague for a networking conversation, with a brief message stating the shared
 * interest (the networking form's own limit, checked here too); the matching is requestMatch's.
 */
export async function askNetworkingConversationAction(values: unknown): Promise<AskConversationResult> {
  const result = await runAction(askConversationSchema, values, (input, user) =>
    requestMatch(db(), user, { kind: "networking", profileIds: [input.colleagueId], message: input.message }),
  );
  if (result.ok) {
    revalidatePath("/engagements");
    revalidatePath("/networking");
  }
  return result;
}
