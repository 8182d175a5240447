"use server";
// The first steps of a mission: the coachee's own request, the coach's validation, milestones,
// and the coachee's free decision. Each verb checks who is calling and their part in the mission.
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { decideMissionConsent } from "../server/missions/decide-mission-consent";
import { holdMilestone } from "../server/missions/hold-milestone";
import { scheduleMilestone } from "../server/missions/schedule-milestone";
import { validateMissionRequests } from "../server/missions/validate-mission-requests";
import { writeCoacheeRequest } from "../server/missions/write-coachee-request";
import {
  coacheeRequestSchema,
  consentSchema,
  holdMilestoneSchema,
  missionIdSchema,
  scheduleMilestoneSchema,
} from "../validation/missions";
import { runAction, type ActionResult } from "./run-action";

function refresh(result: ActionResult, values: unknown): ActionResult {
  if (result.ok) {
    const id = (values as { missionId?: unknown })?.missionId;
    if (typeof id === "string") revalidatePath(`/missions/${id}`);
    revalidatePath("/missions");
  }
  return result;
}

export async function writeCoacheeRequestAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(coacheeRequestSchema, values, (input, user) => writeCoacheeRequest(db(), user, input)),
    values,
  );
}

export async function validateMissionRequestsAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(missionIdSchema, values, (input, user) => validateMissionRequests(db(), user, input)),
    values,
  );
}

export async function scheduleMilestoneAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(scheduleMilestoneSchema, values, (input, user) => scheduleMilestone(db(), user, input)),
    values,
  );
}

export async function holdMilestoneAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(holdMilestoneSchema, values, (input, user) => holdMilestone(db(), user, input)),
    values,
  );
}

export async function decideMissionConsentAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(consentSchema, values, (input, user) => decideMissionConsent(db(), user, input)),
    values,
  );
}
