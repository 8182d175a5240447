"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { CheckboxGroup } from "@/components/coach/checkbox-group";
import {
  ActionMessage,
  FieldError,
  inputClass,
  labelClass,
  primaryButton,
  SelectField,
  useSave,
} from "@/components/coach/form-parts";
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

const section = "space-y-5 rounded-lg bg-white p-6 shadow-sm";

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
  const err = (name: keyof MentorProfileInput) => (errors[name] ? `mentor-${name}-error` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-6">
      <section aria-labelledby="mentor-offer" className={section}>
        <h2 id="mentor-offer" className="text-xl font-semibold">
          {t("offer.title")}
        </h2>
        <CheckboxGroup
          legend={t("offer.areas")}
          help={t("offer.areasHelp")}
          name="expertiseAreas"
          options={EXPERTISE_AREAS.map((a) => ({ value: a, label: te(a) }))}
          register={register}
          error={errors.expertiseAreas?.message}
        />
        <CheckboxGroup
          legend={t("offer.mentoringLanguages")}
          name="coachingLanguages"
          options={options.languages}
          register={register}
          error={errors.coachingLanguages?.message}
          columns={3}
        />
        <div>
          <label htmlFor="mentor-careerPath" className={labelClass}>
            {t("offer.careerPath")}
          </label>
          <p id="mentor-careerPath-help" className="text-xs text-slate-500">
            {t("offer.careerPathHelp")}
          </p>
          <textarea
            id="mentor-careerPath"
            rows={4}
            className={inputClass}
            aria-invalid={Boolean(errors.careerPath)}
            aria-describedby={["mentor-careerPath-help", err("careerPath")].filter(Boolean).join(" ")}
            {...register("careerPath")}
          />
          <FieldError id="mentor-careerPath-error" message={errors.careerPath?.message} />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="mentor-bioEn" className={labelClass}>
              {t("offer.bioEn")}
            </label>
            <textarea
              id="mentor-bioEn"
              rows={5}
              lang="en"
              className={inputClass}
              aria-invalid={Boolean(errors.bioEn)}
              aria-describedby={err("bioEn")}
              {...register("bioEn")}
            />
            <FieldError id="mentor-bioEn-error" message={errors.bioEn?.message} />
          </div>
          <div>
            <label htmlFor="mentor-bioFr" className={labelClass}>
              {t("offer.bioFr")}
            </label>
            <textarea
              id="mentor-bioFr"
              rows={5}
              lang="fr"
              className={inputClass}
              aria-invalid={Boolean(errors.bioFr)}
              {...register("bioFr")}
            />
            <FieldError id="mentor-bioFr-error" message={errors.bioFr?.message} />
          </div>
        </div>
        <p className="-mt-3 text-xs text-slate-500">{t("offer.bioHelp")}</p>
        <div>
          <label htmlFor="mentor-profileUrl" className={labelClass}>
            {t("offer.profileUrl")} <span className="font-normal text-slate-500">({t("optional")})</span>
          </label>
          <input
            id="mentor-profileUrl"
            type="url"
            inputMode="url"
            placeholder="https://"
            className={inputClass}
            aria-invalid={Boolean(errors.profileUrl)}
            aria-describedby={err("profileUrl")}
            {...register("profileUrl")}
          />
          <FieldError id="mentor-profileUrl-error" message={errors.profileUrl?.message} />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="mentor-capacity" className={labelClass}>
              {t("offer.capacity", { max: capacityMax })}
            </label>
            <input
              id="mentor-capacity"
              type="number"
              inputMode="numeric"
              min={1}
              max={capacityMax}
              className={inputClass}
              aria-invalid={Boolean(errors.capacity)}
              aria-describedby={err("capacity")}
              {...register("capacity", { valueAsNumber: true })}
            />
            <FieldError id="mentor-capacity-error" message={errors.capacity?.message} />
          </div>
          <fieldset>
            <legend className={labelClass}>{t("offer.availability")}</legend>
            <div className="mt-2 space-y-1.5">
              {(["open", "paused"] as const).map((a) => (
                <label key={a} className="flex items-start gap-2 text-sm text-slate-700">
                  <input
                    type="radio"
                    value={a}
                    className="mt-0.5 h-4 w-4 accent-brand-600"
                    {...register("availability")}
                  />
                  <span>{t(`offer.availabilities.${a}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </section>

      <section aria-labelledby="mentor-person" className={section}>
        <h2 id="mentor-person" className="text-xl font-semibold">
          {t("person.title")}
        </h2>
        <p className="-mt-3 text-sm text-slate-600">{t("person.lead")}</p>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            id="mentor-entity"
            label={t("person.entity")}
            placeholder={t("choose")}
            options={options.entities}
            select={register("entityId")}
          />
          <SelectField
            id="mentor-station"
            label={t("person.dutyStation")}
            placeholder={t("choose")}
            options={options.dutyStations}
            select={register("dutyStationId")}
          />
          <CheckboxGroup
            legend={t("person.languages")}
            name="languages"
            options={options.languages}
            register={register}
            error={errors.languages?.message}
          />
          <CheckboxGroup
            legend={t("person.networks")}
            help={t("person.networksHelp")}
            name="networkIds"
            options={options.networks}
            register={register}
            error={errors.networkIds?.message}
            columns={1}
          />
        </div>
      </section>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isSubmitting} className={primaryButton} data-testid="mentor-save">
          {isSubmitting ? t("saving") : mode === "submit" ? t("submit") : t("save")}
        </button>
        <div aria-live="polite" className="min-w-0 flex-1">
          <ActionMessage result={isSubmitting ? null : result} success={t("saved")} />
        </div>
      </div>
    </form>
  );
}
