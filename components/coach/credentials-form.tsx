"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveCoachCredentialsAction } from "@/lib/actions/save-coach-credentials";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";
import {
  coachCredentialsSchema,
  CREDENTIAL_KINDS,
  STAFF_STATUSES,
  type CoachCredentialsInput,
} from "@/lib/validation/coach-profile";
import { FieldError, inputClass, labelClass, SaveBar, useSave } from "./form-parts";

const toHours = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/** Staff status and credential kind (with training hours and observed practice for ICF training). */
export function CredentialsForm({ values }: { values: CoachCredentialsInput }) {
  const t = useTranslations("coachProfile.credentials");
  const { result, save } = useSave(saveCoachCredentialsAction);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<CoachCredentialsInput>({ resolver: zodResolver(coachCredentialsSchema), defaultValues: values });
  const training = watch("credentialKind") === "icf_training";
  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t("title")} className="space-y-6">
      <fieldset aria-describedby={errors.staffStatus ? "staffStatus-error" : undefined}>
        <legend className={labelClass}>{t("staffStatus")}</legend>
        <div className="mt-2 space-y-1.5">
          {STAFF_STATUSES.map((s) => (
            <label key={s} className="flex items-start gap-2 text-sm text-slate-700">
              <input type="radio" value={s} className="mt-0.5 h-4 w-4 accent-brand-600" {...register("staffStatus")} />
              <span>{t(s)}</span>
            </label>
          ))}
        </div>
        <FieldError id="staffStatus-error" message={errors.staffStatus?.message} />
      </fieldset>
      <fieldset aria-describedby={errors.credentialKind ? "credentialKind-error" : undefined}>
        <legend className={labelClass}>{t("kind")}</legend>
        <div className="mt-2 space-y-1.5">
          {CREDENTIAL_KINDS.map((k) => (
            <label key={k} className="flex items-start gap-2 text-sm text-slate-700">
              <input
                type="radio"
                value={k}
                className="mt-0.5 h-4 w-4 accent-brand-600"
                {...register("credentialKind")}
              />
              <span>{t(`kinds.${k}`)}</span>
            </label>
          ))}
        </div>
        <FieldError id="credentialKind-error" message={errors.credentialKind?.message} />
      </fieldset>
      {training && (
        <div className="rounded-md border border-brand-100 bg-brand-50 p-4">
          <p id="training-rule" className="text-sm text-brand-900">
            {t("trainingRule", { hours: MIN_TRAINING_HOURS })}
          </p>
          <div className="mt-3 grid gap-4 sm:grid-cols-[10rem_1fr] sm:items-end">
            <div>
              <label htmlFor="trainingHours" className={labelClass}>
                {t("trainingHours")}
              </label>
              <input
                id="trainingHours"
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                className={inputClass}
                aria-invalid={Boolean(errors.trainingHours)}
                aria-describedby={`training-rule${errors.trainingHours ? " trainingHours-error" : ""}`}
                {...register("trainingHours", { setValueAs: toHours })}
              />
            </div>
            <label className="flex items-start gap-2 pb-2 text-sm text-slate-800">
              <input
                type="checkbox"
                className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
                aria-describedby="training-rule"
                {...register("observedPractice")}
              />
              <span>{t("observedPractice")}</span>
            </label>
          </div>
          <FieldError id="trainingHours-error" message={errors.trainingHours?.message} />
        </div>
      )}
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
