"use client";
// The first steps' actions: the coachee's own request and decision, the coach's validation and
// milestones (schedule, mark as held). Each calls its server action, which checks the caller.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/coach/form-parts";
import {
  decideMissionConsentAction,
  holdMilestoneAction,
  scheduleMilestoneAction,
  validateMissionRequestsAction,
  writeCoacheeRequestAction,
} from "@/lib/actions/mission-framing";
import type { MilestoneKind } from "@/lib/domain/mission-lifecycle";
import { MAX_MISSION_TEXT } from "@/lib/domain/mission-terms";
import { coacheeRequestSchema, type CoacheeRequestInput } from "@/lib/validation/missions";
import { Alert, dangerButton, FieldMessage, panel } from "./parts";
import { useActionVerb } from "@/components/use-action-verb";

export function CoacheeRequestForm({
  missionId,
  text,
  shared,
  sponsorName,
}: {
  missionId: string;
  text: string | null;
  shared: boolean;
  sponsorName: string;
}) {
  const t = useTranslations("missions.request");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CoacheeRequestInput>({
    resolver: zodResolver(coacheeRequestSchema),
    defaultValues: { missionId, coacheeRequest: text ?? "", shared },
  });
  return (
    <form
      noValidate
      className={panel}
      onSubmit={handleSubmit((values) => run(() => writeCoacheeRequestAction(values)))}
      aria-label={t("formLabel")}
    >
      <label htmlFor="coachee-request" className={labelClass}>
        {t("yourRequest")}
      </label>
      <p id="coachee-request-hint" className="text-sm text-slate-600">
        {t("yourRequestHint")}
      </p>
      <textarea
        id="coachee-request"
        rows={6}
        maxLength={MAX_MISSION_TEXT}
        className={inputClass}
        aria-invalid={Boolean(errors.coacheeRequest)}
        aria-describedby={`coachee-request-hint${errors.coacheeRequest ? " coachee-request-error" : ""}`}
        {...register("coacheeRequest")}
      />
      <FieldMessage id="coachee-request-error" message={errors.coacheeRequest?.message} />
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" className="mt-1" {...register("shared")} />
        <span>{t("share", { sponsor: sponsorName })}</span>
      </label>
      <Alert text={error} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {text ? t("update") : t("send")}
      </button>
    </form>
  );
}

export function ValidateRequestsButton({ missionId, ready }: { missionId: string; ready: boolean }) {
  const t = useTranslations("missions.request");
  const { pending, error, run } = useActionVerb();
  return (
    <div className={panel}>
      <p className="text-sm text-slate-700">{ready ? t("validateHint") : t("validateWaiting")}</p>
      <button
        type="button"
        disabled={pending || !ready}
        className={primaryButton}
        onClick={() => run(() => validateMissionRequestsAction({ missionId }))}
      >
        {t("validate")}
      </button>
      <Alert text={error} />
    </div>
  );
}

/** A date and time for a milestone, in the coach's own time zone. */
export function ScheduleMilestoneForm({
  missionId,
  kind,
  current,
  timeZone,
}: {
  missionId: string;
  kind: MilestoneKind;
  current: string;
  timeZone: string;
}) {
  const t = useTranslations("missions.milestones");
  const te = useTranslations("errors");
  const { pending, error, run, setError } = useActionVerb();
  const [at, setAt] = useState(current);
  const id = useId();
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(at)) return setError(te("milestoneDateRequired"));
        run(() => scheduleMilestoneAction({ missionId, kind, at }));
      }}
    >
      <div>
        <label htmlFor={`${id}-at`} className="block text-xs font-medium text-slate-700">
          {t("dateLabel", { zone: timeZone })}
        </label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          className="mt-1 rounded border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {current ? t("reschedule") : t("schedule")}
      </button>
      <div className="w-full">
        <Alert text={error} />
      </div>
    </form>
  );
}

export function HoldMilestoneButton({
  missionId,
  kind,
  label,
}: {
  missionId: string;
  kind: Exclude<MilestoneKind, "midpoint_review">;
  label: string;
}) {
  const { pending, error, run } = useActionVerb();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        className={primaryButton}
        onClick={() => run(() => holdMilestoneAction({ missionId, kind }))}
      >
        {label}
      </button>
      <Alert text={error} />
    </div>
  );
}

/** The coachee's free decision after meeting the coach: go ahead, or decline without consequence. */
export function ConsentButtons({ missionId, canConsent }: { missionId: string; canConsent: boolean }) {
  const t = useTranslations("missions.consent");
  const { pending, error, run } = useActionVerb();
  const [declining, setDeclining] = useState(false);
  return (
    <div className={panel}>
      {canConsent && <p className="text-sm text-slate-700">{t("question")}</p>}
      {!declining ? (
        <div className="flex flex-wrap gap-2">
          {canConsent && (
            <button
              type="button"
              disabled={pending}
              className={primaryButton}
              onClick={() => run(() => decideMissionConsentAction({ missionId, decision: "consent" }))}
            >
              {t("consent")}
            </button>
          )}
          <button type="button" disabled={pending} className={secondaryButton} onClick={() => setDeclining(true)}>
            {t("decline")}
          </button>
        </div>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">{t("declineConfirm")}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              className={dangerButton}
              onClick={() => run(() => decideMissionConsentAction({ missionId, decision: "decline" }))}
            >
              {t("confirmDecline")}
            </button>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => setDeclining(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      <Alert text={error} />
    </div>
  );
}
