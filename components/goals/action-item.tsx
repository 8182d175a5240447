"use client";
// One action agreed: tick it done (either person, while the engagement is active), see who does it
// and by when (overdue marked), and — for the person who wrote it, while open — edit or remove it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionVerb } from "@/components/use-action-verb";
import { useFormAction } from "@/components/use-form-action";
import { editActionAction, removeActionAction, setActionDoneAction } from "@/lib/actions/goals";
import { editActionSchema, type EditActionInput } from "@/lib/validation/goals";
import { ActionFields, type OwnerNames } from "./action-fields";

export type ActionItemView = {
  id: string;
  agreedIn: number;
  text: string;
  owner: "client" | "coach";
  dueOn: string | null;
  /** The due date as the viewer reads it ("12 December 2026"). */
  dueLabel: string | null;
  done: boolean;
  overdue: boolean;
  editable: boolean;
};

export function ActionItem({
  action,
  owners,
  active,
  showAgreedIn,
  minDue,
  place,
}: {
  action: ActionItemView;
  owners: OwnerNames;
  active: boolean;
  showAgreedIn?: boolean;
  /** Where the item is (the plan, a session's card): the same action may be shown in two places. */
  place: string;
  minDue: string;
}) {
  const t = useTranslations("actionPlan.action");
  const { pending, error, run } = useActionVerb();
  const [done, setDone] = useState(action.done);
  const [editing, setEditing] = useState(false);
  const textId = `action-${place}-${action.id}`;

  if (editing) {
    return (
      <li className="rounded border border-slate-200 p-2">
        <EditAction action={action} owners={owners} minDue={minDue} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li
      className="flex flex-wrap items-start justify-between gap-2 rounded px-1 py-1"
      data-testid="action"
      data-done={done ? "true" : "false"}
    >
      <label className="flex min-w-0 flex-1 cursor-pointer items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 h-4 w-4 shrink-0 accent-emerald-600"
          checked={done}
          disabled={!active || pending}
          onChange={(e) => {
            const next = e.target.checked;
            setDone(next);
            run(() =>
              setActionDoneAction({ actionId: action.id, done: next }).then((r) => {
                if (!r.ok) setDone(!next);
                return r;
              }),
            );
          }}
        />
        <span className="min-w-0">
          <span id={textId} className={done ? "text-slate-600 line-through decoration-slate-400" : "text-slate-900"}>
            {action.text}
          </span>
          <span className="block text-xs text-slate-600">
            {owners[action.owner]}
            {action.dueLabel && <> · {t("due", { date: action.dueLabel })}</>}
            {showAgreedIn && <> · {t("agreedIn", { position: action.agreedIn })}</>}
          </span>
        </span>
      </label>
      <div className="flex items-center gap-2">
        {action.overdue && !done && <Badge tone="danger">{t("overdue")}</Badge>}
        {done && <Badge tone="success">{t("done")}</Badge>}
        {active && action.editable && !done && (
          <>
            <Button variant="quiet" size="sm" aria-describedby={textId} onClick={() => setEditing(true)}>
              {t("edit")}
            </Button>
            <Button
              variant="quiet"
              size="sm"
              tone="danger"
              aria-describedby={textId}
              disabled={pending}
              onClick={() => run(() => removeActionAction({ actionId: action.id }))}
            >
              {t("remove")}
            </Button>
          </>
        )}
      </div>
      <Alert tone="error" className="w-full">
        {error}
      </Alert>
    </li>
  );
}

function EditAction({
  action,
  owners,
  minDue,
  onDone,
}: {
  action: ActionItemView;
  owners: OwnerNames;
  minDue: string;
  onDone: () => void;
}) {
  const t = useTranslations("actionPlan.action");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditActionInput>({
    resolver: zodResolver(editActionSchema),
    defaultValues: { actionId: action.id, text: action.text, owner: action.owner, dueOn: action.dueOn ?? "" },
  });
  const { refusal, send } = useFormAction(setError, ["text", "owner", "dueOn"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => editActionAction(values),
      () => {
        onDone();
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={t("editLabel", { text: action.text })}>
      <input type="hidden" {...register("actionId")} />
      <ActionFields
        idPrefix={`action-${action.id}-edit`}
        register={register}
        errors={errors}
        owners={owners}
        minDue={minDue}
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
