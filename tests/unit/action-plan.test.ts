// Goals and the action plan (lib/domain/action-plan.ts): who reads a goal, which actions a session
// carries over, progress and overdue actions on the viewer's own calendar day, and the limits.
import { describe, expect, it } from "vitest";
import {
  carriedOverActions,
  dueDateProblem,
  goalVisibleTo,
  isOverdue,
  mayChangeGoal,
  mayEditAction,
  mayRecordActionsIn,
  mayWriteGoals,
  planProgress,
  todayIn,
  visibleGoals,
  type ActionFacts,
  type SessionFacts,
} from "@/lib/domain/action-plan";
import { addActionSchema, addGoalSchema } from "@/lib/validation/goals";

const client = { id: "amina", role: "client" as const };
const coach = { id: "carlos", role: "coach" as const };
const at = (s: string) => new Date(s);

describe("who reads a goal", () => {
  const privateGoal = { authorId: "amina", sharedAt: null };
  const sharedGoal = { authorId: "amina", sharedAt: at("2026-11-01T10:00:00Z") };
  it("its author always, shared or not", () => {
    expect(goalVisibleTo(privateGoal, client)).toBe("author");
    expect(goalVisibleTo(sharedGoal, client)).toBe("author");
  });
  it("the coach or mentor only once shared, and no longer once un-shared", () => {
    expect(goalVisibleTo(privateGoal, coach)).toBeNull();
    expect(goalVisibleTo(sharedGoal, coach)).toBe("shared");
    expect(goalVisibleTo({ ...sharedGoal, sharedAt: null }, coach)).toBeNull();
  });
  it("nobody outside the engagement, even for a shared goal (a sponsor, an admin)", () => {
    expect(goalVisibleTo(sharedGoal, { id: "sam", role: null })).toBeNull();
    expect(visibleGoals([sharedGoal, privateGoal], { id: "sam", role: null })).toEqual([]);
    expect(visibleGoals([sharedGoal, privateGoal], { id: "amina", role: null })).toEqual([]);
  });
  it("filters a list for the coach", () => {
    expect(visibleGoals([privateGoal, sharedGoal], coach)).toEqual([sharedGoal]);
    expect(visibleGoals([privateGoal, sharedGoal], client)).toEqual([privateGoal, sharedGoal]);
  });
  it("only the client writes goals, and only the author changes one", () => {
    expect(mayWriteGoals("client")).toBe(true);
    expect(mayWriteGoals("coach")).toBe(false);
    expect(mayChangeGoal(sharedGoal, "amina")).toBe(true);
    expect(mayChangeGoal(sharedGoal, "carlos")).toBe(false);
  });
});

describe("actions agreed in sessions", () => {
  const now = at("2026-12-04T12:00:00Z");
  const sessions: SessionFacts[] = [
    { id: "s1", position: 1, status: "completed", startsAt: at("2026-10-01T09:00:00Z") },
    { id: "s2", position: 2, status: "completed", startsAt: at("2026-11-01T09:00:00Z") },
    { id: "s3", position: 3, status: "scheduled", startsAt: at("2026-12-10T09:00:00Z") },
    { id: "s4", position: 4, status: "planned", startsAt: null },
  ];
  const action = (id: string, sessionId: string, doneAt: Date | null = null): ActionFacts => ({
    id,
    sessionId,
    doneAt,
    dueOn: null,
    createdById: "amina",
  });
  const a1 = action("a1", "s1");
  const a2 = action("a2", "s1", at("2026-10-20T00:00:00Z")); // done before session 2
  const a3 = action("a3", "s1", at("2026-11-20T00:00:00Z")); // done after session 2 began
  const b1 = action("b1", "s2");
  const all = [a1, a2, a3, b1];
  const ids = (xs: ActionFacts[]) => xs.map((x) => x.id);

  it("session 1 carries nothing over", () => {
    expect(carriedOverActions(all, sessions, "s1", now)).toEqual([]);
  });
  it("session 2 carries the actions of session 1 that were open when it began (ticked later or still open)", () => {
    expect(ids(carriedOverActions(all, sessions, "s2", now))).toEqual(["a1", "a3"]);
  });
  it("sessions to come carry every open action of earlier sessions, never their own", () => {
    expect(ids(carriedOverActions(all, sessions, "s3", now))).toEqual(["a1", "b1"]);
    expect(ids(carriedOverActions(all, sessions, "s4", now))).toEqual(["a1", "b1"]);
    expect(ids(carriedOverActions([...all, action("c1", "s3")], sessions, "s3", now))).toEqual(["a1", "b1"]);
  });
  it("an unknown session carries nothing", () => {
    expect(carriedOverActions(all, sessions, "nope", now)).toEqual([]);
  });
  it("are recorded in a session under way or held, not one to come", () => {
    expect(mayRecordActionsIn(sessions[0]!, now)).toBe(true);
    expect(mayRecordActionsIn(sessions[2]!, now)).toBe(false);
    expect(mayRecordActionsIn({ status: "scheduled", startsAt: at("2026-12-04T11:30:00Z") }, now)).toBe(true);
    expect(mayRecordActionsIn({ status: "planned", startsAt: null }, now)).toBe(false);
    expect(mayRecordActionsIn({ status: "cancelled", startsAt: at("2026-11-01T09:00:00Z") }, now)).toBe(false);
    expect(mayRecordActionsIn({ status: "missed", startsAt: at("2026-11-01T09:00:00Z") }, now)).toBe(false);
  });
  it("are changed or removed by their writer only, while open", () => {
    expect(mayEditAction(a1, "amina")).toBe(true);
    expect(mayEditAction(a1, "carlos")).toBe(false);
    expect(mayEditAction(a2, "amina")).toBe(false);
  });
});

