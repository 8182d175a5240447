"use client";
// Opting in to networking conversations, or changing what one offers: the topics (at least one
// language), the languages one talks in, areas (optional), conversations at once, open or paused.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { saveNetworkingProfileAction } from "@/lib/actions/save-networking-profile";
import {
  MAX_NETWORKING_TOPICS,
  networkingProfileSchema,
  type NetworkingProfileInput,
} from "@/lib/validation/networking";

const FIELDS = ["bioEn", "bioFr", "coachingLanguages", "expertiseAreas", "capacity", "availability"] as const;

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
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NetworkingProfileInput>({ resolver: zodResolver(networkingProfileSchema), defaultValues: values });
  const { refusal, send } = useFormAction(setError, FIELDS);

  const onSubmit = handleSubmit((input) => {
    setSaved(false);
    return send(
      () => saveNetworkingProfileAction(input),
      () => {
        setSaved(true);
        router.refresh();
      },
    );
  });
  const counts = Array.from({ length: Math.max(1, maxConversations) }, (_, i) => i + 1);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-5">
      <div>
        <p id="networking-topics-hint" className="text-sm text-slate-600">
          {t("topicsHint", { max: MAX_NETWORKING_TOPICS })}
        </p>
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          {(["bioEn", "bioFr"] as const).map((field) => (
            <TextAreaField
              key={field}
              id={`networking-${field}`}
              label={t(field === "bioEn" ? "topicsEn" : "topicsFr")}
              rows={3}
              lang={field === "bioEn" ? "en" : "fr"}
              maxLength={MAX_NETWORKING_TOPICS}
              error={errors[field]}
              aria-describedby={`networking-topics-hint${errors[field] ? ` networking-${field}-error` : ""}`}
              {...register(field)}
            />
          ))}
        </div>
      </div>
      <ChoiceList
        legend={t("languages")}
        name="coachingLanguages"
        options={languages}
        register={register}
        error={errors.coachingLanguages}
        columns={3}
      />
      <ChoiceList
        legend={t("areas")}
        name="expertiseAreas"
        options={areas}
        register={register}
        error={errors.expertiseAreas}
        columns={3}
      />
      <div className="grid gap-5 sm:grid-cols-[14rem_1fr]">
        <SelectField
          id="networking-capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          options={counts.map((n) => ({ value: n, label: t("capacityValue", { count: n }) }))}
          error={errors.capacity}
          {...register("capacity", { valueAsNumber: true })}
        />
        <ChoiceList
          type="radio"
          legend={t("availability")}
          name="availability"
          options={(["open", "paused"] as const).map((a) => ({
            value: a,
            label: t(a === "open" ? "availabilityOpen" : "availabilityPaused"),
          }))}
          register={register}
          error={errors.availability}
          columns={1}
        />
      </div>
      <Alert tone="error">{refusal}</Alert>
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {isNew ? t("optIn") : t("save")}
        </Button>
        <div aria-live="polite">
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
