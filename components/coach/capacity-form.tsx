"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveCoachCapacityAction } from "@/lib/actions/save-coach-capacity";
import { CAPACITY_MAX, CAPACITY_MIN } from "@/lib/domain/coach-profile";
import { AVAILABILITIES, coachCapacitySchema, type CoachCapacityInput } from "@/lib/validation/coach-profile";
import { FieldError, inputClass, labelClass, SaveBar, useSave } from "./form-parts";

const CHOICES = Array.from({ length: CAPACITY_MAX - CAPACITY_MIN + 1 }, (_, i) => CAPACITY_MIN + i);

export function CapacityForm({ values }: { values: CoachCapacityInput }) {
  const t = useTranslations("coachProfile.capacity");
  const { result, save } = useSave(saveCoachCapacityAction);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CoachCapacityInput>({ resolver: zodResolver(coachCapacitySchema), defaultValues: values });
  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t("title")}>
      <div className="grid gap-5 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor="capacity-count" className={labelClass}>
            {t("capacity")}
          </label>
          <select
            id="capacity-count"
            className={inputClass}
            aria-invalid={Boolean(errors.capacity)}
            aria-describedby={errors.capacity ? "capacity-error" : undefined}
            {...register("capacity", { valueAsNumber: true })}
          >
            {CHOICES.map((n) => (
              <option key={n} value={n}>
                {t("clients", { count: n })}
              </option>
            ))}
          </select>
          <FieldError id="capacity-error" message={errors.capacity?.message} />
        </div>
        <fieldset>
          <legend className={labelClass}>{t("availability")}</legend>
          <div className="mt-2 space-y-1.5">
            {AVAILABILITIES.map((a) => (
              <label key={a} className="flex items-start gap-2 text-sm text-slate-700">
                <input
                  type="radio"
                  value={a}
                  className="mt-0.5 h-4 w-4 accent-brand-600"
                  {...register("availability")}
                />
                <span>{t(a)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
