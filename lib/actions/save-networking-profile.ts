"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { optInNetworking } from "../server/networking/opt-in-networking";
import { FieldDomainError } from "../server/requests/field-error";
import { networkingProfileSchema } from "../validation/networking";
import { runAction, type ActionResult } from "./run-action";

export type NetworkingProfileResult = ActionResult | { ok: false; error: string; field: string };

/** Opting in to networking conversations, or changing what one offers (pausing = opting out). */
export async function saveNetworkingProfileAction(values: unknown): Promise<NetworkingProfileResult> {
  let field: string | undefined;
  const result = await runAction(networkingProfileSchema, values, async (input, user) => {
    try {
      await optInNetworking(db(), user, input);
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/networking");
    revalidatePath("/engagements");
    return result;
  }
  return field ? { ...result, field } : result;
}
