"use client";
// After the contract: mid-point review, closing (indicators, the coachee's synthesis), follow-up
// evaluation, and the coach's refusal or stop with their reasons.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/coach/form-parts";
import {
  evaluateMissionIndicatorsAction,
  recordFollowUpEvaluationAction,
  recordMidpointReviewAction,
  refuseMissionAction,
  saveMissionSynthesisAction,
  startMissionClosingAction,
  stopMissionAction,
} from "@/lib/actions/mission-progress";
import { MAX_EVIDENCE, MAX_REASON_TEXT, MAX_SYNTHESIS } from "@/lib/domain/mission-terms";
import {
  FOLLOW_UP_IMPACTS,
  followUpEvaluationSchema,
  INDICATOR_RESULTS,
  indicatorEvaluationsSchema,
  midpointSchema,
  refuseMissionSchema,
  stopMissionSchema,
  synthesisSchema,
  type FollowUpEvaluationInput,
  type IndicatorEvaluationsInput,
  type MidpointInput,
  type RefuseMissionInput,
  type StopMissionInput,
  type SynthesisInput,
} from "@/lib/validation/missions";
import { Alert, dangerButton, FieldMessage, panel, SubmitRow } from "./parts";
import { useActionVerb } from "@/components/use-action-verb";

export function MidpointForm({ missionId }: { missionId: string }) {
  const t = useTranslations("missions.midpoint");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<MidpointInput>({
    resolver: zodResolver(midpointSchema),
    defaultValues: { missionId, decision: undefined, note: "" },
  });
  const decision = watch("decision");
  return (
    <form
      noValidate
      className={panel}
      aria-label={t("formTitle")}
      onSubmit={handleSubmit((values) => run(() => recordMidpointReviewAction(values)))}
    >
      <fieldset>
        <legend className="font-semibold">{t("formTitle")}</legend>
        <p className="text-sm text-slate-600">{t("formHint")}</p>
        <div className="mt-2 space-y-1">
          {(["continue", "adjust", "end_early"] as const).map((d) => (
            <label key={d} className="flex items-start gap-2">
              <input type="radio" className="mt-1" value={d} {...register("decision")} />
              <span>{t(`decisions.${d}`)}</span>
            </label>
          ))}
        </div>
        <FieldMessage id="midpoint-decision-error" message={errors.decision?.message} />
      </fieldset>
      <div>
        <label htmlFor="midpoint-note" className={labelClass}>
          {decision === "adjust" ? t("noteAdjust") : t("note")}
        </label>
        <textarea
          id="midpoint-note"
          rows={3}
          maxLength={MAX_REASON_TEXT}
          className={inputClass}
          aria-invalid={Boolean(errors.note)}
          aria-describedby={errors.note ? "midpoint-note-error" : undefined}
          {...register("note")}
        />
        <FieldMessage id="midpoint-note-error" message={errors.note?.message} />
      </div>
      <Alert text={error} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("record")}
      </button>
    </form>
  );
}

export function StartClosingButton({ missionId }: { missionId: string }) {
  const t = useTranslations("missions.closing");
  const { pending, error, run } = useActionVerb();
  return (
    <div className={panel}>
      <p className="text-sm text-slate-700">{t("startHint")}</p>
      <button
        type="button"
        disabled={pending}
        className={primaryButton}
        onClick={() => run(() => startMissionClosingAction({ missionId }))}
      >
        {t("start")}
      </button>
      <Alert text={error} />
    </div>
  );
}

type Indicator = {
  id: string;
  position: number;
  description: string;
  result: "achieved" | "partly" | "not_achieved" | null;
  evidence: string | null;
};

