"use client";
// Days away (leave, a holiday): listed with a button to remove each, and a form to add more.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionVerb } from "@/components/use-action-verb";
import { useFormAction } from "@/components/use-form-action";
import { addDaysAwayAction, removeDaysAwayAction } from "@/lib/actions/days-away";
import { MAX_REASON } from "@/lib/domain/availability";
import { addDaysAwaySchema, type AddDaysAwayForm } from "@/lib/validation/availability";

export type DaysAwayRow = { id: string; label: string; reason: string | null };

export function DaysAwayForm({
  kind,
  rows,
  today,
}: {
  kind: AddDaysAwayForm["kind"];
  rows: DaysAwayRow[];
  today: string;
}) {
  const t = useTranslations("availability");
  const router = useRouter();
  const id = useId();
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddDaysAwayForm>({
    resolver: zodResolver(addDaysAwaySchema),
    defaultValues: { kind, firstDay: "", lastDay: "", reason: "" },
  });
  const { refusal, send } = useFormAction(setError, ["firstDay", "lastDay", "reason"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => addDaysAwayAction(values),
      () => {
        reset({ kind, firstDay: "", lastDay: "", reason: "" });
        router.refresh();
      },
    ),
  );

  return (
    <div className="space-y-4">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("away.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200" aria-label={t("away.heading")}>
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span>
                <span className="font-medium text-slate-900">{r.label}</span>
                {r.reason && <span className="text-slate-600"> · {r.reason}</span>}
              </span>
              <Button
                variant="secondary"
                size="sm"
                disabled={pending}
                aria-label={t("away.removeLabel", { days: r.label })}
                onClick={() => run(() => removeDaysAwayAction({ kind, id: r.id }))}
              >
                {t("away.remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Alert tone="error">{error}</Alert>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("away.add")}>
        <Alert tone="error">{refusal}</Alert>
        <input type="hidden" {...register("kind")} />
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            id={`${id}-first`}
            label={t("away.firstDay")}
            type="date"
            min={today}
            error={errors.firstDay}
            {...register("firstDay")}
          />
          <TextField
            id={`${id}-last`}
            label={t("away.lastDay")}
            type="date"
            min={today}
            error={errors.lastDay}
            {...register("lastDay")}
          />
          <TextField
            id={`${id}-reason`}
            label={t("away.reason")}
            optionalText={t("optional")}
            maxLength={MAX_REASON}
            error={errors.reason}
            {...register("reason")}
          />
        </div>
        <Button type="submit" variant="secondary" pending={isSubmitting} pendingLabel={t("saving")}>
          {t("away.add")}
        </Button>
      </form>
    </div>
  );
}
