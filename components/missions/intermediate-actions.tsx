"use client";
// Intermediate tripartite meetings: any party asks for one with a reason; the coach schedules it
// and marks it held. Each button calls its server action, which checks the caller again.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { panel } from "@/components/ui/styles";
import { useActionVerb } from "@/components/use-action-verb";
import { useFormAction } from "@/components/use-form-action";
import {
  holdIntermediateMeetingAction,
  requestIntermediateMeetingAction,
  scheduleIntermediateMeetingAction,
} from "@/lib/actions/mission-meetings";
import { MAX_INTERMEDIATE_REASON } from "@/lib/domain/mission-framing";
import { intermediateMeetingSchema, LOCAL_DATE_TIME, type IntermediateMeetingInput } from "@/lib/validation/missions";
import { TextLanguageField, useWritingLanguage } from "./text-language-field";

export function IntermediateMeetingForm({ missionId }: { missionId: string }) {
  const t = useTranslations("missions.intermediate");
  const router = useRouter();
  const language = useWritingLanguage();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<IntermediateMeetingInput>({
    resolver: zodResolver(intermediateMeetingSchema),
    defaultValues: { missionId, reason: "", language },
  });
  const { refusal, send } = useFormAction(setError, ["reason", "language"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => requestIntermediateMeetingAction(values),
      () => {
        setSent(true);
        reset({ missionId, reason: "", language: values.language });
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className={panel} aria-label={t("formTitle")}>
      <h3 className="font-semibold">{t("formTitle")}</h3>
      <TextAreaField
        id="intermediate-reason"
        label={t("reasonLabel")}
        hint={t("reasonHint")}
        rows={3}
        maxLength={MAX_INTERMEDIATE_REASON}
        error={errors.reason}
        {...register("reason", { onChange: () => setSent(false) })}
      />
      <TextLanguageField id="intermediate-language" registration={register("language")} />
      <Alert tone="error">{refusal}</Alert>
      {sent && <Alert tone="success">✓ {t("sent")}</Alert>}
      <Button type="submit" pending={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** The coach's controls for one intermediate meeting: its date (in the coach's zone), and "held". */
export function IntermediateMeetingControls({
  missionId,
  meetingId,
  current,
  timeZone,
}: {
  missionId: string;
  meetingId: string;
  current: string;
  timeZone: string;
}) {
  const t = useTranslations("missions.milestones");
  const ti = useTranslations("missions.intermediate");
  const te = useTranslations("errors");
  const schedule = useActionVerb();
  const hold = useActionVerb();
  const [at, setAt] = useState(current);
  const id = useId();
  return (
    <div className="mt-2 flex flex-wrap items-end gap-4">
      <form
        noValidate
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!LOCAL_DATE_TIME.test(at)) return schedule.setError(te("milestoneDateRequired"));
          schedule.run(() => scheduleIntermediateMeetingAction({ missionId, meetingId, at }));
        }}
      >
        <TextField
          id={`${id}-at`}
          label={t("dateLabel", { zone: timeZone })}
          type="datetime-local"
          compact
          value={at}
          onChange={(e) => setAt(e.target.value)}
        />
        <Button type="submit" variant="secondary" size="sm" pending={schedule.pending}>
          {current ? t("reschedule") : t("schedule")}
        </Button>
        <Alert tone="error" className="w-full">
          {schedule.error}
        </Alert>
      </form>
      <div>
        <Button
          pending={hold.pending}
          onClick={() => hold.run(() => holdIntermediateMeetingAction({ missionId, meetingId }))}
        >
          {ti("hold")}
        </Button>
        <Alert tone="error" className="mt-2">
          {hold.error}
        </Alert>
      </div>
    </div>
  );
}
