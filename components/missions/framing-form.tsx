"use client";
// The coach's framing record of the preliminary meeting: each party's expectations apart, the
// context, the expected results, what is expected of the coach and the approach.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choices";
import { TextAreaField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { saveMissionFramingAction } from "@/lib/actions/mission-meetings";
import { FRAMING_FIELDS, MAX_FRAMING_TEXT, type FramingTexts } from "@/lib/domain/mission-framing";
import type { Locale } from "@/lib/i18n/config";
import { framingSchema, type FramingInput } from "@/lib/validation/missions";
import { TextLanguageField, useWritingLanguage } from "./text-language-field";

const FIELDS = [...FRAMING_FIELDS, "coacheeAttended", "language"] as const;

export function FramingForm({
  missionId,
  initial,
  coacheeName,
}: {
  missionId: string;
  initial: { texts: FramingTexts; coacheeAttended: boolean; language: Locale } | null;
  coacheeName: string;
}) {
  const t = useTranslations("missions.framing");
  const router = useRouter();
  const language = useWritingLanguage(initial?.language);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FramingInput>({
    resolver: zodResolver(framingSchema),
    defaultValues: {
      missionId,
      ...(initial?.texts ?? {
        organisationNeeds: "",
        coacheeNeeds: "",
        context: "",
        expectedResults: "",
        coachExpectations: "",
        approach: "",
      }),
      coacheeAttended: initial?.coacheeAttended ?? false,
      language,
    },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((values) =>
    send(
      () => saveMissionFramingAction(values),
      () => {
        setSaved(true);
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formTitle")}>
      <p className="text-sm text-slate-700">{t("formHint")}</p>
      <Choice type="checkbox" label={t("coacheeAttended", { coachee: coacheeName })} {...register("coacheeAttended")} />
      {FRAMING_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          id={`framing-${field}`}
          label={t(`fields.${field}`)}
          hint={t(`hints.${field}`)}
          rows={3}
          maxLength={MAX_FRAMING_TEXT}
          error={errors[field]}
          {...register(field, { onChange: () => setSaved(false) })}
        />
      ))}
      <TextLanguageField id="framing-language" registration={register("language")} />
      <Alert tone="error">{refusal}</Alert>
      {saved && <Alert tone="success">✓ {t("saved")}</Alert>}
      <Button type="submit" pending={isSubmitting}>
        {initial ? t("update") : t("save")}
      </Button>
    </form>
  );
}
