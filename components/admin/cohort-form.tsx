"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { inputClass, primaryButton } from "@/components/coach/form-parts";
import { createCohortAction } from "@/lib/actions/create-cohort";
import { updateCohortAction } from "@/lib/actions/update-cohort";
import { cohortStatusChoices, SEATS_MAX, SEATS_MIN } from "@/lib/domain/programme-settings";
import { cohortSchema, type CohortInput } from "@/lib/validation/programmes";
import { FormField } from "./form-field";

/**
 * A cohort's names, dates, enrolment window, seats and status. `programmeId` to create one,
 * `cohortId` to edit one. A refusal keeps everything typed and shows the message by its field.
 */
export function CohortForm({
  programmeId,
  cohortId,
  currentStatus,
  values,
}: {
  programmeId?: string;
  cohortId?: string;
  currentStatus?: CohortInput["status"];
  values: CohortInput;
}) {
  const t = useTranslations("adminProgrammes.cohortForm");
  const ts = useTranslations("cohortStatus");
  const te = useTranslations("errors");
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CohortInput>({ resolver: zodResolver(cohortSchema), defaultValues: values });

  const onSubmit = handleSubmit(async (v) => {
    setServerError(undefined);
    try {
      const result = cohortId
        ? await updateCohortAction({ cohortId, values: v })
        : await createCohortAction({ programmeId, values: v });
      if (result.ok) {
        const id = cohortId ?? ("id" in result ? result.id : undefined);
        router.push(`/admin/programmes?saved=${cohortId ? "cohort" : "cohortCreated"}${id ? `#cohort-${id}` : ""}`);
        router.refresh();
        return;
      }
      if ("field" in result && typeof result.field === "string" && result.field in v)
        setError(result.field as keyof CohortInput, { type: "server", message: result.error }, { shouldFocus: true });
      else setServerError(result.error);
    } catch {
      setServerError(te("generic"));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={cohortId ? t("editTitle") : t("newTitle")}>
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="cohort-nameEn" label={t("nameEn")} help={t("nameHelp")} error={errors.nameEn}>
          {(aria) => <input {...aria} lang="en" className={inputClass} {...register("nameEn")} />}
        </FormField>
        <FormField id="cohort-nameFr" label={t("nameFr")} error={errors.nameFr}>
          {(aria) => <input {...aria} lang="fr" className={inputClass} {...register("nameFr")} />}
        </FormField>
        {cohortId ? (
          <div>
            <p className="text-sm font-medium text-slate-800">{t("slug")}</p>
            <p className="mt-1 font-mono text-sm text-slate-700">{values.slug}</p>
          </div>
        ) : (
          <FormField id="cohort-slug" label={t("slug")} help={t("slugHelp")} error={errors.slug}>
            {(aria) => <input {...aria} className={inputClass} autoComplete="off" {...register("slug")} />}
          </FormField>
        )}
        <FormField id="cohort-status" label={t("status")} help={t("statusHelp")} error={errors.status}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("status")}>
              {cohortStatusChoices(currentStatus ?? null).map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("dates")}</legend>
        <FormField id="cohort-startsOn" label={t("startsOn")} error={errors.startsOn}>
          {(aria) => <input {...aria} type="date" className={inputClass} {...register("startsOn")} />}
        </FormField>
        <FormField id="cohort-endsOn" label={t("endsOn")} error={errors.endsOn}>
          {(aria) => <input {...aria} type="date" className={inputClass} {...register("endsOn")} />}
        </FormField>
        <FormField id="cohort-enrolmentOpensOn" label={t("enrolmentOpensOn")} error={errors.enrolmentOpensOn}>
          {(aria) => <input {...aria} type="date" className={inputClass} {...register("enrolmentOpensOn")} />}
        </FormField>
        <FormField
          id="cohort-enrolmentClosesOn"
          label={t("enrolmentClosesOn")}
          help={t("enrolmentHelp")}
          error={errors.enrolmentClosesOn}
        >
          {(aria) => <input {...aria} type="date" className={inputClass} {...register("enrolmentClosesOn")} />}
        </FormField>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="cohort-seats" label={t("seats")} help={t("seatsHelp")} error={errors.seats}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={SEATS_MIN}
              max={SEATS_MAX}
              className={inputClass}
              {...register("seats", { valueAsNumber: true })}
            />
          )}
        </FormField>
      </div>
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {isSubmitting ? t("saving") : cohortId ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
