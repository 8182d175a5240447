"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { acceptSeatOffer } from "../server/enrolment/accept-seat-offer";
import { cohortPlaceSchema } from "../validation/enrolment";
import { formToObject, runAction, type ActionResult } from "./run-action";

export async function acceptSeatOfferAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(cohortPlaceSchema, formToObject(form), (input, user) =>
    acceptSeatOffer(db(), user, input),
  );
  revalidatePath("/", "layout"); // also on a refusal: a lapsed offer changes the page
  return result;
}
