"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { recordPersonDeparture } from "../server/people/record-person-departure";
import { updatePerson } from "../server/people/update-person";
import { personIdSchema, updatePersonSchema } from "../validation/person";
import { formToObject, runAction, type ActionResult } from "./run-action";

/** A programme admin saves a person's attributes (/admin/people/[id]); a refusal names its field. */
export async function updatePersonAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(updatePersonSchema, values, (input, user) => updatePerson(db(), user, input));
  if (result.ok) {
    revalidatePath("/admin/people");
    revalidatePath("/admin/people/[id]", "page");
  }
  return result;
}

/** A programme admin records that a person left the organisation (after a confirmation). */
export async function recordDepartureAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(personIdSchema, formToObject(form), (input, user) =>
    recordPersonDeparture(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/admin/people");
    revalidatePath("/admin/people/[id]", "page");
  }
  return result;
}