describe("progress and overdue actions", () => {
  const due = (day: string | null, doneAt: Date | null = null) => ({
    dueOn: day ? at(`${day}T00:00:00Z`) : null,
    doneAt,
  });
  it("counts done actions and the open ones past their day", () => {
    const now = at("2026-12-04T12:00:00Z");
    const actions = [due("2026-12-01"), due("2026-12-01", now), due("2026-12-04"), due(null), due("2026-12-20")];
    expect(planProgress(actions, "UTC", now)).toEqual({ done: 1, total: 5, overdue: 1, percent: 20 });
    expect(planProgress([], "UTC", now)).toEqual({ done: 0, total: 0, overdue: 0, percent: 0 });
  });
  it("judges overdue on the viewer's own day: due 4 December is overdue in Tokyo before it is in New York", () => {
    const now = at("2026-12-05T02:00:00Z"); // 5 Dec 11:00 in Tokyo, 4 Dec 21:00 in New York
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-12-05");
    expect(todayIn("America/New_York", now)).toBe("2026-12-04");
    expect(isOverdue(due("2026-12-04"), "Asia/Tokyo", now)).toBe(true);
    expect(isOverdue(due("2026-12-04"), "America/New_York", now)).toBe(false);
    expect(isOverdue(due("2026-12-01", now), "Asia/Tokyo", now)).toBe(false);
    expect(isOverdue(due(null), "Asia/Tokyo", now)).toBe(false);
  });
});

describe("limits", () => {
  it("a due date is a real day, not past on the writer's calendar, within 400 days", () => {
    expect(dueDateProblem("2026-12-04", "2026-12-04")).toBeNull();
    expect(dueDateProblem("2027-12-31", "2026-12-04")).toBeNull();
    expect(dueDateProblem("2026-12-03", "2026-12-04")).toBe("actionDuePast");
    expect(dueDateProblem("2028-02-01", "2026-12-04")).toBe("actionDueTooFar");
    expect(dueDateProblem("2026-02-30", "2026-01-01")).toBe("actionDueInvalid");
    expect(dueDateProblem("4 Dec", "2026-01-01")).toBe("actionDueInvalid");
  });
  it("the forms' schemas refuse empty and too long texts with the catalogue's keys", () => {
    const goal = addGoalSchema.safeParse({ engagementId: "c123456789012345678901234", text: "  " });
    expect(goal.success).toBe(false);
    expect(goal.error?.issues[0]?.message).toBe("goalTextRequired");
    const long = addGoalSchema.safeParse({ engagementId: "c123456789012345678901234", text: "x".repeat(501) });
    expect(long.error?.issues[0]?.message).toBe("textTooLong");
    const action = addActionSchema.safeParse({
      sessionId: "c123456789012345678901234",
      text: "Call HR",
      owner: "sponsor",
    });
    expect(action.error?.issues[0]?.message).toBe("actionOwnerRequired");
    const ok = addActionSchema.safeParse({
      sessionId: "c123456789012345678901234",
      text: "Call HR",
      owner: "client",
      dueOn: "",
    });
    expect(ok.success).toBe(true);
  });
});
