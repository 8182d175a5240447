"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { decideCoachCredentialsAction } from "@/lib/actions/decide-coach-credentials";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";
import { knownKey } from "@/lib/i18n/keys";
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
  requestChanges: "bg-amber-600 hover:bg-amber-700",
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
    watch,
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
  const watched = watch("decision");
  const decision = decisions.includes(watched as CredentialDecision) ? (watched as CredentialDecision) : undefined;
  const needsMessage = decision !== undefined && decision !== "approve";
  const errorText = (key: string | undefined) => (key ? te(knownKey(te, key, "invalidInput")) : undefined);

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
  const messageError = errorText(errors.message?.message);
  const box = "mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400 accent-brand-600";

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid={`${mode}-form`}>
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {serverError}
        </p>
      )}
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
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("decision.title")}</legend>
          <div className="grid gap-2">
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
          {errors.decision && <p className="text-sm text-red-700">{errorText(errors.decision.message)}</p>}
        </fieldset>
      ) : (
        <input type="hidden" {...register("decision")} />
      )}

      {needsMessage && (
        <div>
          <label htmlFor={`${prefix}-message`} className="block font-semibold">
            {t(`decision.messageLabel.${decision}`)}
          </label>
          <p id={`${prefix}-message-hint`} className="text-sm text-slate-600">
            {t("decision.messageHint")}
          </p>
          <textarea
            id={`${prefix}-message`}
            rows={4}
            maxLength={MAX_DECISION_MESSAGE}
            aria-invalid={Boolean(messageError)}
            aria-describedby={`${prefix}-message-hint${messageError ? ` ${prefix}-message-error` : ""}`}
            className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600"
            {...register("message")}
          />
          {messageError && (
            <p id={`${prefix}-message-error`} className="mt-1 text-sm text-red-700">
              {messageError}
            </p>
          )}
        </div>
      )}

      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-semibold text-white disabled:opacity-60 ${decision ? BUTTON_TONE[decision] : "bg-brand-600 hover:bg-brand-700"}`}
      >
        {pending ? t("decision.pending") : decision ? t(`decision.submit.${decision}`) : t("decision.submit.none")}
      </button>
    </form>
  );
}
