"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { setMatchWeightsAction } from "@/lib/actions/set-match-weights";
import { MAX_WEIGHT, WEIGHT_KEYS, type MatchWeights } from "@/lib/domain/match-suggestions";
import {
  matchWeightsSchema,
  type MatchWeightsFormValues,
  type MatchWeightsInput,
} from "@/lib/validation/match-suggestions";

/** A programme admin sets how much each reason of the suggestion score counts (0 to 10). */
export function MatchWeightsForm({ programmeId, weights }: { programmeId: string; weights: MatchWeights }) {
  const t = useTranslations("matchWeights");
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MatchWeightsFormValues, unknown, MatchWeightsInput>({
    resolver: zodResolver(matchWeightsSchema),
    defaultValues: { programmeId, ...weights },
  });
  const { refusal, send } = useFormAction(setError, WEIGHT_KEYS);
  const onSubmit = handleSubmit((input) => {
    setSaved(false);
    return send(
      () => setMatchWeightsAction(input),
      () => setSaved(true),
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-4" data-testid="match-weights-form">
      <input type="hidden" {...register("programmeId")} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {WEIGHT_KEYS.map((k) => (
          <TextField
            key={k}
            id={`weight-${k}`}
            label={t(k)}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_WEIGHT}
            step={1}
            error={errors[k]}
            {...register(k)}
          />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {t("save")}
        </Button>
        <div aria-live="polite" className="min-w-0 flex-1">
          {refusal && <Alert tone="error">{refusal}</Alert>}
          {saved && !isSubmitting && (
            <Alert tone="success" plain>
              ✓ {t("saved")}
            </Alert>
          )}
        </div>
      </div>
    </form>
  );
}
