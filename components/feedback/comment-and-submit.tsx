"use client";
// The end of both evaluation forms: the optional comment, the send button, and the reminder that
// an answer is final and read only by its author.
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, type FieldProblem } from "@/components/ui/field";
import { FEEDBACK_MIN_ANSWERS, MAX_FEEDBACK_COMMENT } from "@/lib/domain/feedback";

export function CommentAndSubmit(props: {
  id: string;
  rows: number;
  registration: UseFormRegisterReturn;
  error?: FieldProblem;
  submitting: boolean;
  submitLabel: string;
}) {
  const t = useTranslations("feedback");
  const { id, rows, registration, error, submitting, submitLabel } = props;
  return (
    <>
      <TextAreaField
        id={`${id}-comment`}
        label={t("panel.comment")}
        rows={rows}
        maxLength={MAX_FEEDBACK_COMMENT}
        error={error}
        {...registration}
      />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button type="submit" pending={submitting} pendingLabel={t("panel.sending")}>
          {submitLabel}
        </Button>
        <p className="text-xs text-slate-600">
          {t("panel.final")} {t("panel.confidential", { min: FEEDBACK_MIN_ANSWERS })}
        </p>
      </div>
    </>
  );
}
