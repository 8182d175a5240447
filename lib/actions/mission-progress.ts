"use server";
// After the contract: the mid-point review, the closing (indicators, the coachee's synthesis),
// the follow-up evaluation; and the coach's refusal or stop, with their reasons.
import { revalidatePath } from "next/cache";
import { db } from "../server/db";
import { stopMission, refuseMission } from "../server/missions/end-mission";
import { evaluateMissionIndicators } from "../server/missions/evaluate-mission-indicators";
import { recordFollowUpEvaluation } from "../server/missions/record-follow-up-evaluation";
import { recordMidpointReview } from "../server/missions/record-midpoint-review";
import { saveMissionSynthesis } from "../server/missions/save-mission-synthesis";
import { startMissionClosing } from "../server/missions/start-mission-closing";
import {
  followUpEvaluationSchema,
  indicatorEvaluationsSchema,
  midpointSchema,
  missionIdSchema,
  refuseMissionSchema,
  stopMissionSchema,
  synthesisSchema,
} from "../validation/missions";
import { runAction, type ActionResult } from "./run-action";

function refresh(result: ActionResult): ActionResult {
  if (result.ok) {
    revalidatePath("/missions", "layout");
    revalidatePath("/engagements");
  }
  return result;
}

export async function recordMidpointReviewAction(values: unknown): Promise<ActionResult> {
  return refresh(await runAction(midpointSchema, values, (input, user) => recordMidpointReview(db(), user, input)));
}

export async function startMissionClosingAction(values: unknown): Promise<ActionResult> {
  return refresh(await runAction(missionIdSchema, values, (input, user) => startMissionClosing(db(), user, input)));
}

export async function evaluateMissionIndicatorsAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(indicatorEvaluationsSchema, values, (input, user) => evaluateMissionIndicators(db(), user, input)),
  );
}

export async function saveMissionSynthesisAction(values: unknown): Promise<ActionResult> {
  return refresh(await runAction(synthesisSchema, values, (input, user) => saveMissionSynthesis(db(), user, input)));
}

export async function recordFollowUpEvaluationAction(values: unknown): Promise<ActionResult> {
  return refresh(
    await runAction(followUpEvaluationSchema, values, (input, user) => recordFollowUpEvaluation(db(), user, input)),
  );
}

export async function refuseMissionAction(values: unknown): Promise<ActionResult> {
  return refresh(await runAction(refuseMissionSchema, values, (input, user) => refuseMission(db(), user, input)));
}

export async function stopMissionAction(values: unknown): Promise<ActionResult> {
  return refresh(await runAction(stopMissionSchema, values, (input, user) => stopMission(db(), user, input)));
}
