"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveCoachCoachingAction } from "@/lib/actions/save-coach-coaching";
import {
  coachCoachingSchema,
  EXPERTISE_AREAS,
  MAX_BIO_CHARS,
  type CoachCoachingInput,
} from "@/lib/validation/coach-profile";
import { CheckboxGroup } from "./checkbox-group";
import { FieldError, inputClass, SaveBar, useSave } from "./form-parts";

type TextField = "bioEn" | "bioFr" | "approachEn" | "approachFr";

export function CoachingForm({
  values,
  languages,
}: {
  values: CoachCoachingInput;
  languages: { value: string; label: string }[];
}) {
  const t = useTranslations("coachProfile");
  const te = useTranslations("expertise");
  const { result, save } = useSave(saveCoachCoachingAction);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CoachCoachingInput>({ resolver: zodResolver(coachCoachingSchema), defaultValues: values });

  const textArea = (name: TextField, lang: "en" | "fr", rows: number) => (
    <div>
      <label htmlFor={`coaching-${name}`} className="block text-sm text-slate-700">
        {t(lang === "en" ? "coaching.english" : "coaching.french")}
      </label>
      <textarea
        id={`coaching-${name}`}
        lang={lang}
        rows={rows}
        maxLength={MAX_BIO_CHARS}
        className={inputClass}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={errors[name] ? `coaching-${name}-error` : undefined}
        {...register(name)}
      />
      <FieldError id={`coaching-${name}-error`} message={errors[name]?.message} />
    </div>
  );

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t("coaching.title")} className="space-y-6">
      <div className="grid gap-6 sm:grid-cols-2">
        <CheckboxGroup
          legend={t("coaching.coachingLanguages")}
          name="coachingLanguages"
          options={languages}
          register={register}
          error={errors.coachingLanguages?.message}
        />
        <CheckboxGroup
          legend={t("coaching.expertise")}
          help={t("coaching.expertiseHelp")}
          name="expertiseAreas"
          options={EXPERTISE_AREAS.map((a) => ({ value: a, label: te(a) }))}
          register={register}
          error={errors.expertiseAreas?.message}
          columns={1}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("coaching.bioTitle")}</legend>
        <p className="text-xs text-slate-500">{t("coaching.bioHelp")}</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {textArea("bioEn", "en", 5)}
          {textArea("bioFr", "fr", 5)}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("coaching.approachTitle")}</legend>
        <p className="text-xs text-slate-500">{t("coaching.approachHelp")}</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {textArea("approachEn", "en", 4)}
          {textArea("approachFr", "fr", 4)}
        </div>
      </fieldset>
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
