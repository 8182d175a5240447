"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { requestMatchAction } from "@/lib/actions/request-match";
import { MAX_REQUEST_MESSAGE } from "@/lib/domain/match-request";
import type { ProfileKind } from "@/lib/domain/matching-rules";
import type { ChoosableCoach } from "@/lib/server/requests/load-request-form";
import {
  CHOICE_FIELDS,
  requestMatchSchema,
  type RequestMatchFormValues,
  type RequestMatchInput,
} from "@/lib/validation/requests";

/** The catalogue namespace of the form's words: "requests" (coaches) or "mentorRequests" (same shape). */
export type RequestNamespace = "requests" | "mentorRequests";

const REFUSAL_FIELDS = [...CHOICE_FIELDS, "message"] as const;

/**
 * Up to three coaches (or mentors) in order of preference and a message; a refusal keeps
 * everything typed. The same form for every kind; its words come from `namespace`.
 */
export function RequestForm({
  coaches,
  firstChoice,
  kind = "coach",
  namespace = "requests",
  maxChoices = CHOICE_FIELDS.length,
}: {
  coaches: ChoosableCoach[];
  firstChoice: string;
  kind?: ProfileKind;
  namespace?: RequestNamespace;
  maxChoices?: number;
}) {
  const t = useTranslations(namespace as "requests");
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RequestMatchFormValues, unknown, RequestMatchInput>({
    resolver: zodResolver(requestMatchSchema),
    defaultValues: { kind, choice1: firstChoice, choice2: "", choice3: "", message: "" },
  });
  const { refusal, send } = useFormAction(setError, REFUSAL_FIELDS);
  const chosen = useWatch({ control, name: CHOICE_FIELDS });
  const needle = filter.trim().toLowerCase();
  const matches = (c: ChoosableCoach) =>
    !needle || [c.name, c.entity, c.dutyStation].some((s) => s?.toLowerCase().includes(needle));
  const label = (c: ChoosableCoach) =>
    [c.name, [c.entity, c.dutyStation].filter(Boolean).join(", "), t("freePlaces", { count: c.freePlaces })]
      .filter(Boolean)
      .join(" · ");

  const onSubmit = handleSubmit((values) =>
    send(
      () => requestMatchAction(values),
      () => router.push("/engagements?requested=1"),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("title")}>
      <Alert tone="error">{refusal}</Alert>
      <TextField
        id="coach-filter"
        label={t("filter")}
        hint={t("filterHint")}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ol className="space-y-4">
        {CHOICE_FIELDS.slice(0, maxChoices).map((field, i) => (
          <li key={field} className="flex gap-3">
            <span
              aria-hidden
              className="mt-7 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white"
            >
              {i + 1}
            </span>
            <SelectField
              id={`request-${field}`}
              label={t(field)}
              placeholder={i === 0 ? t("pick") : t("none")}
              // Keep the option chosen in this field even when the filter hides it.
              options={coaches
                .filter((c) => c.id === chosen[i] || matches(c))
                .map((c) => ({ value: c.id, label: label(c) }))}
              error={errors[field]}
              className="min-w-0 flex-1"
              {...register(field)}
            />
          </li>
        ))}
      </ol>
      <TextAreaField
        id="request-message"
        label={t("message")}
        hint={t("messageHint")}
        rows={6}
        maxLength={MAX_REQUEST_MESSAGE}
        error={errors.message}
        {...register("message")}
      />
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("sending")}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
