"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { registerForWorkshop, type RegisterResult } from "../server/workshops/register-for-workshop";
import { workshopIdSchema } from "../validation/workshops";
import { runAction, type ActionRefusal } from "./run-action";

export type RegisterActionResult = ({ ok: true } & Partial<RegisterResult>) | ActionRefusal;

/** The caller registers for a workshop: a seat, or a place on the waiting list. */
export async function registerForWorkshopAction(values: unknown): Promise<RegisterActionResult> {
  let outcome: RegisterResult | undefined;
  const result = await runAction(workshopIdSchema, values, async (input, user) => {
    outcome = await registerForWorkshop(db(), user, input);
  });
  if (!result.ok) return result;
  revalidatePath("/workshops");
  return { ok: true, ...outcome };
}
