"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ChoiceList } from "@/components/ui/choices";
import { FieldGroup, TextAreaField } from "@/components/ui/field";
import { useSave } from "@/components/use-save";
import { saveCoachCoachingAction } from "@/lib/actions/save-coach-coaching";
import {
  coachCoachingSchema,
  EXPERTISE_AREAS,
  MAX_BIO_CHARS,
  type CoachCoachingInput,
} from "@/lib/validation/coach-profile";
import { SaveBar } from "./save-bar";

/** A text of the profile in both languages: the English and French versions side by side. */
const TEXTS = [
  { group: "bio", fields: ["bioEn", "bioFr"], rows: 5 },
  { group: "approach", fields: ["approachEn", "approachFr"], rows: 4 },
] as const;

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

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t("coaching.title")} className="space-y-6">
      <div className="grid gap-6 sm:grid-cols-2">
        <ChoiceList
          legend={t("coaching.coachingLanguages")}
          name="coachingLanguages"
          options={languages}
          register={register}
          error={errors.coachingLanguages}
        />
        <ChoiceList
          legend={t("coaching.expertise")}
          hint={t("coaching.expertiseHelp")}
          name="expertiseAreas"
          options={EXPERTISE_AREAS.map((a) => ({ value: a, label: te(a) }))}
          register={register}
          error={errors.expertiseAreas}
          columns={1}
        />
      </div>
      {TEXTS.map(({ group, fields, rows }) => (
        <FieldGroup
          key={group}
          id={`coaching-${group}`}
          legend={t(`coaching.${group}Title`)}
          hint={t(`coaching.${group}Help`)}
        >
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {fields.map((name, i) => (
              <TextAreaField
                key={name}
                id={`coaching-${name}`}
                label={t(i === 0 ? "coaching.english" : "coaching.french")}
                lang={i === 0 ? "en" : "fr"}
                rows={rows}
                maxLength={MAX_BIO_CHARS}
                error={errors[name]}
                {...register(name)}
              />
            ))}
          </div>
        </FieldGroup>
      ))}
      <SaveBar pending={isSubmitting} result={result} />
    </form>
  );
}
