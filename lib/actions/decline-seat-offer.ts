"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { declineSeatOffer } from "../server/enrolment/decline-seat-offer";
import { cohortPlaceSchema } from "../validation/enrolment";
import { formToObject, runAction, type ActionResult } from "./run-action";

export async function declineSeatOfferAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(cohortPlaceSchema, formToObject(form), (input, user) =>
    declineSeatOffer(db(), user, input),
  );
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
