"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { saveAvailability } from "../server/availability/save-availability";
import { periodMinutes, saveAvailabilitySchema } from "../validation/availability";
import { runAction, type ActionResult } from "./run-action";

/** Saves a coach's or mentor's weekly hours and whether bookings wait for their confirmation. */
export async function saveAvailabilityAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(saveAvailabilitySchema, values, (input, user) =>
    saveAvailability(db(), user, {
      kind: input.kind,
      timeZone: input.timeZone,
      needsConfirmation: input.needsConfirmation,
      // The schema refused malformed times: every period has its minutes.
      periods: input.periods.map((p) => periodMinutes(p)!),
    }),
  );
  if (result.ok) revalidatePath("/coach/availability");
  if (result.ok) revalidatePath("/mentor/availability");
  return result;
}
