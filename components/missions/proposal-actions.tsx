"use client";
// The proposal and the contract: the coach's proposal form, the reviewers' approval or comment,
// and each party's acceptance of the contract (or request for changes).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/coach/form-parts";
import {
  acceptMissionContractAction,
  requestContractChangesAction,
  reviewMissionProposalAction,
  submitMissionProposalAction,
} from "@/lib/actions/mission-proposal";
import {
  MAX_COST,
  MAX_INDICATOR,
  MAX_INDICATORS,
  MAX_MISSION_TEXT,
  MAX_REASON_TEXT,
  TERM_LIMITS,
  type NumericTerm,
  type ProposalTerms,
} from "@/lib/domain/mission-terms";
import {
  acceptContractSchema,
  proposalSchema,
  reviewProposalSchema,
  type AcceptContractInput,
  type ProposalInput,
  type ReviewProposalInput,
} from "@/lib/validation/missions";
import { Alert, FieldMessage, panel } from "./parts";
import { useActionVerb } from "@/components/use-action-verb";

const NUMBERS: NumericTerm[] = ["durationMonths", "sessionCount", "sessionMinutes", "rhythmWeeks", "followUpMonths"];

export function ProposalForm({
  missionId,
  initial,
  revising,
}: {
  missionId: string;
  initial: ProposalTerms;
  revising: boolean;
}) {
  const t = useTranslations("missions.proposal");
  const tt = useTranslations("missions.terms");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<ProposalInput>({
    resolver: zodResolver(proposalSchema),
    defaultValues: {
      ...initial,
      missionId,
      indicators: (initial.indicators.length ? initial.indicators : ["", ""]).map((text) => ({ text })),
    },
  });
  const indicators = useFieldArray({ control, name: "indicators" });
  const area = (name: "organisationObjectives" | "coacheeObjectives", hint: string) => (
    <div>
      <label htmlFor={`proposal-${name}`} className={labelClass}>
        {tt(name)}
      </label>
      <p id={`proposal-${name}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <textarea
        id={`proposal-${name}`}
        rows={4}
        maxLength={MAX_MISSION_TEXT}
        className={inputClass}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={`proposal-${name}-hint${errors[name] ? ` proposal-${name}-error` : ""}`}
        {...register(name)}
      />
      <FieldMessage id={`proposal-${name}-error`} message={errors[name]?.message} />
    </div>
  );
  return (
    <form
      noValidate
      className={panel}
      aria-label={revising ? t("revise") : t("write")}
      onSubmit={handleSubmit((values) => run(() => submitMissionProposalAction(values)))}
    >
      <h3 className="text-lg font-semibold">{revising ? t("revise") : t("write")}</h3>
      <p className="text-sm text-slate-600">{t("formLead")}</p>
      {area("organisationObjectives", t("organisationHint"))}
      {area("coacheeObjectives", t("coacheeHint"))}
      <fieldset>
        <legend className={labelClass}>{tt("indicators")}</legend>
        <p id="proposal-indicators-hint" className="text-sm text-slate-600">
          {t("indicatorsHint")}
        </p>
        <ol className="mt-2 space-y-2">
          {indicators.fields.map((field, i) => (
            <li key={field.id} className="flex items-start gap-2">
              <label htmlFor={`indicator-${i}`} className="sr-only">
                {t("indicatorLabel", { n: i + 1 })}
              </label>
              <span aria-hidden className="mt-2 w-5 text-sm font-semibold text-slate-500">
                {i + 1}.
              </span>
              <input
                id={`indicator-${i}`}
                maxLength={MAX_INDICATOR}
                className={`${inputClass} mt-0`}
                {...register(`indicators.${i}.text`)}
              />
              {indicators.fields.length > 1 && (
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() => indicators.remove(i)}
                  aria-label={t("removeIndicator", { n: i + 1 })}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ol>
        {indicators.fields.length < MAX_INDICATORS && (
          <button type="button" className={`${secondaryButton} mt-2`} onClick={() => indicators.append({ text: "" })}>
            {t("addIndicator")}
          </button>
        )}
        <FieldMessage
          id="proposal-indicators-error"
          message={errors.indicators?.message ?? errors.indicators?.root?.message}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        {NUMBERS.map((name) => (
          <div key={name}>
            <label htmlFor={`proposal-${name}`} className={labelClass}>
              {t(`numbers.${name}`)}
            </label>
            <input
              id={`proposal-${name}`}
              type="number"
              inputMode="numeric"
              min={TERM_LIMITS[name].min}
              max={TERM_LIMITS[name].max}
              className={inputClass}
              aria-invalid={Boolean(errors[name])}
              aria-describedby={`proposal-${name}-range${errors[name] ? ` proposal-${name}-error` : ""}`}
              {...register(name, { valueAsNumber: true })}
            />
            <p id={`proposal-${name}-range`} className="mt-1 text-xs text-slate-500">
              {t("range", { min: TERM_LIMITS[name].min, max: TERM_LIMITS[name].max })}
            </p>
            <FieldMessage id={`proposal-${name}-error`} message={errors[name]?.message} />
          </div>
        ))}
      </div>
      <div>
        <label htmlFor="proposal-cost" className={labelClass}>
          {tt("cost")}
        </label>
        <input
          id="proposal-cost"
          maxLength={MAX_COST}
          className={inputClass}
          aria-invalid={Boolean(errors.cost)}
          aria-describedby={`proposal-cost-hint${errors.cost ? " proposal-cost-error" : ""}`}
          {...register("cost")}
        />
        <p id="proposal-cost-hint" className="mt-1 text-xs text-slate-500">
          {t("costHint")}
        </p>
        <FieldMessage id="proposal-cost-error" message={errors.cost?.message} />
      </div>
      <Alert text={error} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("submit")}
      </button>
    </form>
  );
}

export function ProposalReviewForm({ proposalId, version }: { proposalId: string; version: number }) {
  const t = useTranslations("missions.proposal");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<ReviewProposalInput>({
    resolver: zodResolver(reviewProposalSchema),
    defaultValues: { proposalId, decision: undefined, comment: "" },
  });
  const decision = watch("decision");
  return (
    <form
      noValidate
      className={panel}
      aria-label={t("reviewTitle", { version })}
      onSubmit={handleSubmit((values) => run(() => reviewMissionProposalAction(values)))}
    >
      <fieldset>
        <legend className="font-semibold">{t("reviewTitle", { version })}</legend>
        <p className="text-sm text-slate-600">{t("reviewHint")}</p>
        <div className="mt-2 space-y-1">
          <label className="flex items-center gap-2">
            <input type="radio" value="approved" {...register("decision")} /> {t("approve")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="commented" {...register("decision")} /> {t("comment")}
          </label>
        </div>
        <FieldMessage id="review-decision-error" message={errors.decision?.message} />
      </fieldset>
      {decision === "commented" && (
        <div>
          <label htmlFor="review-comment" className={labelClass}>
            {t("commentLabel")}
          </label>
          <textarea
            id="review-comment"
            rows={4}
            maxLength={MAX_REASON_TEXT}
            className={inputClass}
            aria-invalid={Boolean(errors.comment)}
            aria-describedby={errors.comment ? "review-comment-error" : undefined}
            {...register("comment")}
          />
          <FieldMessage id="review-comment-error" message={errors.comment?.message} />
        </div>
      )}
      <Alert text={error} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("sendReview")}
      </button>
    </form>
  );
}

export function ContractAcceptForm({
  contractId,
  version,
  canRequestChanges,
}: {
  contractId: string;
  version: number;
  canRequestChanges: boolean;
}) {
  const t = useTranslations("missions.contract");
  const te = useTranslations("errors");
  const { pending, error, run } = useActionVerb();
  const [changing, setChanging] = useState(false);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const id = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AcceptContractInput>({
    resolver: zodResolver(acceptContractSchema),
    defaultValues: { contractId, read: false },
  });
  return (
    <div className={panel}>
      <form
        noValidate
        aria-label={t("acceptTitle", { version })}
        onSubmit={handleSubmit((values) => run(() => acceptMissionContractAction(values)))}
        className="space-y-3"
      >
        <p className="font-semibold">{t("acceptTitle", { version })}</p>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="mt-1"
            aria-invalid={Boolean(errors.read)}
            aria-describedby={errors.read ? `${id}-read-error` : undefined}
            {...register("read")}
          />
          <span>{t("readConfirm")}</span>
        </label>
        <FieldMessage id={`${id}-read-error`} message={errors.read?.message} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {t("accept")}
        </button>
      </form>
      {canRequestChanges &&
        (!changing ? (
          <button
            type="button"
            className="text-sm font-medium text-brand-700 underline"
            onClick={() => setChanging(true)}
          >
            {t("askChanges")}
          </button>
        ) : (
          <form
            noValidate
            className="space-y-2 border-t border-slate-200 pt-3"
            onSubmit={(e) => {
              e.preventDefault();
              if (!comment.trim()) return setMissing(true);
              run(() => requestContractChangesAction({ contractId, comment }));
            }}
          >
            <label htmlFor={`${id}-changes`} className={labelClass}>
              {t("changesLabel")}
            </label>
            <textarea
              id={`${id}-changes`}
              rows={3}
              maxLength={MAX_REASON_TEXT}
              value={comment}
              aria-invalid={missing}
              aria-describedby={missing ? `${id}-changes-error` : undefined}
              onChange={(e) => {
                setComment(e.target.value);
                setMissing(false);
              }}
              className={inputClass}
            />
            {missing && (
              <p id={`${id}-changes-error`} className="text-sm text-red-700">
                {te("changesCommentRequired")}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              <button type="submit" disabled={pending} className={secondaryButton}>
                {t("sendChanges")}
              </button>
              <button type="button" className={secondaryButton} onClick={() => setChanging(false)}>
                {t("cancel")}
              </button>
            </div>
          </form>
        ))}
      <Alert text={error} />
    </div>
  );
}
