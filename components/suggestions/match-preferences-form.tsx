"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceList } from "@/components/ui/choices";
import { FieldGroup, TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { link } from "@/components/ui/styles";
import { useFormAction } from "@/components/use-form-action";
import { saveMatchPreferencesAction } from "@/lib/actions/save-match-preferences";
import { MAX_GOAL } from "@/lib/domain/match-suggestions";
import {
  matchPreferencesSchema,
  type MatchPreferencesFormValues,
  type MatchPreferencesInput,
} from "@/lib/validation/match-suggestions";

const FIELDS = ["expertiseAreas", "languages", "entityPreference", "gender", "timeZoneOverlap", "goal"] as const;
type Option = { value: string; label: string };

/** What a client or mentee seeks in one programme; a refusal lands beside its field, nothing typed is lost. */
export function MatchPreferencesForm({
  values,
  kind,
  expertise,
  languages,
  directoryPath,
}: {
  values: MatchPreferencesFormValues;
  kind: "coach" | "mentor";
  expertise: Option[];
  languages: Option[];
  directoryPath: string;
}) {
  const t = useTranslations("matchPreferences.form");
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MatchPreferencesFormValues, unknown, MatchPreferencesInput>({
    resolver: zodResolver(matchPreferencesSchema),
    defaultValues: values,
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((input) => {
    setSaved(false);
    return send(
      () => saveMatchPreferencesAction(input),
      () => setSaved(true),
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="space-y-6" data-testid="preferences-form">
      <input type="hidden" {...register("programmeId")} />
      <div className="grid gap-6 sm:grid-cols-2">
        <ChoiceList
          legend={t("expertise")}
          hint={t("expertiseHint")}
          name="expertiseAreas"
          options={expertise}
          register={register}
          error={errors.expertiseAreas}
          columns={1}
        />
        <ChoiceList
          legend={t("languages")}
          name="languages"
          options={languages}
          register={register}
          error={errors.languages}
        />
      </div>
      <ChoiceList
        type="radio"
        legend={t("entity", { kind })}
        name="entityPreference"
        options={[
          { value: "any", label: t("entityAny") },
          { value: "inside", label: t("entityInside") },
          { value: "outside", label: t("entityOutside") },
        ]}
        register={register}
        error={errors.entityPreference}
        columns={3}
      />
      <FieldGroup id="optional-preferences" legend={t("optional")}>
        <div className="mt-2 grid items-end gap-4 sm:grid-cols-2">
          <SelectField
            id="gender"
            label={t("gender", { kind })}
            error={errors.gender}
            options={[
              { value: "", label: t("genderAny") },
              { value: "female", label: t("genderFemale") },
              { value: "male", label: t("genderMale") },
              { value: "non_binary", label: t("genderNonBinary") },
            ]}
            {...register("gender")}
          />
          <Choice type="checkbox" label={t("timeZone")} {...register("timeZoneOverlap")} />
        </div>
      </FieldGroup>
      <TextAreaField
        id="goal"
        label={t("goal")}
        hint={t("goalHint", { max: MAX_GOAL })}
        rows={2}
        maxLength={MAX_GOAL}
        error={errors.goal}
        {...register("goal")}
      />
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {t("save")}
        </Button>
        <div aria-live="polite" className="min-w-0 flex-1">
          {refusal && <Alert tone="error">{refusal}</Alert>}
          {saved && !isSubmitting && (
            <Alert tone="success" plain>
              ✓ {t("saved")}{" "}
              <Link href={directoryPath} className={link}>
                {t("seeSuggestions")}
              </Link>
            </Alert>
          )}
        </div>
      </div>
    </form>
  );
}
