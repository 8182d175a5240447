"use client";
// The proposal and the contract: the coach's proposal form, the reviewers' approval or comment,
// and each party's acceptance of the contract (or request for changes).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceList } from "@/components/ui/choices";
import { FieldErrorText, FieldGroup, TextAreaField, TextField } from "@/components/ui/field";
import { control as controlClass, panel } from "@/components/ui/styles";
import { useActionVerb } from "@/components/use-action-verb";
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
import type { Locale } from "@/lib/i18n/config";
import {
  acceptContractSchema,
  proposalSchema,
  reviewProposalSchema,
  type AcceptContractInput,
  type ProposalInput,
  type ReviewProposalInput,
} from "@/lib/validation/missions";
import { TextLanguageField, useWritingLanguage } from "./text-language-field";

const NUMBERS: NumericTerm[] = ["durationMonths", "sessionCount", "sessionMinutes", "rhythmWeeks", "followUpMonths"];

export function ProposalForm({
  missionId,
  initial,
  revising,
}: {
  missionId: string;
  /** The previous version's terms (and their language) when revising. */
  initial: ProposalTerms & { language?: Locale };
  revising: boolean;
}) {
  const t = useTranslations("missions.proposal");
  const tt = useTranslations("missions.terms");
  const language = useWritingLanguage(initial.language);
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
      language,
      indicators: (initial.indicators.length ? initial.indicators : ["", ""]).map((text) => ({ text })),
    },
  });
  const indicators = useFieldArray({ control, name: "indicators" });
  return (
    <form
      noValidate
      className={panel}
      aria-label={revising ? t("revise") : t("write")}
      onSubmit={handleSubmit((values) => run(() => submitMissionProposalAction(values)))}
    >
      <h3 className="text-lg font-semibold">{revising ? t("revise") : t("write")}</h3>
      <p className="text-sm text-slate-600">{t("formLead")}</p>
      {(
        [
          ["organisationObjectives", t("organisationHint")],
          ["coacheeObjectives", t("coacheeHint")],
        ] as const
      ).map(([name, hint]) => (
        <TextAreaField
          key={name}
          id={`proposal-${name}`}
          label={tt(name)}
          hint={hint}
          rows={4}
          maxLength={MAX_MISSION_TEXT}
          error={errors[name]}
          {...register(name)}
        />
      ))}
      <FieldGroup
        id="proposal-indicators"
        legend={tt("indicators")}
        hint={t("indicatorsHint")}
        error={errors.indicators?.message ?? errors.indicators?.root?.message}
      >
        <ol className="mt-2 space-y-2">
          {indicators.fields.map((field, i) => (
            <li key={field.id} className="flex items-start gap-2">
              <label htmlFor={`indicator-${i}`} className="sr-only">
                {t("indicatorLabel", { n: i + 1 })}
              </label>
              <span aria-hidden className="mt-2 w-5 text-sm font-semibold text-slate-600">
                {i + 1}.
              </span>
              <input
                id={`indicator-${i}`}
                maxLength={MAX_INDICATOR}
                className={`${controlClass.normal} mt-0`}
                {...register(`indicators.${i}.text`)}
              />
              {indicators.fields.length > 1 && (
                <Button
                  variant="secondary"
                  size="sm"
                  className="mt-0.5"
                  onClick={() => indicators.remove(i)}
                  aria-label={t("removeIndicator", { n: i + 1 })}
                >
                  ✕
                </Button>
              )}
            </li>
          ))}
        </ol>
        {indicators.fields.length < MAX_INDICATORS && (
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => indicators.append({ text: "" })}>
            {t("addIndicator")}
          </Button>
        )}
      </FieldGroup>
      <div className="grid gap-4 sm:grid-cols-3">
        {NUMBERS.map((name) => (
          <TextField
            key={name}
            id={`proposal-${name}`}
            label={t(`numbers.${name}`)}
            hint={t("range", { min: TERM_LIMITS[name].min, max: TERM_LIMITS[name].max })}
            type="number"
            inputMode="numeric"
            min={TERM_LIMITS[name].min}
            max={TERM_LIMITS[name].max}
            error={errors[name]}
            {...register(name, { valueAsNumber: true })}
          />
        ))}
      </div>
      <TextField
        id="proposal-cost"
        label={tt("cost")}
        hint={t("costHint")}
        maxLength={MAX_COST}
        error={errors.cost}
        {...register("cost")}
      />
      <TextLanguageField id="proposal-language" registration={register("language")} />
      <Alert tone="error">{error}</Alert>
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

export function ProposalReviewForm({ proposalId, version }: { proposalId: string; version: number }) {
  const t = useTranslations("missions.proposal");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<ReviewProposalInput>({
    resolver: zodResolver(reviewProposalSchema),
    defaultValues: { proposalId, decision: undefined, comment: "" },
  });
  const decision = useWatch({ control, name: "decision" });
  return (
    <form
      noValidate
      className={panel}
      aria-label={t("reviewTitle", { version })}
      onSubmit={handleSubmit((values) => run(() => reviewMissionProposalAction(values)))}
    >
      <ChoiceList
        type="radio"
        legend={t("reviewTitle", { version })}
        legendClassName="font-semibold text-slate-900"
        hint={t("reviewHint")}
        name="decision"
        options={[
          { value: "approved", label: t("approve") },
          { value: "commented", label: t("comment") },
        ]}
        register={register}
        error={errors.decision}
        columns={1}
        idPrefix="review-"
      />
      {decision === "commented" && (
        <TextAreaField
          id="review-comment"
          label={t("commentLabel")}
          rows={4}
          maxLength={MAX_REASON_TEXT}
          error={errors.comment}
          {...register("comment")}
        />
      )}
      <Alert tone="error">{error}</Alert>
      <Button type="submit" pending={pending}>
        {t("sendReview")}
      </Button>
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
        <div>
          <Choice
            type="checkbox"
            label={t("readConfirm")}
            className="text-slate-800"
            aria-invalid={errors.read ? true : undefined}
            aria-describedby={errors.read ? `${id}-read-error` : undefined}
            {...register("read")}
          />
          <FieldErrorText id={`${id}-read-error`} error={errors.read} />
        </div>
        <Button type="submit" pending={pending}>
          {t("accept")}
        </Button>
      </form>
      {canRequestChanges &&
        (!changing ? (
          <Button variant="quiet" onClick={() => setChanging(true)}>
            {t("askChanges")}
          </Button>
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
            <TextAreaField
              id={`${id}-changes`}
              label={t("changesLabel")}
              rows={3}
              maxLength={MAX_REASON_TEXT}
              value={comment}
              error={missing ? "changesCommentRequired" : undefined}
              onChange={(e) => {
                setComment(e.target.value);
                setMissing(false);
              }}
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="secondary" pending={pending}>
                {t("sendChanges")}
              </Button>
              <Button variant="secondary" onClick={() => setChanging(false)}>
                {t("cancel")}
              </Button>
            </div>
          </form>
        ))}
      <Alert tone="error">{error}</Alert>
    </div>
  );
}
