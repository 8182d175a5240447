"use client";
// The one-minute evaluation of a completed session: how useful (1–5), what helped, a comment.
// Sent once; a refusal keeps everything typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { ChoiceList } from "@/components/ui/choices";
import { useFormAction } from "@/components/use-form-action";
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

const FIELDS = ["usefulness", "helped", "comment"] as const;

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
  const router = useRouter();
  const id = useId();
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SessionFeedbackInput, unknown, SessionFeedbackValues>({
    resolver: zodResolver(sessionFeedbackSchema),
    defaultValues: { engagementId, sessionId, usefulness: undefined, helped: [], comment: "" },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);

  const usefulness = useWatch({ control, name: "usefulness" });

  const onSubmit = handleSubmit((values) =>
    send(
      () => submitSessionFeedbackAction(values),
      () => {
        onSent({ usefulness: values.usefulness, helped: values.helped, comment: values.comment || null });
        router.refresh();
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("panel.title")} className="space-y-4">
      <Alert tone="error">{refusal}</Alert>
      <UsefulnessStars
        id={`${id}-usefulness`}
        legend={t("panel.usefulness")}
        value={usefulness}
        registration={register("usefulness")}
        error={errors.usefulness}
      />
      <ChoiceList
        legend={t("panel.helped")}
        hint={t("panel.helpedHint")}
        name="helped"
        options={HELPED_CHOICES.map((choice) => ({ value: choice, label: t(`helped.${choice}`) }))}
        register={register}
        error={errors.helped}
        idPrefix={`${id}-`}
      />
      <CommentAndSubmit
        id={id}
        rows={2}
        registration={register("comment")}
        error={errors.comment}
        submitting={isSubmitting}
        submitLabel={t("panel.submit")}
      />
    </form>
  );
}
