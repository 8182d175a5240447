"use server";
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { requestMission } from "../server/missions/request-mission";
import { FieldDomainError } from "../server/requests/field-error";
import { requestMissionSchema } from "../validation/missions";
import { runAction, type ActionResult } from "./run-action";

export type RequestMissionResult =
  (ActionResult & { missionId?: string }) | { ok: false; error: string; field: string };

/** A sponsor asks for tripartite coaching for a member of their team; a refusal about one field names it. */
export async function requestMissionAction(values: unknown): Promise<RequestMissionResult> {
  let field: string | undefined;
  let missionId: string | undefined;
  const result = await runAction(requestMissionSchema, values, async (input, user) => {
    try {
      ({ missionId } = await requestMission(db(), user, { ...input, hrId: input.hrId || null }));
    } catch (error) {
      if (error instanceof FieldDomainError) field = error.field;
      throw error;
    }
  });
  if (result.ok) {
    revalidatePath("/missions");
    return { ...result, missionId };
  }
  return field ? { ...result, field } : result;
}
