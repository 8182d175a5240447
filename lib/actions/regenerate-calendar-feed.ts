"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { regenerateCalendarFeed } from "../server/calendar/regenerate-calendar-feed";
import { db } from "../server/db";
import { runAction, type ActionRefusal } from "./run-action";

const noInput = z.object({});

/**
 * Makes the caller's calendar feed address, or a new one (the old stops working). The address is
 * in the answer, once: only its hash is kept.
 */
export async function regenerateCalendarFeedAction(): Promise<
  { ok: true; https: string; webcal: string } | ActionRefusal
> {
  let addresses: { https: string; webcal: string } | null = null;
  const result = await runAction(noInput, {}, async (_input, user) => {
    addresses = await regenerateCalendarFeed(db(), user);
  });
  if (!result.ok) return result;
  revalidatePath("/account");
  // Set by the verb, which ran: the result is ok.
  const made = addresses as unknown as { https: string; webcal: string };
  return { ok: true, https: made.https, webcal: made.webcal };
}
