"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { revokeRole } from "../server/people/revoke-role";
import { roleChangeSchema } from "../validation/people";
import { formToObject, runAction, type ActionResult } from "./run-action";

export async function revokeRoleAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(roleChangeSchema, formToObject(form), (input, user) => revokeRole(db(), user, input));
  if (result.ok) revalidatePath("/admin/people");
  return result;
}
