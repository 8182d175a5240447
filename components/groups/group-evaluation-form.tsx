"use client";
// A member's own evaluation of a held group session: how useful (1–5) and an optional comment.
// Sent once; only its author reads it. A refusal keeps everything typed. The page keeps this
// component in place once the evaluation is given (`given`), so that its thanks stay after the
// refresh that shows the evaluation instead of the form.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { UsefulnessStars } from "@/components/feedback/usefulness-stars";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { MAX_FEEDBACK_COMMENT } from "@/lib/domain/feedback";
import { useFormAction } from "@/components/use-form-action";
import { submitGroupFeedbackAction } from "@/lib/actions/submit-group-feedback";
import { groupFeedbackSchema, type GroupFeedbackInput, type GroupFeedbackValues } from "@/lib/validation/groups";

const FIELDS = ["usefulness", "comment"] as const;

export function GroupEvaluationForm({
  groupId,
  sessionId,
  title,
  given,
}: {
  groupId: string;
  sessionId: string;
  title: string;
  given: boolean;
}) {
  const t = useTranslations("groups.evaluation");
  const tf = useTranslations("feedback");
  const router = useRouter();
  const id = useId();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<GroupFeedbackInput, unknown, GroupFeedbackValues>({
    resolver: zodResolver(groupFeedbackSchema),
    defaultValues: { groupId, sessionId, usefulness: undefined, comment: "" },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const usefulness = useWatch({ control, name: "usefulness" });
  const onSubmit = handleSubmit((values) =>
    send(
      () => submitGroupFeedbackAction(values),
      () => {
        setSent(true);
        router.refresh();
      },
    ),
  );
  if (sent) return <Alert tone="success">{t("thanks")}</Alert>;
  if (given) return null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title", { title })} className="mt-3 space-y-4">
      <p className="text-sm text-slate-700">{t("private")}</p>
      <Alert tone="error">{refusal}</Alert>
      <UsefulnessStars
        id={`${id}-usefulness`}
        legend={t("usefulness")}
        value={usefulness}
        registration={register("usefulness")}
        error={errors.usefulness}
      />
      <TextAreaField
        id={`${id}-comment`}
        label={tf("panel.comment")}
        rows={2}
        maxLength={MAX_FEEDBACK_COMMENT}
        error={errors.comment}
        {...register("comment")}
      />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button type="submit" pending={isSubmitting} pendingLabel={tf("panel.sending")}>
          {t("submit")}
        </Button>
        <p className="text-xs text-slate-600">{t("final")}</p>
      </div>
    </form>
  );
}
