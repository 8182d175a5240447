"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveCoachAboutAction } from "@/lib/actions/save-coach-about";
import { coachAboutSchema, GENDERS, type CoachAboutInput } from "@/lib/validation/coach-profile";
import type { Option } from "@/lib/server/coaches/load-coach-profile";
import { CheckboxGroup } from "./checkbox-group";
import { FieldError, inputClass, labelClass, SaveBar, SelectField, useSave } from "./form-parts";

type Props = {
  values: CoachAboutInput;
  options: { entities: Option[]; dutyStations: Option[]; languages: Option[]; networks: Option[]; timeZones: string[] };
};

export function AboutForm({ values, options }: Props) {
  const t = useTranslations("coachProfile");
  const { result, save } = useSave(saveCoachAboutAction);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CoachAboutInput>({ resolver: zodResolver(coachAboutSchema), defaultValues: values });
  const describedBy = (name: string, help?: boolean) =>
    [help ? `about-${name}-help` : "", errors[name as keyof CoachAboutInput] ? `about-${name}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t("about.title")}>
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor="about-name" className={labelClass}>
            {t("about.name")}
          </label>
          <input
            id="about-name"
            autoComplete="name"
            className={inputClass}
            aria-invalid={Boolean(errors.name)}
            aria-describedby={describedBy("name")}
            {...register("name")}
          />
          <FieldError id="about-name-error" message={errors.name?.message} />
        </div>
        <SelectField
          id="about-entity"
          label={t("about.entity")}
          placeholder={t("choose")}
          options={options.entities}
          select={{ "aria-invalid": Boolean(errors.entityId), ...register("entityId") }}
        />
        <SelectField
          id="about-station"
          label={t("about.dutyStation")}
          placeholder={t("choose")}
          options={options.dutyStations}
          select={register("dutyStationId")}
        />
        <div>
          <label htmlFor="about-timeZone" className={labelClass}>
            {t("about.timeZone")}
          </label>
          <select
            id="about-timeZone"
            className={inputClass}
            aria-invalid={Boolean(errors.timeZone)}
            aria-describedby={describedBy("timeZone", true)}
            {...register("timeZone")}
          >
            {options.timeZones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <p id="about-timeZone-help" className="mt-1 text-xs text-slate-500">
            {t("about.timeZoneHelp")}
          </p>
          <FieldError id="about-timeZone-error" message={errors.timeZone?.message} />
        </div>
        <div>
          <label htmlFor="about-gender" className={labelClass}>
            {t("about.gender")} <span className="font-normal text-slate-500">({t("optional")})</span>
          </label>
          <select id="about-gender" className={inputClass} {...register("gender")}>
            <option value="">{t("about.genders.none")}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`about.genders.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <CheckboxGroup
          legend={t("about.languages")}
          name="languages"
          options={options.languages}
          register={register}
          error={errors.languages?.message}
        />
        <CheckboxGroup
          legend={t("about.networks")}
          help={t("about.networksHelp")}
          name="networkIds"
          options={options.networks}
          register={register}
          error={errors.networkIds?.message}
          columns={1}
        />
      </div>
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
