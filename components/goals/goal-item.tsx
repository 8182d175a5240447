"use client";
// One goal as its author handles it: share or stop sharing (a switch), mark it achieved or dropped
// (or open again), rewrite it. Each change is saved at once; a refusal shows under the goal.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useActionVerb } from "@/components/use-action-verb";
import { useFormAction } from "@/components/use-form-action";
import { editGoalAction, setGoalStatusAction, shareGoalAction } from "@/lib/actions/goals";
import { MAX_GOAL_TEXT, type GoalStatus } from "@/lib/domain/action-plan";
import { editGoalSchema, type EditGoalInput } from "@/lib/validation/goals";

const STATUS_TONE = { open: "brand", achieved: "success", dropped: "neutral" } as const;

export type GoalItemView = { id: string; text: string; status: GoalStatus; shared: boolean; mine: boolean };

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const t = useTranslations("actionPlan.goals.status");
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

export function GoalItem({ goal, otherName, active }: { goal: GoalItemView; otherName: string; active: boolean }) {
  const t = useTranslations("actionPlan.goals");
  const { pending, error, run } = useActionVerb();
  const [editing, setEditing] = useState(false);
  const [shared, setShared] = useState(goal.shared);
  const textId = `goal-${goal.id}-text`;

  return (
    <li className="rounded border border-slate-200 p-3" data-testid="goal" data-goal-status={goal.status}>
      {editing ? (
        <EditGoal goal={goal} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p
            id={textId}
            className={`whitespace-pre-line text-slate-900 ${goal.status === "dropped" ? "text-slate-600 line-through" : ""}`}
          >
            {goal.text}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <GoalStatusBadge status={goal.status} />
            <Badge tone={shared ? "info" : "neutral"}>
              {shared ? t("sharedWith", { name: otherName }) : t("private")}
            </Badge>
          </div>
        </div>
      )}
      {active && !editing && (
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
          <label className="flex cursor-pointer items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              role="switch"
              className="h-4 w-4 accent-brand-600"
              checked={shared}
              disabled={pending}
              aria-describedby={textId}
              onChange={(e) => {
                const next = e.target.checked;
                setShared(next);
                run(() =>
                  shareGoalAction({ goalId: goal.id, shared: next }).then((r) => {
                    if (!r.ok) setShared(!next);
                    return r;
                  }),
                );
              }}
            />
            {t("share", { name: otherName })}
          </label>
          <div className="flex flex-wrap gap-2">
            {goal.status === "open" ? (
              <>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={pending}
                  aria-describedby={textId}
                  onClick={() => run(() => setGoalStatusAction({ goalId: goal.id, status: "achieved" }))}
                >
                  {t("markAchieved")}
                </Button>
                <Button
                  variant="quiet"
                  size="sm"
                  disabled={pending}
                  aria-describedby={textId}
                  onClick={() => run(() => setGoalStatusAction({ goalId: goal.id, status: "dropped" }))}
                >
                  {t("drop")}
                </Button>
              </>
            ) : (
              <Button
                variant="quiet"
                size="sm"
                disabled={pending}
                aria-describedby={textId}
                onClick={() => run(() => setGoalStatusAction({ goalId: goal.id, status: "open" }))}
              >
                {t("reopen")}
              </Button>
            )}
            <Button variant="quiet" size="sm" aria-describedby={textId} onClick={() => setEditing(true)}>
              {t("edit")}
            </Button>
          </div>
        </div>
      )}
      <Alert tone="error" className="mt-2">
        {error}
      </Alert>
    </li>
  );
}

function EditGoal({ goal, onDone }: { goal: GoalItemView; onDone: () => void }) {
  const t = useTranslations("actionPlan.goals");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditGoalInput>({
    resolver: zodResolver(editGoalSchema),
    defaultValues: { goalId: goal.id, text: goal.text },
  });
  const { refusal, send } = useFormAction(setError, ["text"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => editGoalAction(values),
      () => {
        onDone();
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" {...register("goalId")} />
      <TextAreaField
        id={`goal-${goal.id}-edit`}
        label={t("text")}
        rows={2}
        maxLength={MAX_GOAL_TEXT}
        error={errors.text}
        autoFocus
        {...register("text")}
      />
      <Alert tone="error">{refusal}</Alert>
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={isSubmitting} pendingLabel={t("saving")}>
          {t("save")}
        </Button>
        <Button variant="quiet" size="sm" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
