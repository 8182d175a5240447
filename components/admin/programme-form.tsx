"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { inputClass, primaryButton } from "@/components/coach/form-parts";
import { createProgrammeAction } from "@/lib/actions/create-programme";
import { updateProgrammeAction } from "@/lib/actions/update-programme";
import { APPOINTMENT_TYPES } from "@/lib/domain/eligibility";
import {
  defaultSessionPlan,
  CAPACITY_LIMIT_MAX,
  CAPACITY_LIMIT_MIN,
  PROGRAMME_TYPES,
  REQUEST_TIMEOUT_MAX,
  REQUEST_TIMEOUT_MIN,
  SEAT_OFFER_DAYS_MAX,
  SEAT_OFFER_DAYS_MIN,
  SEATS_MAX,
  SEATS_MIN,
  SESSION_PLANS,
} from "@/lib/domain/programme-settings";
import { programmeSchema, type ProgrammeInput } from "@/lib/validation/programmes";
import { FieldMessage, FormField } from "./form-field";

/**
 * A programme's type, texts in both languages and settings. Creating sets its address once;
 * editing keeps it. A refusal keeps everything typed and shows the message beside its field.
 */
export function ProgrammeForm({ programmeId, values }: { programmeId?: string; values: ProgrammeInput }) {
  const t = useTranslations("adminProgrammes.form");
  const tt = useTranslations("programmeTypes");
  const te = useTranslations("errors");
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ProgrammeInput>({ resolver: zodResolver(programmeSchema), defaultValues: values });

  const onSubmit = handleSubmit(async (v) => {
    setServerError(undefined);
    try {
      const result = programmeId
        ? await updateProgrammeAction({ programmeId, values: v })
        : await createProgrammeAction(v);
      if (result.ok) {
        router.push(`/admin/programmes?saved=${programmeId ? "programme" : "programmeCreated"}#programme-${v.slug}`);
        router.refresh();
        return;
      }
      if ("field" in result && typeof result.field === "string" && result.field in v)
        setError(
          result.field as keyof ProgrammeInput,
          { type: "server", message: result.error },
          { shouldFocus: true },
        );
      else setServerError(result.error);
    } catch {
      setServerError(te("generic"));
    }
  });
  const num = { valueAsNumber: true } as const;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={programmeId ? t("editTitle") : t("newTitle")}
    >
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("identity")}</legend>
        {programmeId ? (
          <div>
            <p className="text-sm font-medium text-slate-800">{t("slug")}</p>
            <p className="mt-1 font-mono text-sm text-slate-700">/programmes/{values.slug}</p>
            <p className="mt-1 text-xs text-slate-500">{t("slugFixed")}</p>
          </div>
        ) : (
          <FormField id="programme-slug" label={t("slug")} help={t("slugHelp")} error={errors.slug}>
            {(aria) => <input {...aria} className={inputClass} autoComplete="off" {...register("slug")} />}
          </FormField>
        )}
        <FormField id="programme-type" label={t("type")} error={errors.type}>
          {(aria) => (
            <select
              {...aria}
              className={inputClass}
              {...register("type", {
                // A new programme follows its type's plan unless the admin picks another one.
                onChange: (e) => !programmeId && setValue("sessionPlan", defaultSessionPlan(e.target.value)),
              })}
            >
              {PROGRAMME_TYPES.map((type) => (
                <option key={type} value={type}>
                  {tt(type)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="programme-nameEn" label={t("nameEn")} error={errors.nameEn}>
          {(aria) => <input {...aria} lang="en" className={inputClass} {...register("nameEn")} />}
        </FormField>
        <FormField id="programme-nameFr" label={t("nameFr")} error={errors.nameFr}>
          {(aria) => <input {...aria} lang="fr" className={inputClass} {...register("nameFr")} />}
        </FormField>
        <FormField id="programme-descriptionEn" label={t("descriptionEn")} error={errors.descriptionEn}>
          {(aria) => <textarea {...aria} lang="en" rows={4} className={inputClass} {...register("descriptionEn")} />}
        </FormField>
        <FormField id="programme-descriptionFr" label={t("descriptionFr")} error={errors.descriptionFr}>
          {(aria) => <textarea {...aria} lang="fr" rows={4} className={inputClass} {...register("descriptionFr")} />}
        </FormField>
      </fieldset>

      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("settings")}</legend>
        <FormField
          id="programme-sessionPlan"
          label={t("sessionPlan")}
          help={t("sessionPlanHelp")}
          error={errors.sessionPlan}
        >
          {(aria) => (
            <select {...aria} className={inputClass} {...register("sessionPlan")}>
              {SESSION_PLANS.map((p) => (
                <option key={p} value={p}>
                  {t(`plans.${p}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="programme-profileCapacityLimit"
          label={t("maxClientsPerCoach")}
          help={t("maxClientsHelp", { min: CAPACITY_LIMIT_MIN, max: CAPACITY_LIMIT_MAX })}
          error={errors.profileCapacityLimit}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={CAPACITY_LIMIT_MIN}
              max={CAPACITY_LIMIT_MAX}
              className={inputClass}
              {...register("profileCapacityLimit", num)}
            />
          )}
        </FormField>
        <FormField
          id="programme-requestTimeoutWorkingDays"
          label={t("requestTimeout")}
          help={t("requestTimeoutHelp", { min: REQUEST_TIMEOUT_MIN, max: REQUEST_TIMEOUT_MAX })}
          error={errors.requestTimeoutWorkingDays}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={REQUEST_TIMEOUT_MIN}
              max={REQUEST_TIMEOUT_MAX}
              className={inputClass}
              {...register("requestTimeoutWorkingDays", num)}
            />
          )}
        </FormField>
        <FormField
          id="programme-seatOfferDays"
          label={t("seatOfferDays")}
          help={t("seatOfferDaysHelp", { min: SEAT_OFFER_DAYS_MIN, max: SEAT_OFFER_DAYS_MAX })}
          error={errors.seatOfferDays}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={SEAT_OFFER_DAYS_MIN}
              max={SEAT_OFFER_DAYS_MAX}
              className={inputClass}
              {...register("seatOfferDays", num)}
            />
          )}
        </FormField>
        <FormField
          id="programme-defaultSeats"
          label={t("defaultSeats")}
          help={t("defaultSeatsHelp")}
          error={errors.defaultSeats}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={SEATS_MIN}
              max={SEATS_MAX}
              className={inputClass}
              {...register("defaultSeats", num)}
            />
          )}
        </FormField>
        <fieldset
          className="sm:col-span-2"
          aria-describedby={`eligibility-help${errors.eligibleAppointmentTypes ? " eligibility-error" : ""}`}
        >
          <legend className="text-sm font-medium text-slate-800">{t("eligibility")}</legend>
          <p id="eligibility-help" className="text-xs text-slate-500">
            {t("eligibilityHelp")}
          </p>
          <div className="mt-2 grid gap-x-4 gap-y-1.5 sm:grid-cols-3">
            {APPOINTMENT_TYPES.map((a) => (
              <label key={a} className="flex items-start gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  value={a}
                  className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
                  {...register("eligibleAppointmentTypes")}
                />
                <span>{t(`appointment.${a}`)}</span>
              </label>
            ))}
          </div>
          <FieldMessage id="eligibility-error" error={errors.eligibleAppointmentTypes} />
        </fieldset>
        {(watch("type") === "mentoring" || watch("type") === "networking") && (
          <label className="flex items-start gap-2 text-sm text-slate-700 sm:col-span-2">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4 accent-brand-600"
              {...register("profileApprovalRequired")}
            />
            <span>
              <span className="font-medium text-slate-800">{t("profileApprovalRequired")}</span>
              <span className="block text-xs text-slate-500">{t("profileApprovalRequiredHelp")}</span>
            </span>
          </label>
        )}
        {programmeId && (
          <label className="flex items-start gap-2 text-sm text-slate-700 sm:col-span-2">
            <input type="checkbox" className="mt-0.5 h-4 w-4 accent-brand-600" {...register("archived")} />
            <span>
              <span className="font-medium text-slate-800">{t("archived")}</span>
              <span className="block text-xs text-slate-500">{t("archivedHelp")}</span>
            </span>
          </label>
        )}
      </fieldset>
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {isSubmitting ? t("saving") : programmeId ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
