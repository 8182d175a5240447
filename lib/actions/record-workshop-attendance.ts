"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { recordAttendance } from "../server/workshops/record-attendance";
import { attendanceSchema } from "../validation/workshops";
import { runAction, type ActionResult } from "./run-action";

/** A programme admin records whether a registered person attended a workshop. */
export async function recordWorkshopAttendanceAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(attendanceSchema, values, (input, user) => recordAttendance(db(), user, input));
  if (result.ok) revalidatePath("/admin/workshops", "layout");
  return result;
}
