"use client";
// The closing evaluation of a completed engagement: overall usefulness, objectives reached,
// would recommend, a comment. Sent once; a refusal keeps everything typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError, labelClass } from "@/components/coach/form-parts";
import { submitClosingEvaluationAction } from "@/lib/actions/submit-closing-evaluation";
import { OBJECTIVES_MET } from "@/lib/domain/feedback";
import {
  closingEvaluationSchema,
  type ClosingEvaluationInput,
  type ClosingEvaluationValues,
} from "@/lib/validation/feedback";
import { CommentAndSubmit } from "./comment-and-submit";
import { UsefulnessStars } from "./usefulness-stars";

const radio = "mt-0.5 h-4 w-4 accent-brand-600";

export function ClosingEvaluationForm({ engagementId }: { engagementId: string }) {
  const t = useTranslations("feedback");
  const te = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [serverError, setServerError] = useState<string>();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ClosingEvaluationInput, unknown, ClosingEvaluationValues>({
    resolver: zodResolver(closingEvaluationSchema),
    defaultValues: {
      engagementId,
      usefulness: undefined,
      objectivesMet: undefined,
      wouldRecommend: undefined,
      comment: "",
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const result = await submitClosingEvaluationAction(values);
      if (!result.ok) return setServerError(result.error);
      setSent(true);
      router.refresh();
    } catch {
      setServerError(te("generic"));
    }
  });

  if (sent)
    return (
      <p role="status" className="font-medium text-emerald-700">
        ✓ {t("closing.sent")}
      </p>
    );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("closing.title")} className="space-y-4">
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <UsefulnessStars
        id={`${id}-usefulness`}
        legend={t("closing.usefulness")}
        value={watch("usefulness")}
        registration={register("usefulness")}
        error={errors.usefulness?.message}
      />
      <fieldset aria-describedby={errors.objectivesMet ? `${id}-objectives-error` : undefined}>
        <legend className={labelClass}>{t("closing.objectivesMet")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {OBJECTIVES_MET.map((o) => (
            <label key={o} className="flex items-start gap-2 text-sm text-slate-700">
              <input
                type="radio"
                value={o}
                className={radio}
                aria-invalid={Boolean(errors.objectivesMet)}
                {...register("objectivesMet")}
              />
              <span>{t(`objectivesMet.${o}`)}</span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-objectives-error`} message={errors.objectivesMet?.message} />
      </fieldset>
      <fieldset aria-describedby={errors.wouldRecommend ? `${id}-recommend-error` : undefined}>
        <legend className={labelClass}>{t("closing.wouldRecommend")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {(["yes", "no"] as const).map((v) => (
            <label key={v} className="flex items-start gap-2 text-sm text-slate-700">
              <input
                type="radio"
                value={v}
                className={radio}
                aria-invalid={Boolean(errors.wouldRecommend)}
                {...register("wouldRecommend")}
              />
              <span>{t(`closing.${v}`)}</span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-recommend-error`} message={errors.wouldRecommend?.message} />
      </fieldset>
      <CommentAndSubmit
        id={id}
        rows={3}
        registration={register("comment")}
        error={errors.comment?.message}
        submitting={isSubmitting}
        submitLabel={t("closing.submit")}
      />
    </form>
  );
}
