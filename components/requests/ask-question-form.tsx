"use client";
// "Ask a question" on a request addressed to the coach (mentor, colleague): a third answer besides
// accept and decline. The deadline pauses until the seeker replies (lib/domain/request-questions.ts).
// A refusal shows beside the field or in place, and keeps what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { panel } from "@/components/ui/styles";
import { useFormAction } from "@/components/use-form-action";
import { askRequestQuestionAction } from "@/lib/actions/ask-request-question";
import { MAX_QUESTION_TEXT, MAX_QUESTIONS } from "@/lib/domain/request-questions";
import { askRequestQuestionSchema, type AskRequestQuestionInput } from "@/lib/validation/request-questions";

export function AskQuestionForm({
  choiceId,
  clientName,
  left,
}: {
  choiceId: string;
  clientName: string;
  /** Questions the coach may still ask on this request. */
  left: number;
}) {
  const t = useTranslations("requestQuestions");
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AskRequestQuestionInput>({
    resolver: zodResolver(askRequestQuestionSchema),
    defaultValues: { choiceId, question: "" },
  });
  const { refusal, send } = useFormAction(setError, ["question"]);

  if (left <= 0) return <p className="mt-2 text-sm text-slate-600">{t("noMore", { max: MAX_QUESTIONS })}</p>;
  if (!open)
    return (
      <Button variant="secondary" className="mt-2" onClick={() => setOpen(true)}>
        {t("ask")}
      </Button>
    );
  const onSubmit = handleSubmit((values) =>
    send(
      () => askRequestQuestionAction(values),
      () => {
        reset({ choiceId, question: "" });
        setOpen(false);
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className={`mt-3 ${panel}`} aria-label={t("ask")}>
      <input type="hidden" {...register("choiceId")} />
      <TextAreaField
        id={`${id}-question`}
        label={t("askLabel", { name: clientName })}
        hint={t("askHint", { max: MAX_QUESTIONS, left })}
        rows={3}
        maxLength={MAX_QUESTION_TEXT}
        error={errors.question}
        autoFocus
        {...register("question")}
      />
      <Alert tone="error">{refusal}</Alert>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={isSubmitting}>
          {t("send")}
        </Button>
        <Button variant="secondary" disabled={isSubmitting} onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
