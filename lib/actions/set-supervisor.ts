"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { setSupervisor } from "../server/supervision/set-supervisor";
import { setSupervisorSchema } from "../validation/supervision-groups";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin names a coach supervisor, or withdraws it. */
export async function setSupervisorAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(setSupervisorSchema, values, (input, user) => setSupervisor(db(), user, input));
  if (result.ok) revalidatePath("/admin/supervision");
  return result;
}
