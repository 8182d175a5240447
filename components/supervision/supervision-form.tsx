"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { inputClass, labelClass, secondaryButton } from "@/components/coach/form-parts";
import { Alert, FieldMessage, SubmitRow } from "@/components/missions/parts";
import { useActionVerb } from "@/components/use-action-verb";
import { deleteSupervisionRecordAction, recordSupervisionAction } from "@/lib/actions/supervision";
import { MAX_SUPERVISOR } from "@/lib/domain/supervision";
import { recordSupervisionSchema, type RecordSupervisionInput } from "@/lib/validation/supervision";

/** A coach records one supervision session: when, with whom, and whether they attended. */
export function SupervisionForm({ today, lastSupervisor }: { today: string; lastSupervisor: string }) {
  const t = useTranslations("supervision.form");
  const { pending, error, run } = useActionVerb();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<RecordSupervisionInput>({
    resolver: zodResolver(recordSupervisionSchema),
    defaultValues: { heldOn: today, supervisor: lastSupervisor, attended: "yes" },
  });
  return (
    <form
      noValidate
      aria-label={t("title")}
      className="space-y-4"
      onSubmit={handleSubmit((values) => {
        setSaved(false);
        run(
          () => recordSupervisionAction(values),
          () => {
            reset({ heldOn: today, supervisor: values.supervisor, attended: "yes" });
            setSaved(true);
          },
        );
      })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="supervision-date" className={labelClass}>
            {t("date")}
          </label>
          <input
            id="supervision-date"
            type="date"
            max={today}
            className={inputClass}
            aria-invalid={Boolean(errors.heldOn)}
            aria-describedby={errors.heldOn ? "supervision-date-error" : undefined}
            {...register("heldOn")}
          />
          <FieldMessage id="supervision-date-error" message={errors.heldOn?.message} />
        </div>
        <div>
          <label htmlFor="supervision-supervisor" className={labelClass}>
            {t("supervisor")}
          </label>
          <input
            id="supervision-supervisor"
            maxLength={MAX_SUPERVISOR}
            className={inputClass}
            aria-invalid={Boolean(errors.supervisor)}
            aria-describedby={`supervision-supervisor-hint${errors.supervisor ? " supervision-supervisor-error" : ""}`}
            {...register("supervisor")}
          />
          <p id="supervision-supervisor-hint" className="mt-1 text-xs text-slate-500">
            {t("supervisorHint")}
          </p>
          <FieldMessage id="supervision-supervisor-error" message={errors.supervisor?.message} />
        </div>
      </div>
      <fieldset>
        <legend className={labelClass}>{t("attended")}</legend>
        <div className="mt-1 flex gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" value="yes" {...register("attended")} /> {t("yes")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="no" {...register("attended")} /> {t("no")}
          </label>
        </div>
        <FieldMessage id="supervision-attended-error" message={errors.attended?.message} />
      </fieldset>
      <Alert text={error} />
      <SubmitRow pending={pending} label={t("save")} done={saved} doneText={t("saved")} />
    </form>
  );
}

export function DeleteSupervisionRecord({ recordId, label }: { recordId: string; label: string }) {
  const t = useTranslations("supervision");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      {!confirming ? (
        <button
          type="button"
          className="text-sm text-red-700 underline"
          onClick={() => setConfirming(true)}
          aria-label={`${t("delete")} — ${label}`}
        >
          {t("delete")}
        </button>
      ) : (
        <span className="flex gap-2">
          <button
            type="button"
            disabled={pending}
            className={secondaryButton}
            onClick={() => run(() => deleteSupervisionRecordAction({ recordId }))}
          >
            {t("confirmDelete")}
          </button>
          <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </span>
      )}
      <Alert text={error} />
    </div>
  );
}
