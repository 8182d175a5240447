"use client";
// After the contract: mid-point review, closing (indicators, the coachee's synthesis), follow-up
// evaluation, and the coach's refusal or stop with their reasons.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceList } from "@/components/ui/choices";
import { TextAreaField } from "@/components/ui/field";
import { dangerPanel, panel } from "@/components/ui/styles";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionVerb } from "@/components/use-action-verb";
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
import type { Locale } from "@/lib/i18n/config";
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
import { TextLanguageField, useWritingLanguage } from "./text-language-field";

/** A form's question, in a panel: it reads as a small title. */
const question = "font-semibold text-slate-900";

export function MidpointForm({ missionId }: { missionId: string }) {
  const t = useTranslations("missions.midpoint");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<MidpointInput>({
    resolver: zodResolver(midpointSchema),
    defaultValues: { missionId, decision: undefined, note: "" },
  });
  const decision = useWatch({ control, name: "decision" });
  return (
    <form
      noValidate
      className={panel}
      aria-label={t("formTitle")}
      onSubmit={handleSubmit((values) => run(() => recordMidpointReviewAction(values)))}
    >
      <ChoiceList
        type="radio"
        legend={t("formTitle")}
        legendClassName={question}
        hint={t("formHint")}
        name="decision"
        options={(["continue", "adjust", "end_early"] as const).map((d) => ({ value: d, label: t(`decisions.${d}`) }))}
        register={register}
        error={errors.decision}
        columns={1}
        idPrefix="midpoint-"
      />
      <TextAreaField
        id="midpoint-note"
        label={decision === "adjust" ? t("noteAdjust") : t("note")}
        rows={3}
        maxLength={MAX_REASON_TEXT}
        error={errors.note}
        {...register("note")}
      />
      <Alert tone="error">{error}</Alert>
      <Button type="submit" pending={pending}>
        {t("record")}
      </Button>
    </form>
  );
}

export function StartClosingButton({ missionId }: { missionId: string }) {
  const t = useTranslations("missions.closing");
  const { pending, error, run } = useActionVerb();
  return (
    <div className={panel}>
      <p className="text-sm text-slate-700">{t("startHint")}</p>
      <Button pending={pending} onClick={() => run(() => startMissionClosingAction({ missionId }))}>
        {t("start")}
      </Button>
      <Alert tone="error">{error}</Alert>
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
      <h3 className={question}>{t("formTitle")}</h3>
      <p className="text-sm text-slate-600">{t("formHint")}</p>
      <ol className="space-y-4">
        {indicators.map((indicator, i) => (
          <li
            key={indicator.id}
            className="space-y-2 rounded border border-slate-200 bg-white p-3"
            data-testid="indicator-evaluation"
          >
            <ChoiceList
              type="radio"
              legend={`${indicator.position}. ${indicator.description}`}
              name={`evaluations.${i}.result`}
              options={INDICATOR_RESULTS.map((r) => ({ value: r, label: t(`results.${r}`) }))}
              register={register}
              error={errors.evaluations?.[i]?.result}
              columns={3}
              idPrefix="indicator-"
            />
            <TextAreaField
              id={`indicator-${i}-evidence`}
              label={t("evidence")}
              rows={2}
              maxLength={MAX_EVIDENCE}
              error={errors.evaluations?.[i]?.evidence}
              {...register(`evaluations.${i}.evidence`)}
            />
          </li>
        ))}
      </ol>
      <Alert tone="error">{error}</Alert>
      <SubmitRow pending={pending} label={t("save")} done={saved} doneText={t("saved")} />
    </form>
  );
}

export function SynthesisForm({
  missionId,
  synthesis,
  recommendations,
  language: written,
  presented,
  canPresent,
  sponsorName,
}: {
  missionId: string;
  synthesis: string;
  recommendations: string;
  /** The language of what is already written. */
  language: Locale | null;
  presented: boolean;
  canPresent: boolean;
  sponsorName: string;
}) {
  const t = useTranslations("missions.synthesis");
  const language = useWritingLanguage(written);
  const { pending, error, run } = useActionVerb();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SynthesisInput>({
    resolver: zodResolver(synthesisSchema),
    defaultValues: { missionId, synthesis, recommendations, present: false, language },
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
      <h3 className={question}>{t("formTitle")}</h3>
      <p className="text-sm text-slate-600">
        {presented ? t("presentedHint", { sponsor: sponsorName }) : t("draftHint", { sponsor: sponsorName })}
      </p>
      {(["synthesis", "recommendations"] as const).map((name) => (
        <TextAreaField
          key={name}
          id={`synthesis-${name}`}
          label={t(name)}
          rows={5}
          maxLength={MAX_SYNTHESIS}
          error={errors[name]}
          {...register(name)}
        />
      ))}
      <TextLanguageField id="synthesis-language" registration={register("language")} />
      <Alert tone="error">{error}</Alert>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {presented ? t("update") : t("saveDraft")}
        </Button>
        {canPresent && !presented && (
          <Button disabled={pending} onClick={submit(true)}>
            {t("present")}
          </Button>
        )}
        {saved && !pending && (
          <Alert tone="success" plain>
            ✓ {t("saved")}
          </Alert>
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
      <ChoiceList
        type="radio"
        legend={t("formTitle")}
        legendClassName={question}
        hint={t("formHint")}
        name="impact"
        options={FOLLOW_UP_IMPACTS.map((i) => ({ value: i, label: t(`impacts.${i}`) }))}
        register={register}
        error={errors.impact}
        columns={3}
        idPrefix="follow-up-"
      />
      <TextAreaField
        id="follow-up-note"
        label={t("note")}
        rows={4}
        maxLength={MAX_SYNTHESIS}
        error={errors.note}
        {...register("note")}
      />
      <Choice type="checkbox" label={t("share", { sponsor: sponsorName })} {...register("shared")} />
      <Alert tone="error">{error}</Alert>
      <Button type="submit" pending={pending}>
        {t("save")}
      </Button>
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
      <Button variant="quiet" tone="danger" onClick={() => setOpen(true)}>
        {t(`${kind}.open`)}
      </Button>
    );
  }
  const errors = kind === "refuse" ? refuse.formState.errors : stop.formState.errors;
  const onSubmit =
    kind === "refuse"
      ? refuse.handleSubmit((values) => run(() => refuseMissionAction(values)))
      : stop.handleSubmit((values) => run(() => stopMissionAction(values)));
  const reg = kind === "refuse" ? refuse.register : stop.register;
  return (
    <form noValidate className={dangerPanel} aria-label={t(`${kind}.title`)} onSubmit={onSubmit}>
      <p className="font-semibold text-red-900">{t(`${kind}.title`)}</p>
      <p className="text-sm text-slate-700">{t(`${kind}.hint`)}</p>
      <TextAreaField
        id={`${kind}-reason`}
        label={t("reason")}
        rows={3}
        maxLength={MAX_REASON_TEXT}
        error={errors.reason}
        {...reg("reason")}
      />
      {kind === "stop" && (
        <TextAreaField
          id="stop-alternatives"
          label={t("alternatives")}
          rows={3}
          maxLength={MAX_REASON_TEXT}
          error={stop.formState.errors.alternatives}
          {...stop.register("alternatives")}
        />
      )}
      <Alert tone="error">{error}</Alert>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" pending={pending}>
          {t(`${kind}.confirm`)}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
