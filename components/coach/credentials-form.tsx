"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { Choice, ChoiceList } from "@/components/ui/choices";
import { TextField } from "@/components/ui/field";
import { useSave } from "@/components/use-save";
import { saveCoachCredentialsAction } from "@/lib/actions/save-coach-credentials";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";
import { defaultExpiry, parseDay } from "@/lib/domain/credential-expiry";
import {
  coachCredentialsSchema,
  CREDENTIAL_KINDS,
  STAFF_STATUSES,
  type CoachCredentialsInput,
} from "@/lib/validation/coach-profile";
import { SaveBar } from "./save-bar";

const toHours = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/** Staff status and credential kind (with training hours and observed practice for ICF training). */
export function CredentialsForm({ values }: { values: CoachCredentialsInput }) {
  const t = useTranslations("coachProfile.credentials");
  const { result, save } = useSave(saveCoachCredentialsAction);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CoachCredentialsInput>({ resolver: zodResolver(coachCredentialsSchema), defaultValues: values });
  const training = useWatch({ control, name: "credentialKind" }) === "icf_training";
  const tr = useTranslations("credentialRenewal");
  const format = useFormatter();
  const dated = parseDay(useWatch({ control, name: "credentialDate" }) ?? "");
  const expiryHint = dated
    ? tr("expiresOnHint", { date: format.dateTime(defaultExpiry(dated), { dateStyle: "long", timeZone: "UTC" }) })
    : tr("expiresOnHintEmpty");
  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t("title")} className="space-y-6">
      <ChoiceList
        type="radio"
        legend={t("staffStatus")}
        name="staffStatus"
        options={STAFF_STATUSES.map((s) => ({ value: s, label: t(s) }))}
        register={register}
        error={errors.staffStatus}
        columns={1}
      />
      <ChoiceList
        type="radio"
        legend={t("kind")}
        name="credentialKind"
        options={CREDENTIAL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        register={register}
        error={errors.credentialKind}
        columns={1}
      />
      {training && (
        <div className="rounded-md border border-brand-100 bg-brand-50 p-4">
          <p id="training-rule" className="text-sm text-brand-900">
            {t("trainingRule", { hours: MIN_TRAINING_HOURS })}
          </p>
          <div className="mt-3 grid gap-4 sm:grid-cols-[10rem_1fr] sm:items-end">
            <TextField
              id="trainingHours"
              label={t("trainingHours")}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              error={errors.trainingHours}
              aria-describedby={`training-rule${errors.trainingHours ? " trainingHours-error" : ""}`}
              {...register("trainingHours", { setValueAs: toHours })}
            />
            <Choice
              type="checkbox"
              label={t("observedPractice")}
              className="pb-2 text-slate-800"
              aria-describedby="training-rule"
              {...register("observedPractice")}
            />
          </div>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="credentialDate"
          type="date"
          label={tr("credentialDate")}
          hint={tr("credentialDateHint")}
          error={errors.credentialDate}
          {...register("credentialDate")}
        />
        <TextField
          id="credentialExpiresOn"
          type="date"
          label={tr("expiresOn")}
          hint={expiryHint}
          error={errors.credentialExpiresOn}
          {...register("credentialExpiresOn")}
        />
      </div>
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
