"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError, inputClass, labelClass, primaryButton } from "@/components/coach/form-parts";
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
  const te = useTranslations("errors");
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const [serverError, setServerError] = useState<string>();
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RequestMatchFormValues, unknown, RequestMatchInput>({
    resolver: zodResolver(requestMatchSchema),
    defaultValues: { kind, choice1: firstChoice, choice2: "", choice3: "", message: "" },
  });
  const chosen = watch(CHOICE_FIELDS);
  const needle = filter.trim().toLowerCase();
  const matches = (c: ChoosableCoach) =>
    !needle || [c.name, c.entity, c.dutyStation].some((s) => s?.toLowerCase().includes(needle));
  const label = (c: ChoosableCoach) =>
    [c.name, [c.entity, c.dutyStation].filter(Boolean).join(", "), t("freePlaces", { count: c.freePlaces })]
      .filter(Boolean)
      .join(" · ");

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const result = await requestMatchAction(values);
      if (result.ok) {
        router.push("/engagements?requested=1");
        return;
      }
      if ("field" in result && (CHOICE_FIELDS as readonly string[]).concat("message").includes(result.field)) {
        setError(
          result.field as keyof RequestMatchInput,
          { type: "server", message: result.error },
          { shouldFocus: true },
        );
      } else setServerError(result.error);
    } catch {
      setServerError(te("generic"));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("title")}>
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <div>
        <label htmlFor="coach-filter" className={labelClass}>
          {t("filter")}
        </label>
        <input
          id="coach-filter"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className={inputClass}
          aria-describedby="coach-filter-hint"
        />
        <p id="coach-filter-hint" className="mt-1 text-xs text-slate-500">
          {t("filterHint")}
        </p>
      </div>
      <ol className="space-y-4">
        {CHOICE_FIELDS.slice(0, maxChoices).map((field, i) => {
          const error = errors[field]?.message;
          // Keep the option chosen in this field even when the filter hides it.
          const options = coaches.filter((c) => c.id === chosen[i] || matches(c));
          return (
            <li key={field} className="flex gap-3">
              <span
                aria-hidden
                className="mt-7 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white"
              >
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                <label htmlFor={`request-${field}`} className={labelClass}>
                  {t(field)}
                </label>
                <select
                  id={`request-${field}`}
                  className={inputClass}
                  aria-invalid={Boolean(error)}
                  aria-describedby={error ? `${field}-error` : undefined}
                  {...register(field)}
                >
                  <option value="">{i === 0 ? t("pick") : t("none")}</option>
                  {options.map((c) => (
                    <option key={c.id} value={c.id}>
                      {label(c)}
                    </option>
                  ))}
                </select>
                <ServerOrFieldError id={`${field}-error`} message={error} server={errors[field]?.type === "server"} />
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <label htmlFor="request-message" className={labelClass}>
          {t("message")}
        </label>
        <p id="request-message-hint" className="text-sm text-slate-600">
          {t("messageHint")}
        </p>
        <textarea
          id="request-message"
          rows={6}
          maxLength={MAX_REQUEST_MESSAGE}
          className={inputClass}
          aria-invalid={Boolean(errors.message)}
          aria-describedby={`request-message-hint${errors.message ? " message-error" : ""}`}
          {...register("message")}
        />
        <ServerOrFieldError
          id="message-error"
          message={errors.message?.message}
          server={errors.message?.type === "server"}
        />
      </div>
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {isSubmitting ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}

/** A zod message is a catalogue key; a server refusal arrives already translated. */
function ServerOrFieldError({ id, message, server }: { id: string; message?: string; server: boolean }) {
  if (!message) return null;
  if (!server) return <FieldError id={id} message={message} />;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}