export function IndicatorEvaluationForm({ missionId, indicators }: { missionId: string; indicators: Indicator[] }) {
  const t = useTranslations("missions.indicators");
  const { pending, error, run } = useActionVerb();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<IndicatorEvaluationsInput>({
    resolver: zodResolver(indicatorEvaluationsSchema),
    defaultValues: {
      missionId,
      evaluations: indicators.map((i) => ({
        indicatorId: i.id,
        result: i.result ?? undefined,
        evidence: i.evidence ?? "",
      })),
    },
  });
  return (
    <form
      noValidate
      className={panel}
      aria-label={t("formTitle")}
      onSubmit={handleSubmit((values) => {
        setSaved(false);
        run(
          () => evaluateMissionIndicatorsAction(values),
          () => setSaved(true),
        );
      })}
    >
      <h3 className="font-semibold">{t("formTitle")}</h3>
      <p className="text-sm text-slate-600">{t("formHint")}</p>
      <ol className="space-y-4">
        {indicators.map((indicator, i) => (
          <li
            key={indicator.id}
            className="rounded border border-slate-200 bg-white p-3"
            data-testid="indicator-evaluation"
          >
            <fieldset>
              <legend className="font-medium">
                {indicator.position}. {indicator.description}
              </legend>
              <div className="mt-2 flex flex-wrap gap-4">
                {INDICATOR_RESULTS.map((r) => (
                  <label key={r} className="flex items-center gap-2 text-sm">
                    <input type="radio" value={r} {...register(`evaluations.${i}.result`)} /> {t(`results.${r}`)}
                  </label>
                ))}
              </div>
              <FieldMessage id={`indicator-${i}-result-error`} message={errors.evaluations?.[i]?.result?.message} />
            </fieldset>
            <label htmlFor={`indicator-${i}-evidence`} className={`${labelClass} mt-2`}>
              {t("evidence")}
            </label>
            <textarea
              id={`indicator-${i}-evidence`}
              rows={2}
              maxLength={MAX_EVIDENCE}
              className={inputClass}
              aria-invalid={Boolean(errors.evaluations?.[i]?.evidence)}
              aria-describedby={errors.evaluations?.[i]?.evidence ? `indicator-${i}-evidence-error` : undefined}
              {...register(`evaluations.${i}.evidence`)}
            />
            <FieldMessage id={`indicator-${i}-evidence-error`} message={errors.evaluations?.[i]?.evidence?.message} />
          </li>
        ))}
      </ol>
      <Alert text={error} />
      <SubmitRow pending={pending} label={t("save")} done={saved} doneText={t("saved")} />
    </form>
  );
}

export function SynthesisForm({
  missionId,
  synthesis,
  recommendations,
  presented,
  canPresent,
  sponsorName,
}: {
  missionId: string;
  synthesis: string;
  recommendations: string;
  presented: boolean;
  canPresent: boolean;
  sponsorName: string;
}) {
  const t = useTranslations("missions.synthesis");
  const { pending, error, run } = useActionVerb();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SynthesisInput>({
    resolver: zodResolver(synthesisSchema),
    defaultValues: { missionId, synthesis, recommendations, present: false },
  });
  const submit = (present: boolean) =>
    handleSubmit((values) => {
      setSaved(false);
      run(
        () => saveMissionSynthesisAction({ ...values, present }),
        () => setSaved(true),
      );
    });
  return (
    <form noValidate className={panel} aria-label={t("formTitle")} onSubmit={submit(false)}>
      <h3 className="font-semibold">{t("formTitle")}</h3>
      <p className="text-sm text-slate-600">
        {presented ? t("presentedHint", { sponsor: sponsorName }) : t("draftHint", { sponsor: sponsorName })}
      </p>
      {(["synthesis", "recommendations"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`synthesis-${name}`} className={labelClass}>
            {t(name)}
          </label>
          <textarea
            id={`synthesis-${name}`}
            rows={5}
            maxLength={MAX_SYNTHESIS}
            className={inputClass}
            aria-invalid={Boolean(errors[name])}
            aria-describedby={errors[name] ? `synthesis-${name}-error` : undefined}
            {...register(name)}
          />
          <FieldMessage id={`synthesis-${name}-error`} message={errors[name]?.message} />
        </div>
      ))}
      <Alert text={error} />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={secondaryButton}>
          {presented ? t("update") : t("saveDraft")}
        </button>
        {canPresent && !presented && (
          <button type="button" disabled={pending} className={primaryButton} onClick={submit(true)}>
            {t("present")}
          </button>
        )}
        {saved && !pending && (
          <p role="status" className="text-sm font-medium text-emerald-700">
            ✓ {t("saved")}
          </p>
        )}
      </div>
    </form>
  );
}

