"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/coach/form-parts";
import { proposeSessionTimeAction } from "@/lib/actions/propose-session-time";
import { MAX_LOCATION } from "@/lib/domain/session-schedule";
import { proposeSessionSchema, SESSION_MODES, type ProposeSessionInput } from "@/lib/validation/sessions";

export type ProposeDefaults = {
  startsAtLocal: string;
  minLocal: string;
  timeZone: string;
  mode: ProposeSessionInput["mode"];
  location: string;
};

const FIELDS = ["startsAtLocal", "timeZone", "mode", "location"] as const;

/**
 * A time for a session: a local date and time in the proposer's time zone (named, and changeable
 * when they travel), how they will meet, and the link or place. A refusal keeps what was typed.
 */
export function ProposeTimeForm({
  sessionId,
  defaults,
  submitLabel,
  onClose,
}: {
  sessionId: string;
  defaults: ProposeDefaults;
  submitLabel: string;
  onClose: () => void;
}) {
  const t = useTranslations("sessions.propose");
  const tm = useTranslations("sessions.modes");
  const te = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [serverError, setServerError] = useState<string>();
  const zones = useMemo(() => {
    const list = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
    return list.includes(defaults.timeZone) ? list : [defaults.timeZone, ...list];
  }, [defaults.timeZone]);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProposeSessionInput>({
    resolver: zodResolver(proposeSessionSchema),
    defaultValues: {
      sessionId,
      startsAtLocal: defaults.startsAtLocal,
      timeZone: defaults.timeZone,
      mode: defaults.mode,
      location: defaults.location,
    },
  });
  const mode = watch("mode");
  const zone = watch("timeZone");

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const result = await proposeSessionTimeAction(values);
      if (result.ok) {
        onClose();
        router.refresh();
        return;
      }
      if ("field" in result && (FIELDS as readonly string[]).includes(result.field)) {
        setError(
          result.field as (typeof FIELDS)[number],
          { type: "server", message: result.error },
          { shouldFocus: true },
        );
      } else setServerError(result.error);
    } catch {
      setServerError(te("generic"));
    }
  });

  const locationLabel = mode === "video" ? t("link") : mode === "in_person" ? t("place") : t("phone");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label={submitLabel}
    >
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <input type="hidden" {...register("sessionId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-when`} className={labelClass}>
            {t("when")}
          </label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            min={defaults.minLocal}
            className={inputClass}
            aria-invalid={Boolean(errors.startsAtLocal)}
            aria-describedby={`${id}-when-hint${errors.startsAtLocal ? ` ${id}-when-error` : ""}`}
            {...register("startsAtLocal")}
          />
          <p id={`${id}-when-hint`} className="mt-1 text-xs text-slate-600">
            {t("whenHint", { zone: (zone || defaults.timeZone).replace(/_/g, " ") })}
          </p>
          <Problem id={`${id}-when-error`} error={errors.startsAtLocal} />
        </div>
        <div>
          <label htmlFor={`${id}-zone`} className={labelClass}>
            {t("timeZone")}
          </label>
          <select
            id={`${id}-zone`}
            className={inputClass}
            aria-invalid={Boolean(errors.timeZone)}
            aria-describedby={errors.timeZone ? `${id}-zone-error` : undefined}
            {...register("timeZone")}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </select>
          <Problem id={`${id}-zone-error`} error={errors.timeZone} />
        </div>
      </div>
      <fieldset>
        <legend className={labelClass}>{t("mode")}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {SESSION_MODES.map((m) => (
            <label
              key={m}
              className="flex cursor-pointer items-center gap-2 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input type="radio" value={m} {...register("mode")} />
              {tm(m)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-location`} className={labelClass}>
          {locationLabel}
        </label>
        <input
          id={`${id}-location`}
          type={mode === "video" ? "url" : "text"}
          maxLength={MAX_LOCATION}
          placeholder={mode === "video" ? "https://" : undefined}
          className={inputClass}
          aria-invalid={Boolean(errors.location)}
          aria-describedby={errors.location ? `${id}-location-error` : undefined}
          {...register("location")}
        />
        <Problem id={`${id}-location-error`} error={errors.location} />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {isSubmitting ? t("sending") : submitLabel}
        </button>
        <button type="button" onClick={onClose} className={secondaryButton}>
          {t("close")}
        </button>
      </div>
    </form>
  );
}

/** A zod message is a catalogue key; a server refusal arrives already translated. */
function Problem({ id, error }: { id: string; error?: { message?: string; type?: string } }) {
  if (!error?.message) return null;
  if (error.type !== "server") return <FieldError id={id} message={error.message} />;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {error.message}
    </p>
  );
}
