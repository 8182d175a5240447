"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ChoiceList } from "@/components/ui/choices";
import { SelectField } from "@/components/ui/select";
import { useSave } from "@/components/use-save";
import { saveCoachCapacityAction } from "@/lib/actions/save-coach-capacity";
import { CAPACITY_MAX, CAPACITY_MIN } from "@/lib/domain/coach-profile";
import { AVAILABILITIES, coachCapacitySchema, type CoachCapacityInput } from "@/lib/validation/coach-profile";
import { SaveBar } from "./save-bar";

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
        <SelectField
          id="capacity-count"
          label={t("capacity")}
          options={CHOICES.map((n) => ({ value: n, label: t("clients", { count: n }) }))}
          error={errors.capacity}
          {...register("capacity", { valueAsNumber: true })}
        />
        <ChoiceList
          type="radio"
          legend={t("availability")}
          name="availability"
          options={AVAILABILITIES.map((a) => ({ value: a, label: t(a) }))}
          register={register}
          error={errors.availability}
          columns={1}
        />
      </div>
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
