"use server";
// The framing record of the preliminary meeting and intermediate tripartite meetings. Each verb
// checks who is calling and their part in the mission.
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { holdIntermediateMeeting } from "../server/missions/hold-intermediate-meeting";
import { requestIntermediateMeeting } from "../server/missions/request-intermediate-meeting";
import { saveMissionFraming } from "../server/missions/save-mission-framing";
import { scheduleIntermediateMeeting } from "../server/missions/schedule-intermediate-meeting";
import {
  framingSchema,
  holdIntermediateSchema,
  intermediateMeetingSchema,
  scheduleIntermediateSchema,
} from "../validation/missions";
import { runAction, type ActionResult } from "./run-action";

function refresh(result: ActionResult): ActionResult {
  if (result.ok) revalidatePath("/missions", "layout");
  return result;
}

export async function saveMissionFramingAction(values: unknown): Promise<ActionResult> {
  return refresh(await runAction(framingSchema, values, (input, user) => saveMissionFraming(db(), user, input)));
}

export async function requestIntermediateMeetingAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(intermediateMeetingSchema, values, async (input, user) => {
      await requestIntermediateMeeting(db(), user, input);
    }),
  );
}

export async function scheduleIntermediateMeetingAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(scheduleIntermediateSchema, values, (input, user) =>
      scheduleIntermediateMeeting(db(), user, input),
    ),
  );
}

export async function holdIntermediateMeetingAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(holdIntermediateSchema, values, (input, user) => holdIntermediateMeeting(db(), user, input)),
  );
}
