"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { setPersonDisabled } from "../server/people/set-person-disabled";
import { disableSchema } from "../validation/people";
import { formToObject, runAction, type ActionResult } from "./run-action";

export async function setPersonDisabledAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(disableSchema, formToObject(form), (input, user) =>
    setPersonDisabled(db(), user, input),
  );
  if (result.ok) revalidatePath("/admin/people");
  return result;
}
