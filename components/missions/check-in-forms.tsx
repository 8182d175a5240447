"use client";
// Check-ins between sessions: the coachee's message or call request, the coach's answer.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/coach/form-parts";
import { answerCheckInAction, createCheckInAction } from "@/lib/actions/check-ins";
import { CALL_MINUTES, MAX_CHECK_IN, MAX_CHECK_IN_ANSWER, MAX_PREFERRED_TIMES } from "@/lib/domain/check-ins";
import {
  answerCheckInSchema,
  createCheckInSchema,
  type AnswerCheckInInput,
  type CreateCheckInInput,
} from "@/lib/validation/check-ins";
import { Alert, FieldMessage, panel, SubmitRow } from "./parts";
import { useActionVerb } from "@/components/use-action-verb";

export function CheckInForm({ missionId, coachName }: { missionId: string; coachName: string }) {
  const t = useTranslations("checkIns");
  const { pending, error, run } = useActionVerb();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    formState: { errors },
  } = useForm<CreateCheckInInput>({
    resolver: zodResolver(createCheckInSchema),
    defaultValues: { missionId, kind: "message", body: "", preferredTimes: "" },
  });
  const kind = watch("kind");
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
      <fieldset>
        <legend className="font-semibold">{t("formTitle")}</legend>
        <p className="text-sm text-slate-600">{t("formHint", { coach: coachName })}</p>
        <div className="mt-2 flex flex-wrap gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="message" {...register("kind")} /> {t("kinds.message")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" value="call" {...register("kind")} />{" "}
            {t("kinds.callLong", { min: CALL_MINUTES.min, max: CALL_MINUTES.max })}
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor="check-in-body" className={labelClass}>
          {kind === "call" ? t("bodyCall") : t("body")}
        </label>
        <textarea
          id="check-in-body"
          rows={3}
          maxLength={MAX_CHECK_IN}
          className={inputClass}
          aria-invalid={Boolean(errors.body)}
          aria-describedby={errors.body ? "check-in-body-error" : undefined}
          {...register("body")}
        />
        <FieldMessage id="check-in-body-error" message={errors.body?.message} />
      </div>
      {kind === "call" && (
        <div>
          <label htmlFor="check-in-times" className={labelClass}>
            {t("preferredTimes")}
          </label>
          <input
            id="check-in-times"
            maxLength={MAX_PREFERRED_TIMES}
            className={inputClass}
            {...register("preferredTimes")}
          />
          <FieldMessage id="check-in-times-error" message={errors.preferredTimes?.message} />
        </div>
      )}
      <Alert text={error} />
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
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        {t("answer")}
      </button>
    );
  }
  return (
    <form
      noValidate
      className="mt-2 space-y-2"
      aria-label={t("answer")}
      onSubmit={handleSubmit((values) => run(() => answerCheckInAction(values)))}
    >
      <label htmlFor={`${id}-answer`} className={labelClass}>
        {t("answerLabel")}
      </label>
      <textarea
        id={`${id}-answer`}
        rows={3}
        maxLength={MAX_CHECK_IN_ANSWER}
        className={inputClass}
        aria-invalid={Boolean(errors.answer)}
        aria-describedby={errors.answer ? `${id}-answer-error` : undefined}
        {...register("answer")}
      />
      <FieldMessage id={`${id}-answer-error`} message={errors.answer?.message} />
      <Alert text={error} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {t("sendAnswer")}
        </button>
        <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