export function FollowUpEvaluationForm({
  missionId,
  initial,
  sponsorName,
}: {
  missionId: string;
  initial: { impact: FollowUpEvaluationInput["impact"] | null; note: string | null; shared: boolean };
  sponsorName: string;
}) {
  const t = useTranslations("missions.followUp");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FollowUpEvaluationInput>({
    resolver: zodResolver(followUpEvaluationSchema),
    defaultValues: { missionId, impact: initial.impact ?? undefined, note: initial.note ?? "", shared: initial.shared },
  });
  return (
    <form
      noValidate
      className={panel}
      aria-label={t("formTitle")}
      onSubmit={handleSubmit((values) => run(() => recordFollowUpEvaluationAction(values)))}
    >
      <fieldset>
        <legend className="font-semibold">{t("formTitle")}</legend>
        <p className="text-sm text-slate-600">{t("formHint")}</p>
        <div className="mt-2 flex flex-wrap gap-4">
          {FOLLOW_UP_IMPACTS.map((i) => (
            <label key={i} className="flex items-center gap-2 text-sm">
              <input type="radio" value={i} {...register("impact")} /> {t(`impacts.${i}`)}
            </label>
          ))}
        </div>
        <FieldMessage id="follow-up-impact-error" message={errors.impact?.message} />
      </fieldset>
      <div>
        <label htmlFor="follow-up-note" className={labelClass}>
          {t("note")}
        </label>
        <textarea
          id="follow-up-note"
          rows={4}
          maxLength={MAX_SYNTHESIS}
          className={inputClass}
          aria-invalid={Boolean(errors.note)}
          aria-describedby={errors.note ? "follow-up-note-error" : undefined}
          {...register("note")}
        />
        <FieldMessage id="follow-up-note-error" message={errors.note?.message} />
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" className="mt-1" {...register("shared")} />
        <span>{t("share", { sponsor: sponsorName })}</span>
      </label>
      <Alert text={error} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("save")}
      </button>
    </form>
  );
}

/** Refusing (before the contract) or stopping (under contract) a mission: the coach explains why. */
export function EndMissionForm({ missionId, kind }: { missionId: string; kind: "refuse" | "stop" }) {
  const t = useTranslations("missions.ending");
  const { pending, error, run } = useActionVerb();
  const [open, setOpen] = useState(false);
  const refuse = useForm<RefuseMissionInput>({
    resolver: zodResolver(refuseMissionSchema),
    defaultValues: { missionId, reason: "" },
  });
  const stop = useForm<StopMissionInput>({
    resolver: zodResolver(stopMissionSchema),
    defaultValues: { missionId, reason: "", alternatives: "" },
  });
  if (!open) {
    return (
      <button
        type="button"
        className="text-sm font-medium text-red-700 underline hover:text-red-800"
        onClick={() => setOpen(true)}
      >
        {t(`${kind}.open`)}
      </button>
    );
  }
  const errors = kind === "refuse" ? refuse.formState.errors : stop.formState.errors;
  const onSubmit =
    kind === "refuse"
      ? refuse.handleSubmit((values) => run(() => refuseMissionAction(values)))
      : stop.handleSubmit((values) => run(() => stopMissionAction(values)));
  const reg = kind === "refuse" ? refuse.register : stop.register;
  return (
    <form
      noValidate
      className="space-y-3 rounded border border-red-200 bg-red-50/50 p-4"
      aria-label={t(`${kind}.title`)}
      onSubmit={onSubmit}
    >
      <p className="font-semibold text-red-900">{t(`${kind}.title`)}</p>
      <p className="text-sm text-slate-700">{t(`${kind}.hint`)}</p>
      <div>
        <label htmlFor={`${kind}-reason`} className={labelClass}>
          {t("reason")}
        </label>
        <textarea
          id={`${kind}-reason`}
          rows={3}
          maxLength={MAX_REASON_TEXT}
          className={inputClass}
          aria-invalid={Boolean(errors.reason)}
          aria-describedby={errors.reason ? `${kind}-reason-error` : undefined}
          {...reg("reason")}
        />
        <FieldMessage id={`${kind}-reason-error`} message={errors.reason?.message} />
      </div>
      {kind === "stop" && (
        <div>
          <label htmlFor="stop-alternatives" className={labelClass}>
            {t("alternatives")}
          </label>
          <textarea
            id="stop-alternatives"
            rows={3}
            maxLength={MAX_REASON_TEXT}
            className={inputClass}
            aria-invalid={Boolean(stop.formState.errors.alternatives)}
            aria-describedby={stop.formState.errors.alternatives ? "stop-alternatives-error" : undefined}
            {...stop.register("alternatives")}
          />
          <FieldMessage id="stop-alternatives-error" message={stop.formState.errors.alternatives?.message} />
        </div>
      )}
      <Alert text={error} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={dangerButton}>
          {t(`${kind}.confirm`)}
        </button>
        <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
