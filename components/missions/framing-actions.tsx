"use client";
// The first steps' actions: the coachee's own request and decision, the coach's validation and
// milestones (schedule, mark as held). Each calls its server action, which checks the caller.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choices";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { panel } from "@/components/ui/styles";
import { useActionVerb } from "@/components/use-action-verb";
import {
  decideMissionConsentAction,
  holdMilestoneAction,
  scheduleMilestoneAction,
  validateMissionRequestsAction,
  writeCoacheeRequestAction,
} from "@/lib/actions/mission-framing";
import type { MilestoneKind } from "@/lib/domain/mission-lifecycle";
import { MAX_MISSION_TEXT } from "@/lib/domain/mission-terms";
import type { Locale } from "@/lib/i18n/config";
import { coacheeRequestSchema, type CoacheeRequestInput } from "@/lib/validation/missions";
import { TextLanguageField, useWritingLanguage } from "./text-language-field";

export function CoacheeRequestForm({
  missionId,
  text,
  language: written,
  shared,
  sponsorName,
}: {
  missionId: string;
  text: string | null;
  /** The language of the text already written. */
  language: Locale | null;
  shared: boolean;
  sponsorName: string;
}) {
  const t = useTranslations("missions.request");
  const language = useWritingLanguage(written);
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CoacheeRequestInput>({
    resolver: zodResolver(coacheeRequestSchema),
    defaultValues: { missionId, coacheeRequest: text ?? "", shared, language },
  });
  return (
    <form
      noValidate
      className={panel}
      onSubmit={handleSubmit((values) => run(() => writeCoacheeRequestAction(values)))}
      aria-label={t("formLabel")}
    >
      <TextAreaField
        id="coachee-request"
        label={t("yourRequest")}
        hint={t("yourRequestHint")}
        rows={6}
        maxLength={MAX_MISSION_TEXT}
        error={errors.coacheeRequest}
        {...register("coacheeRequest")}
      />
      <TextLanguageField id="coachee-request-language" registration={register("language")} />
      <Choice type="checkbox" label={t("share", { sponsor: sponsorName })} {...register("shared")} />
      <Alert tone="error">{error}</Alert>
      <Button type="submit" pending={pending}>
        {text ? t("update") : t("send")}
      </Button>
    </form>
  );
}

export function ValidateRequestsButton({ missionId, ready }: { missionId: string; ready: boolean }) {
  const t = useTranslations("missions.request");
  const { pending, error, run } = useActionVerb();
  return (
    <div className={panel}>
      <p className="text-sm text-slate-700">{ready ? t("validateHint") : t("validateWaiting")}</p>
      <Button
        disabled={!ready}
        pending={pending}
        onClick={() => run(() => validateMissionRequestsAction({ missionId }))}
      >
        {t("validate")}
      </Button>
      <Alert tone="error">{error}</Alert>
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
      <TextField
        id={`${id}-at`}
        label={t("dateLabel", { zone: timeZone })}
        type="datetime-local"
        compact
        value={at}
        onChange={(e) => setAt(e.target.value)}
      />
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {current ? t("reschedule") : t("schedule")}
      </Button>
      <Alert tone="error" className="w-full">
        {error}
      </Alert>
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
      <Button pending={pending} onClick={() => run(() => holdMilestoneAction({ missionId, kind }))}>
        {label}
      </Button>
      <Alert tone="error" className="mt-2">
        {error}
      </Alert>
    </div>
  );
}

/** The coachee's free decision after meeting the coach: go ahead, or decline without consequence. */
export function ConsentButtons({ missionId, canConsent }: { missionId: string; canConsent: boolean }) {
  const t = useTranslations("missions.consent");
  const { pending, error, run } = useActionVerb();
  const [declining, setDeclining] = useState(false);
  const decide = (decision: "consent" | "decline") =>
    run(
      () => decideMissionConsentAction({ missionId, decision }),
      () => setDeclining(false),
    );
  return (
    <div className={panel}>
      {canConsent && <p className="text-sm text-slate-700">{t("question")}</p>}
      <div className="flex flex-wrap gap-2">
        {canConsent && (
          <Button pending={pending && !declining} disabled={pending} onClick={() => decide("consent")}>
            {t("consent")}
          </Button>
        )}
        <Button variant="secondary" disabled={pending} onClick={() => setDeclining(true)}>
          {t("decline")}
        </Button>
      </div>
      <Alert tone="error">{declining ? undefined : error}</Alert>
      <ConfirmDialog
        open={declining}
        onCancel={() => setDeclining(false)}
        confirmLabel={t("confirmDecline")}
        cancelLabel={t("cancel")}
        pending={pending}
        error={error}
        onConfirm={() => decide("decline")}
      >
        {t("declineConfirm")}
      </ConfirmDialog>
    </div>
  );
}
