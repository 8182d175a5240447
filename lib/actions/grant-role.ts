"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { grantRole } from "../server/people/grant-role";
import { roleChangeSchema } from "../validation/people";
import { formToObject, runAction, type ActionResult } from "./run-action";

export async function grantRoleAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(roleChangeSchema, formToObject(form), (input, user) => grantRole(db(), user, input));
  if (result.ok) revalidatePath("/admin/people");
  return result;
}
