"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ChoiceList } from "@/components/ui/choices";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useSave } from "@/components/use-save";
import { saveCoachAboutAction } from "@/lib/actions/save-coach-about";
import { coachAboutSchema, GENDERS, type CoachAboutInput } from "@/lib/validation/coach-profile";
import type { Option } from "@/lib/server/coaches/load-coach-profile";
import { SaveBar } from "./save-bar";

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

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t("about.title")}>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="about-name"
          label={t("about.name")}
          autoComplete="name"
          error={errors.name}
          className="sm:col-span-2"
          {...register("name")}
        />
        <SelectField
          id="about-entity"
          label={t("about.entity")}
          placeholder={t("choose")}
          options={options.entities}
          error={errors.entityId}
          {...register("entityId")}
        />
        <SelectField
          id="about-station"
          label={t("about.dutyStation")}
          placeholder={t("choose")}
          options={options.dutyStations}
          error={errors.dutyStationId}
          {...register("dutyStationId")}
        />
        <SelectField
          id="about-timeZone"
          label={t("about.timeZone")}
          hint={t("about.timeZoneHelp")}
          options={options.timeZones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))}
          error={errors.timeZone}
          {...register("timeZone")}
        />
        <SelectField
          id="about-gender"
          label={t("about.gender")}
          optionalText={t("optional")}
          placeholder={t("about.genders.none")}
          options={GENDERS.map((g) => ({ value: g, label: t(`about.genders.${g}`) }))}
          {...register("gender")}
        />
        <ChoiceList
          legend={t("about.languages")}
          name="languages"
          options={options.languages}
          register={register}
          error={errors.languages}
        />
        <ChoiceList
          legend={t("about.networks")}
          hint={t("about.networksHelp")}
          name="networkIds"
          options={options.networks}
          register={register}
          error={errors.networkIds}
          columns={1}
        />
      </div>
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
