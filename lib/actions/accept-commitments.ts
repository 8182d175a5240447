"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { acceptCommitments } from "../server/coaches/accept-commitments";
import { acceptCommitmentsSchema } from "../validation/coach-profile";
import { runAction, type ActionResult } from "./run-action";

export async function acceptCommitmentsAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(
    acceptCommitmentsSchema,
    { accept: form.get("accept") === "on" },
    async (input, user) => {
      await acceptCommitments(db(), user, input);
    },
  );
  if (result.ok) revalidatePath("/coach/profile");
  return result;
}
