"use client";
// The one-minute evaluation of a completed session: how useful (1–5), what helped, a comment.
// Sent once; a refusal keeps everything typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError, labelClass } from "@/components/coach/form-parts";
import { submitSessionFeedbackAction } from "@/lib/actions/submit-session-feedback";
import { HELPED_CHOICES, type HelpedChoice } from "@/lib/domain/feedback";
import {
  sessionFeedbackSchema,
  type SessionFeedbackInput,
  type SessionFeedbackValues,
} from "@/lib/validation/feedback";
import { CommentAndSubmit } from "./comment-and-submit";
import { UsefulnessStars } from "./usefulness-stars";

export type SubmittedFeedback = { usefulness: number; helped: HelpedChoice[]; comment: string | null };

export function SessionEvaluationForm({
  engagementId,
  sessionId,
  onSent,
}: {
  engagementId: string;
  sessionId: string;
  onSent: (values: SubmittedFeedback) => void;
}) {
  const t = useTranslations("feedback");
  const te = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [serverError, setServerError] = useState<string>();
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SessionFeedbackInput, unknown, SessionFeedbackValues>({
    resolver: zodResolver(sessionFeedbackSchema),
    defaultValues: { engagementId, sessionId, usefulness: undefined, helped: [], comment: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const result = await submitSessionFeedbackAction(values);
      if (!result.ok) return setServerError(result.error);
      onSent({ usefulness: values.usefulness, helped: values.helped, comment: values.comment || null });
      router.refresh();
    } catch {
      setServerError(te("generic"));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("panel.title")} className="space-y-4">
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <UsefulnessStars
        id={`${id}-usefulness`}
        legend={t("panel.usefulness")}
        value={watch("usefulness")}
        registration={register("usefulness")}
        error={errors.usefulness?.message}
      />
      <fieldset aria-describedby={`${id}-helped-hint`}>
        <legend className={labelClass}>{t("panel.helped")}</legend>
        <p id={`${id}-helped-hint`} className="text-xs text-slate-500">
          {t("panel.helpedHint")}
        </p>
        <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2">
          {HELPED_CHOICES.map((choice) => (
            <label key={choice} className="flex items-start gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                value={choice}
                className="mt-0.5 h-4 w-4 accent-brand-600"
                {...register("helped")}
              />
              <span>{t(`helped.${choice}`)}</span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-helped-error`} message={errors.helped?.message} />
      </fieldset>
      <CommentAndSubmit
        id={id}
        rows={2}
        registration={register("comment")}
        error={errors.comment?.message}
        submitting={isSubmitting}
        submitLabel={t("panel.submit")}
      />
    </form>
  );
}
