"use client";
// "How is it going?" midway: 1 to 5 and a comment, once, read only by its author. A refusal keeps
// everything chosen and typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { TextAreaField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { answerPulseAction } from "@/lib/actions/answer-pulse";
import { MAX_PULSE_COMMENT, PULSE_SCALE } from "@/lib/domain/relationship-pulse";
import { pulseSchema, type PulseFormInput, type PulseInput } from "@/lib/validation/fit-check";

const FIELDS = ["score", "comment"] as const;

export function PulseForm({ engagementId }: { engagementId: string }) {
  const t = useTranslations("pulse");
  const router = useRouter();
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PulseFormInput, unknown, PulseInput>({
    resolver: zodResolver(pulseSchema),
    defaultValues: { engagementId, score: undefined, comment: "" },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((values) =>
    send(
      () => answerPulseAction(values),
      () => router.refresh(),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="mt-4 space-y-4" data-testid="pulse-form">
      <Alert tone="error">{refusal}</Alert>
      <ChoiceList
        type="radio"
        legend={t("legend")}
        name="score"
        options={PULSE_SCALE.map((s) => ({ value: String(s), label: t(`score.${s}`) }))}
        register={register}
        error={errors.score}
        columns={1}
        idPrefix={`${id}-`}
      />
      <TextAreaField
        id={`${id}-comment`}
        label={t("comment")}
        hint={t("commentHint")}
        rows={2}
        maxLength={MAX_PULSE_COMMENT}
        error={errors.comment}
        {...register("comment")}
      />
      <Button type="submit" pending={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
