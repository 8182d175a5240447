"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { FieldGroup, TextAreaField } from "@/components/ui/field";
import { decideCoachCredentialsAction } from "@/lib/actions/decide-coach-credentials";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";
import {
  credentialDecisionSchema,
  isReviewDecision,
  MAX_DECISION_MESSAGE,
  type CredentialDecision,
  type CredentialDecisionInput,
  type CredentialDecisionValues,
} from "@/lib/validation/credential-review";

type Props = {
  profileId: string;
  /** review: approve, request changes or reject a submission (with the checklist); revoke: withdraw an approval. */
  mode: "review" | "revoke";
  decisions: CredentialDecision[];
  /** ACC, PCC and MCC holders: training hours and observed practice do not apply. */
  training: boolean;
  kindLabel: string;
  declaredHours: number | null;
  declaredObserved: boolean | null;
};

const BUTTON_TONE: Record<CredentialDecision, string> = {
  approve: "bg-emerald-700 hover:bg-emerald-800",
  requestChanges: "bg-amber-700 hover:bg-amber-800",
  reject: "bg-red-700 hover:bg-red-800",
  revoke: "bg-red-700 hover:bg-red-800",
};

export function DecisionForm({
  profileId,
  mode,
  decisions,
  training,
  kindLabel,
  declaredHours,
  declaredObserved,
}: Props) {
  const t = useTranslations("hrCredentials");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [serverError, setServerError] = useState<string>();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<CredentialDecisionInput, unknown, CredentialDecisionValues>({
    resolver: zodResolver(credentialDecisionSchema),
    defaultValues: {
      profileId,
      decision: mode === "revoke" ? "revoke" : undefined,
      message: "",
      credentialValid: false,
      trainingHours: false,
      observedPractice: false,
    },
  });
  const watched = useWatch({ control, name: "decision" });
  const decision = decisions.includes(watched as CredentialDecision) ? (watched as CredentialDecision) : undefined;
  const needsMessage = decision !== undefined && decision !== "approve";

  const onSubmit = handleSubmit((values) => {
    setServerError(undefined);
    // Approving needs every applicable item ticked (the verb checks it again).
    const unticked = !values.credentialValid || (training && (!values.trainingHours || !values.observedPractice));
    if (values.decision === "approve" && unticked) {
      setServerError(te("checklistIncomplete"));
      return;
    }
    const form = new FormData();
    form.set("profileId", values.profileId);
    form.set("decision", values.decision);
    form.set("message", values.message);
    if (values.credentialValid) form.set("credentialValid", "on");
    if (values.trainingHours) form.set("trainingHours", "on");
    if (values.observedPractice) form.set("observedPractice", "on");
    startTransition(async () => {
      const result = await decideCoachCredentialsAction(null, form);
      if (!result.ok) {
        setServerError(result.error);
        return;
      }
      router.replace(`/hr/credentials/${profileId}?decided=${values.decision}`, { scroll: true });
    });
  });

  const prefix = `${mode}-${profileId}`;
  const box = "mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400 accent-brand-600";

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid={`${mode}-form`}>
      <Alert tone="error">{serverError}</Alert>
      <input type="hidden" {...register("profileId")} />

      {mode === "review" && (
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("checklist.title")}</legend>
          <p className="text-sm text-slate-600">{t("checklist.lead")}</p>
          <label className="flex gap-3">
            <input type="checkbox" className={box} {...register("credentialValid")} />
            <span>
              <span className="font-medium">{t("checklist.credentialValid")}</span>
              <span className="block text-sm text-slate-600">{t("checklist.credentialValidHint")}</span>
            </span>
          </label>
          {training ? (
            <>
              <label className="flex gap-3">
                <input type="checkbox" className={box} {...register("trainingHours")} />
                <span>
                  <span className="font-medium">{t("checklist.trainingHours", { min: MIN_TRAINING_HOURS })}</span>
                  <span className="block text-sm text-slate-600">
                    {declaredHours != null
                      ? t("checklist.declaredHours", { hours: declaredHours })
                      : t("checklist.notDeclared")}
                  </span>
                </span>
              </label>
              <label className="flex gap-3">
                <input type="checkbox" className={box} {...register("observedPractice")} />
                <span>
                  <span className="font-medium">{t("checklist.observedPractice")}</span>
                  <span className="block text-sm text-slate-600">
                    {t("checklist.observedPracticeHint")}{" "}
                    {declaredObserved == null
                      ? t("checklist.notDeclared")
                      : t("checklist.declaredObserved", { answer: declaredObserved ? t("yes") : t("no") })}
                  </span>
                </span>
              </label>
            </>
          ) : (
            <>
              {(["trainingHours", "observedPractice"] as const).map((item) => (
                <div key={item} className="flex gap-3 text-slate-500" data-testid={`checklist-${item}-na`}>
                  <span
                    aria-hidden
                    className="mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded border border-dashed border-slate-300 text-[10px]"
                  >
                    –
                  </span>
                  <span>
                    <span className="font-medium">
                      {item === "trainingHours"
                        ? t("checklist.trainingHours", { min: MIN_TRAINING_HOURS })
                        : t("checklist.observedPractice")}
                    </span>
                    <span className="block text-sm">{t("checklist.notApplicable", { kind: kindLabel })}</span>
                  </span>
                </div>
              ))}
            </>
          )}
        </fieldset>
      )}

      {mode === "review" ? (
        <FieldGroup
          id={`${prefix}-decision`}
          legend={t("decision.title")}
          legendClassName="font-semibold"
          error={errors.decision}
        >
          <div className="mt-2 grid gap-2">
            {decisions.filter(isReviewDecision).map((d) => (
              <label
                key={d}
                className="flex cursor-pointer gap-3 rounded border border-slate-300 px-3 py-2 hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input type="radio" value={d} className="mt-1 accent-brand-600" {...register("decision")} />
                <span>
                  <span className="font-medium">{t(`decision.${d}`)}</span>
                  <span className="block text-sm text-slate-600">{t(`decision.${d}Hint`)}</span>
                </span>
              </label>
            ))}
          </div>
        </FieldGroup>
      ) : (
        <input type="hidden" {...register("decision")} />
      )}

      {needsMessage && (
        <TextAreaField
          id={`${prefix}-message`}
          label={t(`decision.messageLabel.${decision}`)}
          hint={t("decision.messageHint")}
          rows={4}
          maxLength={MAX_DECISION_MESSAGE}
          error={errors.message}
          {...register("message")}
        />
      )}

      {/* Coloured by the decision it sends: green approves, amber sends back, red refuses. */}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-60 ${decision ? BUTTON_TONE[decision] : "bg-brand-600 hover:bg-brand-700"}`}
      >
        {pending ? t("decision.pending") : decision ? t(`decision.submit.${decision}`) : t("decision.submit.none")}
      </button>
    </form>
  );
}
