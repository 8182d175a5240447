"use client";
// The end of both evaluation forms: the optional comment, the send button, and the reminder that
// an answer is final and read only by its author.
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError, inputClass, labelClass, primaryButton } from "@/components/coach/form-parts";
import { FEEDBACK_MIN_ANSWERS, MAX_FEEDBACK_COMMENT } from "@/lib/domain/feedback";

export function CommentAndSubmit(props: {
  id: string;
  rows: number;
  registration: UseFormRegisterReturn;
  error?: string;
  submitting: boolean;
  submitLabel: string;
}) {
  const t = useTranslations("feedback");
  const { id, rows, registration, error, submitting, submitLabel } = props;
  return (
    <>
      <div>
        <label htmlFor={`${id}-comment`} className={labelClass}>
          {t("panel.comment")}
        </label>
        <textarea
          id={`${id}-comment`}
          rows={rows}
          maxLength={MAX_FEEDBACK_COMMENT}
          className={inputClass}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-comment-error` : undefined}
          {...registration}
        />
        <FieldError id={`${id}-comment-error`} message={error} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="submit" disabled={submitting} className={primaryButton}>
          {submitting ? t("panel.sending") : submitLabel}
        </button>
        <p className="text-xs text-slate-500">
          {t("panel.final")} {t("panel.confidential", { min: FEEDBACK_MIN_ANSWERS })}
        </p>
      </div>
    </>
  );
}
