import type { ActionItemView } from "./action-item";
import type { ActionView } from "@/lib/server/goals/load-action-plan";

/** A due day ("YYYY-MM-DD") as the viewer reads it: the day itself, whatever the zone. */
export function actionItemView(a: ActionView, formatDay: (d: Date) => string): ActionItemView {
  return {
    id: a.id,
    agreedIn: a.agreedIn,
    text: a.text,
    owner: a.owner,
    dueOn: a.dueOn,
    dueLabel: a.dueOn ? formatDay(new Date(`${a.dueOn}T00:00:00Z`)) : null,
    done: a.done,
    overdue: a.overdue,
    editable: a.editable,
  };
}
