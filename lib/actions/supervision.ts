"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { deleteSupervisionRecord, recordSupervision } from "../server/supervision/record-supervision";
import { recordSupervisionSchema, supervisionRecordIdSchema } from "../validation/supervision";
import { runAction, type ActionResult } from "./run-action";

/** A coach records a monthly supervision session. */
export async function recordSupervisionAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(recordSupervisionSchema, values, async (input, user) => {
    await recordSupervision(db(), user, {
      heldOn: input.heldOn,
      supervisor: input.supervisor,
      attended: input.attended === "yes",
    });
  });
  if (result.ok) {
    revalidatePath("/coach/supervision");
    revalidatePath("/admin/supervision");
  }
  return result;
}

/** A coach deletes one of their own supervision records. */
export async function deleteSupervisionRecordAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(supervisionRecordIdSchema, values, (input, user) =>
    deleteSupervisionRecord(db(), user, input),
  );
  if (result.ok) {
    revalidatePath("/coach/supervision");
    revalidatePath("/admin/supervision");
  }
  return result;
}
