// The engagement page's goals and action plan: the client's or mentee's goals (all of theirs; for
// the coach or mentor only the shared ones — the loader has already left the others out), and the
// plan's progress ("4 of 7 actions done", overdue ones marked) with what is still to do.
import { getFormatter, getTranslations } from "next-intl/server";
import { SessionProgressBar } from "@/components/sessions/progress-bar";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ActionPlanView } from "@/lib/server/goals/load-action-plan";
import { ActionItem } from "./action-item";
import type { OwnerNames } from "./action-fields";
import { AddGoalForm } from "./add-goal-form";
import { GoalItem, GoalStatusBadge } from "./goal-item";
import { actionItemView } from "./plan-format";

export async function GoalsSection({
  plan,
  otherName,
  owners,
  today,
}: {
  plan: ActionPlanView;
  otherName: string;
  owners: OwnerNames;
  /** The viewer's today ("YYYY-MM-DD"). */
  today: string;
}) {
  const [t, format] = await Promise.all([getTranslations("actionPlan"), getFormatter()]);
  const formatDay = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const open = plan.actions.filter((a) => !a.done);
  const { done, total, overdue } = plan.progress;
  return (
    <Card heading={t("title")} headingId="goals" data-testid="action-plan">
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="goals-title" data-testid="goals">
          <h3 id="goals-title" className="text-lg font-semibold text-slate-900">
            {t("goals.title")}
          </h3>
          <p className="mt-1 text-sm text-slate-600">
            {plan.writesGoals ? t("goals.leadClient", { name: otherName }) : t("goals.leadCoach", { name: otherName })}
          </p>
          {plan.goals.length === 0 ? (
            <p className="mt-3 text-sm text-slate-700">
              {plan.writesGoals ? t("goals.noneClient") : t("goals.noneCoach", { name: otherName })}
            </p>
          ) : (
            <ul className="mt-3 space-y-2">
              {plan.goals.map((g) =>
                g.mine ? (
                  <GoalItem key={g.id} goal={g} otherName={otherName} active={plan.active} />
                ) : (
                  <li
                    key={g.id}
                    className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-3"
                    data-testid="goal"
                    data-goal-status={g.status}
                  >
                    <p className="whitespace-pre-line text-slate-900">{g.text}</p>
                    <GoalStatusBadge status={g.status} />
                  </li>
                ),
              )}
            </ul>
          )}
          {plan.writesGoals && plan.active && (
            <div className="mt-4">
              <AddGoalForm engagementId={plan.engagementId} otherName={otherName} />
            </div>
          )}
        </section>

        <section aria-labelledby="action-plan-title" data-testid="plan-progress">
          <h3 id="action-plan-title" className="text-lg font-semibold text-slate-900">
            {t("plan.title")}
          </h3>
          <p className="mt-1 text-sm text-slate-600">{t("plan.lead")}</p>
          {total === 0 ? (
            <p className="mt-3 text-sm text-slate-700">{t("plan.none")}</p>
          ) : (
            <>
              <div className="mt-3">
                <SessionProgressBar
                  completed={done}
                  total={total}
                  label={t("plan.progressLabel")}
                  caption={t("plan.progress", { done, total })}
                />
                {overdue > 0 && (
                  <p className="mt-2">
                    <Badge tone="danger">{t("plan.overdue", { count: overdue })}</Badge>
                  </p>
                )}
              </div>
              {open.length === 0 ? (
                <p className="mt-3 text-sm text-emerald-800">{t("plan.allDone")}</p>
              ) : (
                <>
                  <h4 className="mt-4 text-sm font-semibold text-slate-800">{t("plan.openTitle")}</h4>
                  <ul className="mt-1 space-y-1">
                    {open.map((a) => (
                      <ActionItem
                        key={a.id}
                        action={actionItemView(a, formatDay)}
                        owners={owners}
                        active={plan.active}
                        showAgreedIn
                        minDue={today}
                        place="plan"
                      />
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </section>
      </div>
    </Card>
  );
}
