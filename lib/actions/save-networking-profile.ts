"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { optInNetworking } from "../server/networking/opt-in-networking";
import { networkingProfileSchema } from "../validation/networking";
import { runAction, type ActionResult } from "./run-action";

export type NetworkingProfileResult = ActionResult;

/** Opting in to networking conversations, or changing what one offers (pausing = opting out). */
export async function saveNetworkingProfileAction(values: unknown): Promise<NetworkingProfileResult> {
  const result = await runAction(networkingProfileSchema, values, (input, user) => optInNetworking(db(), user, input));
  if (result.ok) {
    revalidatePath("/networking");
    revalidatePath("/engagements");
  }
  return result;
}
