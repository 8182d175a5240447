"use client";
// The seeker's reply to the question waiting on their request: the asked person's deadline
// resumes with the time that was left. A refusal shows beside the field or in place.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { panel } from "@/components/ui/styles";
import { useFormAction } from "@/components/use-form-action";
import { answerRequestQuestionAction } from "@/lib/actions/answer-request-question";
import { MAX_QUESTION_TEXT } from "@/lib/domain/request-questions";
import { answerRequestQuestionSchema, type AnswerRequestQuestionInput } from "@/lib/validation/request-questions";

export function ReplyQuestionForm({ choiceId, coachName }: { choiceId: string; coachName: string }) {
  const t = useTranslations("requestQuestions");
  const router = useRouter();
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AnswerRequestQuestionInput>({
    resolver: zodResolver(answerRequestQuestionSchema),
    defaultValues: { choiceId, answer: "" },
  });
  const { refusal, send } = useFormAction(setError, ["answer"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => answerRequestQuestionAction(values),
      () => {
        reset({ choiceId, answer: "" });
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className={`w-full ${panel}`}>
      <input type="hidden" {...register("choiceId")} />
      <TextAreaField
        id={`${id}-answer`}
        label={t("replyLabel", { name: coachName })}
        hint={t("replyHint", { name: coachName })}
        rows={3}
        maxLength={MAX_QUESTION_TEXT}
        error={errors.answer}
        {...register("answer")}
      />
      <Alert tone="error">{refusal}</Alert>
      <Button type="submit" pending={isSubmitting}>
        {t("sendReply")}
      </Button>
    </form>
  );
}
