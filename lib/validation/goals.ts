// Forms of the goals and the action plan (lib/domain/action-plan.ts): each schema is used by its form
// (zodResolver) and by its server action (safeParse). Messages are keys of the "errors" catalogue. A
// due date's place in the calendar (not past, not too far) needs the writer's zone: the verb checks it
// and answers beside the field.
import { z } from "zod";
import { ACTION_OWNERS, GOAL_STATUSES, MAX_ACTION_TEXT, MAX_GOAL_TEXT } from "../domain/action-plan";
import { recordId } from "./record-id";

const id = recordId;
const goalText = z.string().trim().min(1, "goalTextRequired").max(MAX_GOAL_TEXT, "textTooLong");
const actionText = z.string().trim().min(1, "actionTextRequired").max(MAX_ACTION_TEXT, "textTooLong");
/** "" for no date, or a calendar day as <input type="date"> gives it. */
const dueOn = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "actionDueInvalid")
  .optional();
const owner = z.enum(ACTION_OWNERS, { message: "actionOwnerRequired" });

export const addGoalSchema = z.object({ engagementId: id, text: goalText, shared: z.boolean().optional() });
export type AddGoalInput = z.input<typeof addGoalSchema>;
export const editGoalSchema = z.object({ goalId: id, text: goalText });
export type EditGoalInput = z.input<typeof editGoalSchema>;
export const shareGoalSchema = z.object({ goalId: id, shared: z.boolean() });
export const setGoalStatusSchema = z.object({ goalId: id, status: z.enum(GOAL_STATUSES) });

export const addActionSchema = z.object({ sessionId: id, text: actionText, owner, dueOn });
export type AddActionInput = z.input<typeof addActionSchema>;
export const editActionSchema = z.object({ actionId: id, text: actionText, owner, dueOn });
export type EditActionInput = z.input<typeof editActionSchema>;
export const setActionDoneSchema = z.object({ actionId: id, done: z.boolean() });
export const removeActionSchema = z.object({ actionId: id });
