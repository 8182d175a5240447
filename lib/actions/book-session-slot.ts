"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { bookSessionSlot } from "../server/availability/book-session-slot";
import { bookSlotSchema } from "../validation/availability";
import { runAction, type ActionResult } from "./run-action";

/** The client books one of the slots offered for a session: scheduled at once, or proposed to the coach. */
export async function bookSessionSlotAction(values: unknown): Promise<ActionResult> {
  let engagementId: string | undefined;
  const result = await runAction(bookSlotSchema, values, async (input, user) => {
    ({ engagementId } = await bookSessionSlot(db(), user, input));
  });
  if (result.ok) revalidatePath(`/engagements/${engagementId}`);
  return result;
}
