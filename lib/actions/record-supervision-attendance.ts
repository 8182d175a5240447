"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { recordSupervisionAttendance } from "../server/supervision/record-supervision-attendance";
import { recordAttendanceSchema } from "../validation/supervision-groups";
import { runAction, type ActionResult } from "./run-action";

/** The supervisor (or an admin) records who attended a group supervision session. */
export async function recordSupervisionAttendanceAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(recordAttendanceSchema, values, (input, user) =>
    recordSupervisionAttendance(db(), user, {
      sessionId: input.sessionId,
      attendance: Object.entries(input.attendance).map(([coachProfileId, a]) => ({
        coachProfileId,
        attended: a === "yes",
      })),
    }),
  );
  if (result.ok) {
    revalidatePath(
      `/supervision/sessions/${encodeURIComponent(String((values as { sessionId?: unknown })?.sessionId))}`,
    );
    revalidatePath("/admin/supervision");
    revalidatePath("/coach/supervision");
  }
  return result;
}
