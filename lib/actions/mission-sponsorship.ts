"use server";
// A coachee's own request to a sponsor, and that sponsor taking it up.
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { askMissionSponsor } from "../server/missions/ask-mission-sponsor";
import { takeUpMissionRequest } from "../server/missions/take-up-mission-request";
import { askMissionSponsorSchema, takeUpMissionRequestSchema } from "../validation/missions";
import { runAction, type ActionRefusal, type ActionResult } from "./run-action";

export async function askMissionSponsorAction(values: unknown): Promise<ActionResult> {
  const result = await runAction(askMissionSponsorSchema, values, async (input, user) => {
    await askMissionSponsor(db(), user, input);
  });
  if (result.ok) revalidatePath("/missions");
  return result;
}

export type TakeUpResult = (ActionResult & { missionId?: string }) | ActionRefusal;

export async function takeUpMissionRequestAction(values: unknown): Promise<TakeUpResult> {
  let missionId: string | undefined;
  const result = await runAction(takeUpMissionRequestSchema, values, async (input, user) => {
    ({ missionId } = await takeUpMissionRequest(db(), user, { ...input, hrId: input.hrId || null }));
  });
  if (!result.ok) return result;
  revalidatePath("/missions");
  return { ...result, missionId };
}
