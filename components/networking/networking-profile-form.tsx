"use client";
// Opting in to networking conversations, or changing what one offers: the topics (at least one
// language), the languages one talks in, areas (optional), conversations at once, open or paused.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CheckboxGroup } from "@/components/coach/checkbox-group";
import { FieldError, inputClass, labelClass, primaryButton } from "@/components/coach/form-parts";
import { saveNetworkingProfileAction } from "@/lib/actions/save-networking-profile";
import {
  MAX_NETWORKING_TOPICS,
  networkingProfileSchema,
  type NetworkingProfileInput,
} from "@/lib/validation/networking";

export function NetworkingProfileForm({
  values,
  isNew,
  maxConversations,
  languages,
  areas,
}: {
  values: NetworkingProfileInput;
  isNew: boolean;
  maxConversations: number;
  languages: { value: string; label: string }[];
  areas: { value: string; label: string }[];
}) {
  const t = useTranslations("networking.own");
  const te = useTranslations("errors");
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NetworkingProfileInput>({ resolver: zodResolver(networkingProfileSchema), defaultValues: values });

  const onSubmit = handleSubmit(async (input) => {
    setServerError(undefined);
    setSaved(false);
    try {
      const result = await saveNetworkingProfileAction(input);
      if (result.ok) {
        setSaved(true);
        router.refresh();
        return;
      }
      if ("field" in result && result.field === "capacity")
        setError("capacity", { type: "server", message: result.error }, { shouldFocus: true });
      else setServerError(result.error);
    } catch {
      setServerError(te("generic"));
    }
  });
  const counts = Array.from({ length: Math.max(1, maxConversations) }, (_, i) => i + 1);
  const capacityError = errors.capacity?.type === "server" ? undefined : errors.capacity?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-5">
      <div className="grid gap-4 md:grid-cols-2">
        {(["bioEn", "bioFr"] as const).map((field) => (
          <div key={field}>
            <label htmlFor={`networking-${field}`} className={labelClass}>
              {t(field === "bioEn" ? "topicsEn" : "topicsFr")}
            </label>
            <textarea
              id={`networking-${field}`}
              rows={3}
              lang={field === "bioEn" ? "en" : "fr"}
              maxLength={MAX_NETWORKING_TOPICS}
              className={inputClass}
              aria-invalid={Boolean(errors[field])}
              aria-describedby={`networking-topics-hint${errors[field] ? ` ${field}-error` : ""}`}
              {...register(field)}
            />
            <FieldError id={`${field}-error`} message={errors[field]?.message} />
          </div>
        ))}
      </div>
      <p id="networking-topics-hint" className="-mt-3 text-xs text-slate-500">
        {t("topicsHint", { max: MAX_NETWORKING_TOPICS })}
      </p>
      <CheckboxGroup<NetworkingProfileInput>
        legend={t("languages")}
        name="coachingLanguages"
        options={languages}
        register={register}
        error={errors.coachingLanguages?.message}
        columns={3}
      />
      <CheckboxGroup<NetworkingProfileInput>
        legend={t("areas")}
        name="expertiseAreas"
        options={areas}
        register={register}
        error={errors.expertiseAreas?.message}
        columns={3}
      />
      <div className="grid gap-5 sm:grid-cols-[14rem_1fr]">
        <div>
          <label htmlFor="networking-capacity" className={labelClass}>
            {t("capacity")}
          </label>
          <select
            id="networking-capacity"
            className={inputClass}
            aria-invalid={Boolean(errors.capacity)}
            aria-describedby={`networking-capacity-hint${errors.capacity ? " capacity-error" : ""}`}
            {...register("capacity", { valueAsNumber: true })}
          >
            {counts.map((n) => (
              <option key={n} value={n}>
                {t("capacityValue", { count: n })}
              </option>
            ))}
          </select>
          <p id="networking-capacity-hint" className="mt-1 text-xs text-slate-500">
            {t("capacityHint")}
          </p>
          <FieldError id="capacity-error" message={capacityError} />
          {errors.capacity?.type === "server" && (
            <p id="capacity-error" className="mt-1 text-sm text-red-700">
              {errors.capacity.message}
            </p>
          )}
        </div>
        <fieldset>
          <legend className={labelClass}>{t("availability")}</legend>
          <div className="mt-2 space-y-1.5">
            {(["open", "paused"] as const).map((a) => (
              <label key={a} className="flex items-start gap-2 text-sm text-slate-700">
                <input
                  type="radio"
                  value={a}
                  className="mt-0.5 h-4 w-4 accent-brand-600"
                  {...register("availability")}
                />
                <span>{t(a === "open" ? "availabilityOpen" : "availabilityPaused")}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-100 pt-4">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {isSubmitting ? t("saving") : isNew ? t("optIn") : t("save")}
        </button>
        <div aria-live="polite">
          {saved && !isSubmitting && (
            <p role="status" className="text-sm font-medium text-emerald-700">
              ✓ {t("saved")}
            </p>
          )}
        </div>
      </div>
    </form>
  );
}
