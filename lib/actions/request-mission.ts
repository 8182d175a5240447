"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { requestMission } from "../server/missions/request-mission";
import { requestMissionSchema } from "../validation/missions";
import { runAction, type ActionRefusal, type ActionResult } from "./run-action";

export type RequestMissionResult = (ActionResult & { missionId?: string }) | ActionRefusal;

/** A sponsor asks for tripartite coaching for a member of their team; a refusal about one field names it. */
export async function requestMissionAction(values: unknown): Promise<RequestMissionResult> {
  let missionId: string | undefined;
  const result = await runAction(requestMissionSchema, values, async (input, user) => {
    ({ missionId } = await requestMission(db(), user, { ...input, hrId: input.hrId || null }));
  });
  if (!result.ok) return result;
  revalidatePath("/missions");
  return { ...result, missionId };
}
