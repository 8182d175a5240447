"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { logDevelopmentActivity } from "../server/development/log-development-activity";
import { developmentActivitySchema } from "../validation/credential-renewal";
import { runAction, type ActionResult } from "./run-action";

/** The coach logs continuing development on their own profile (with an optional certificate). */
export async function logDevelopmentActivityAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const file = form.get("file");
  const raw = {
    date: form.get("date") ?? "",
    hours: form.get("hours") ?? "",
    title: form.get("title") ?? "",
    // An empty file input sends an empty file (its name varies by browser): no certificate.
    file: file instanceof Blob && file.size > 0 ? file : null,
  };
  const result = await runAction(developmentActivitySchema, raw, (input, user) =>
    logDevelopmentActivity(db(), user, input),
  );
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
