"use server";
// The goals and the action plan of an engagement: thin entry points, each parsing with its shared
// schema and calling one verb (which checks the caller, the engagement and the author again).
import { db } from "../server/db";
import { addAction } from "../server/goals/add-action";
import { addGoal } from "../server/goals/add-goal";
import { editAction } from "../server/goals/edit-action";
import { editGoal } from "../server/goals/edit-goal";
import { removeAction } from "../server/goals/remove-action";
import { setActionDone } from "../server/goals/set-action-done";
import { setGoalStatus } from "../server/goals/set-goal-status";
import { shareGoal } from "../server/goals/share-goal";
import {
  addActionSchema,
  addGoalSchema,
  editActionSchema,
  editGoalSchema,
  removeActionSchema,
  setActionDoneSchema,
  setGoalStatusSchema,
  shareGoalSchema,
} from "../validation/goals";
import { runAction, type ActionResult } from "./run-action";

/** The client or mentee writes a goal (private unless they share it). */
export async function addGoalAction(values: unknown): Promise<ActionResult> {
  return runAction(addGoalSchema, values, (input, user) => addGoal(db(), user, input));
}

/** The author rewrites a goal. */
export async function editGoalAction(values: unknown): Promise<ActionResult> {
  return runAction(editGoalSchema, values, (input, user) => editGoal(db(), user, input));
}

/** The author shares a goal with their coach or mentor, or stops sharing it. */
export async function shareGoalAction(values: unknown): Promise<ActionResult> {
  return runAction(shareGoalSchema, values, (input, user) => shareGoal(db(), user, input));
}

/** The author marks a goal achieved or dropped, or open again. */
export async function setGoalStatusAction(values: unknown): Promise<ActionResult> {
  return runAction(setGoalStatusSchema, values, (input, user) => setGoalStatus(db(), user, input));
}

/** Either person records an action agreed in a session. */
export async function addActionAction(values: unknown): Promise<ActionResult> {
  return runAction(addActionSchema, values, (input, user) => addAction(db(), user, input));
}

/** The writer of an open action changes it. */
export async function editActionAction(values: unknown): Promise<ActionResult> {
  return runAction(editActionSchema, values, (input, user) => editAction(db(), user, input));
}

/** Either person ticks an action done, or not done. */
export async function setActionDoneAction(values: unknown): Promise<ActionResult> {
  return runAction(setActionDoneSchema, values, (input, user) => setActionDone(db(), user, input));
}

/** The writer of an open action removes it. */
export async function removeActionAction(values: unknown): Promise<ActionResult> {
  return runAction(removeActionSchema, values, (input, user) => removeAction(db(), user, input));
}
