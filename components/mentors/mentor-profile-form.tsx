"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ChoiceList } from "@/components/ui/choices";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useSave } from "@/components/use-save";
import { saveMentorProfileAction } from "@/lib/actions/save-mentor-profile";
import { EXPERTISE_AREAS } from "@/lib/domain/directory-filters";
import type { Option } from "@/lib/server/coaches/load-coach-profile";
import { mentorProfileSchema, type MentorProfileInput } from "@/lib/validation/mentors";

type Props = {
  values: MentorProfileInput;
  options: { entities: Option[]; dutyStations: Option[]; languages: Option[]; networks: Option[] };
  capacityMax: number;
  /** "save" once the profile is submitted or listed; "submit" the first time. */
  mode: "submit" | "save";
};

/** The mentor's one form: who they are (their own facts) and what they offer as a mentor. */
export function MentorProfileForm({ values, options, capacityMax, mode }: Props) {
  const t = useTranslations("mentorProfile");
  const te = useTranslations("expertise");
  const router = useRouter();
  const { result, save } = useSave(saveMentorProfileAction);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<MentorProfileInput>({ resolver: zodResolver(mentorProfileSchema), defaultValues: values });
  const onSubmit = handleSubmit(async (v) => {
    await save(v);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-6">
      <Card heading={t("offer.title")} headingId="mentor-offer" padding="roomy">
        <div className="mt-5 space-y-5">
          <ChoiceList
            legend={t("offer.areas")}
            hint={t("offer.areasHelp")}
            name="expertiseAreas"
            options={EXPERTISE_AREAS.map((a) => ({ value: a, label: te(a) }))}
            register={register}
            error={errors.expertiseAreas}
          />
          <ChoiceList
            legend={t("offer.mentoringLanguages")}
            name="coachingLanguages"
            options={options.languages}
            register={register}
            error={errors.coachingLanguages}
            columns={3}
          />
          <TextAreaField
            id="mentor-careerPath"
            label={t("offer.careerPath")}
            hint={t("offer.careerPathHelp")}
            rows={4}
            error={errors.careerPath}
            {...register("careerPath")}
          />
          <div>
            <p id="mentor-bio-hint" className="text-sm text-slate-600">
              {t("offer.bioHelp")}
            </p>
            <div className="mt-2 grid gap-5 sm:grid-cols-2">
              {(["bioEn", "bioFr"] as const).map((name) => (
                <TextAreaField
                  key={name}
                  id={`mentor-${name}`}
                  label={t(`offer.${name}`)}
                  rows={5}
                  lang={name === "bioEn" ? "en" : "fr"}
                  error={errors[name]}
                  aria-describedby={`mentor-bio-hint${errors[name] ? ` mentor-${name}-error` : ""}`}
                  {...register(name)}
                />
              ))}
            </div>
          </div>
          <TextField
            id="mentor-profileUrl"
            label={t("offer.profileUrl")}
            optionalText={t("optional")}
            type="url"
            inputMode="url"
            placeholder="https://"
            error={errors.profileUrl}
            {...register("profileUrl")}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              id="mentor-capacity"
              label={t("offer.capacity", { max: capacityMax })}
              type="number"
              inputMode="numeric"
              min={1}
              max={capacityMax}
              error={errors.capacity}
              {...register("capacity", { valueAsNumber: true })}
            />
            <ChoiceList
              type="radio"
              legend={t("offer.availability")}
              name="availability"
              options={(["open", "paused"] as const).map((a) => ({ value: a, label: t(`offer.availabilities.${a}`) }))}
              register={register}
              error={errors.availability}
              columns={1}
            />
          </div>
        </div>
      </Card>

      <Card heading={t("person.title")} headingId="mentor-person" lead={t("person.lead")} padding="roomy">
        <div className="mt-5 grid gap-5 sm:grid-cols-2">
          <SelectField
            id="mentor-entity"
            label={t("person.entity")}
            placeholder={t("choose")}
            options={options.entities}
            error={errors.entityId}
            {...register("entityId")}
          />
          <SelectField
            id="mentor-station"
            label={t("person.dutyStation")}
            placeholder={t("choose")}
            options={options.dutyStations}
            error={errors.dutyStationId}
            {...register("dutyStationId")}
          />
          <ChoiceList
            legend={t("person.languages")}
            name="languages"
            options={options.languages}
            register={register}
            error={errors.languages}
          />
          <ChoiceList
            legend={t("person.networks")}
            hint={t("person.networksHelp")}
            name="networkIds"
            options={options.networks}
            register={register}
            error={errors.networkIds}
            columns={1}
          />
        </div>
      </Card>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")} data-testid="mentor-save">
          {mode === "submit" ? t("submit") : t("save")}
        </Button>
        <div aria-live="polite" className="min-w-0 flex-1">
          <ActionResultMessage result={isSubmitting ? null : result} success={t("saved")} />
        </div>
      </div>
    </form>
  );
}
