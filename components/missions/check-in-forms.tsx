"use client";
// Check-ins between sessions: the coachee's message or call request, the coach's answer.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { TextAreaField, TextField } from "@/components/ui/field";
import { panel } from "@/components/ui/styles";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionVerb } from "@/components/use-action-verb";
import { answerCheckInAction, createCheckInAction } from "@/lib/actions/check-ins";
import {
  CALL_MINUTES,
  MAX_CHECK_IN,
  MAX_CHECK_IN_ANSWER,
  MAX_PREFERRED_TIMES,
  type CheckInDays,
} from "@/lib/domain/check-ins";
import {
  answerCheckInSchema,
  createCheckInSchema,
  type AnswerCheckInInput,
  type CreateCheckInInput,
} from "@/lib/validation/check-ins";

/** `days`: whether the coach has two days or two working days to answer (the programme's setting). */
export function CheckInForm({
  missionId,
  coachName,
  days,
}: {
  missionId: string;
  coachName: string;
  days: CheckInDays;
}) {
  const t = useTranslations("checkIns");
  const { pending, error, run } = useActionVerb();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors },
  } = useForm<CreateCheckInInput>({
    resolver: zodResolver(createCheckInSchema),
    defaultValues: { missionId, kind: "message", body: "", preferredTimes: "" },
  });
  const kind = useWatch({ control, name: "kind" });
  return (
    <form
      noValidate
      className={panel}
      aria-label={t("formTitle")}
      onSubmit={handleSubmit((values) => {
        setSent(false);
        run(
          () => createCheckInAction(values),
          () => {
            reset({ missionId, kind: values.kind, body: "", preferredTimes: "" });
            setSent(true);
          },
        );
      })}
    >
      <ChoiceList
        type="radio"
        legend={t("formTitle")}
        hint={t("formHint", { coach: coachName, days })}
        name="kind"
        options={[
          { value: "message", label: t("kinds.message") },
          { value: "call", label: t("kinds.callLong", { min: CALL_MINUTES.min, max: CALL_MINUTES.max }) },
        ]}
        register={register}
        error={errors.kind}
        idPrefix="check-in-"
      />
      <TextAreaField
        id="check-in-body"
        label={kind === "call" ? t("bodyCall") : t("body")}
        rows={3}
        maxLength={MAX_CHECK_IN}
        error={errors.body}
        {...register("body")}
      />
      {kind === "call" && (
        <TextField
          id="check-in-times"
          label={t("preferredTimes")}
          maxLength={MAX_PREFERRED_TIMES}
          error={errors.preferredTimes}
          {...register("preferredTimes")}
        />
      )}
      <Alert tone="error">{error}</Alert>
      <SubmitRow pending={pending} label={t("send")} done={sent} doneText={t("sent")} />
    </form>
  );
}

export function AnswerCheckInForm({ checkInId }: { checkInId: string }) {
  const t = useTranslations("checkIns");
  const { pending, error, run } = useActionVerb();
  const [open, setOpen] = useState(false);
  const id = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AnswerCheckInInput>({
    resolver: zodResolver(answerCheckInSchema),
    defaultValues: { checkInId, answer: "" },
  });
  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        {t("answer")}
      </Button>
    );
  }
  return (
    <form
      noValidate
      className="mt-2 space-y-2"
      aria-label={t("answer")}
      onSubmit={handleSubmit((values) => run(() => answerCheckInAction(values)))}
    >
      <TextAreaField
        id={`${id}-answer`}
        label={t("answerLabel")}
        rows={3}
        maxLength={MAX_CHECK_IN_ANSWER}
        error={errors.answer}
        {...register("answer")}
      />
      <Alert tone="error">{error}</Alert>
      <SubmitRow pending={pending} label={t("sendAnswer")}>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </SubmitRow>
    </form>
  );
}
