import "server-only";
import { dueDateProblem, dueOnDate, todayIn } from "../../domain/action-plan";
import { FieldDomainError } from "../errors";

/** A typed due date ("" for none) as the stored day, judged on the writer's own calendar; a refusal names the field. */
export function parseDueOn(value: string | undefined, zone: string, now: Date): Date | null {
  const day = (value ?? "").trim();
  if (!day) return null;
  const problem = dueDateProblem(day, todayIn(zone, now));
  if (problem) throw new FieldDomainError(problem, "dueOn");
  return dueOnDate(day);
}
