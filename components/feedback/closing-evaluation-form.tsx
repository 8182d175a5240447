"use client";
// The closing evaluation of a completed engagement: overall usefulness, objectives reached,
// would recommend, a comment. Sent once; a refusal keeps everything typed. The panel keeps this
// component in place once the evaluation is given (`given`), so that its confirmation stays after
// the refresh that shows the answers instead of the form.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { ChoiceList } from "@/components/ui/choices";
import { useFormAction } from "@/components/use-form-action";
import { submitClosingEvaluationAction } from "@/lib/actions/submit-closing-evaluation";
import { OBJECTIVES_MET } from "@/lib/domain/feedback";
import {
  closingEvaluationSchema,
  type ClosingEvaluationInput,
  type ClosingEvaluationValues,
} from "@/lib/validation/feedback";
import { CommentAndSubmit } from "./comment-and-submit";
import { UsefulnessStars } from "./usefulness-stars";

const FIELDS = ["usefulness", "objectivesMet", "wouldRecommend", "comment"] as const;

export function ClosingEvaluationForm({ engagementId, given }: { engagementId: string; given: boolean }) {
  const t = useTranslations("feedback");
  const router = useRouter();
  const id = useId();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError,
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
  const { refusal, send } = useFormAction(setError, FIELDS);

  const usefulness = useWatch({ control, name: "usefulness" });

  const onSubmit = handleSubmit((values) =>
    send(
      () => submitClosingEvaluationAction(values),
      () => {
        setSent(true);
        router.refresh();
      },
    ),
  );

  if (given && !sent) return null;
  if (sent)
    return (
      <Alert tone="success" plain>
        ✓ {t("closing.sent")}
      </Alert>
    );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("closing.title")} className="space-y-4">
      <Alert tone="error">{refusal}</Alert>
      <UsefulnessStars
        id={`${id}-usefulness`}
        legend={t("closing.usefulness")}
        value={usefulness}
        registration={register("usefulness")}
        error={errors.usefulness}
      />
      <ChoiceList
        type="radio"
        legend={t("closing.objectivesMet")}
        name="objectivesMet"
        options={OBJECTIVES_MET.map((o) => ({ value: o, label: t(`objectivesMet.${o}`) }))}
        register={register}
        error={errors.objectivesMet}
        columns={3}
        idPrefix={`${id}-`}
      />
      <ChoiceList
        type="radio"
        legend={t("closing.wouldRecommend")}
        name="wouldRecommend"
        options={(["yes", "no"] as const).map((v) => ({ value: v, label: t(`closing.${v}`) }))}
        register={register}
        error={errors.wouldRecommend}
        columns={3}
        idPrefix={`${id}-`}
      />
      <CommentAndSubmit
        id={id}
        rows={3}
        registration={register("comment")}
        error={errors.comment}
        submitting={isSubmitting}
        submitLabel={t("closing.submit")}
      />
    </form>
  );
}
