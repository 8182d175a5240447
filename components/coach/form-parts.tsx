"use client";
import { useTranslations } from "next-intl";
import { useState, type SelectHTMLAttributes } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { knownKey } from "@/lib/i18n/keys";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-slate-900 focus:border-brand-600 aria-[invalid=true]:border-red-600";
export const labelClass = "block text-sm font-medium text-slate-800";
export const primaryButton =
  "rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButton =
  "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60";

/**
 * A labelled drop-down of reference values with an empty "choose…" first option; `select` takes the
 * form library's props for the field (`register("entityId")`) and any aria attributes.
 */
export function SelectField({
  id,
  label,
  placeholder,
  options,
  select,
}: {
  id: string;
  label: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
  select: SelectHTMLAttributes<HTMLSelectElement>;
}) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} className={inputClass} {...select}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Translates an "errors" catalogue key (zod messages are keys), falling back to a generic message. */
export function useErrorText() {
  const te = useTranslations("errors");
  return (key: string | undefined) => (key ? te(knownKey(te, key, "invalidInput")) : undefined);
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const text = useErrorText()(message);
  if (!text) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {text}
    </p>
  );
}

/** The result of the last save: "Saved." or the server's (already translated) refusal. */
export function ActionMessage({ result, success }: { result: ActionResult | null; success: string }) {
  if (!result) return null;
  return result.ok ? (
    <p role="status" className="text-sm font-medium text-emerald-700">
      ✓ {success}
    </p>
  ) : (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.error}
    </p>
  );
}

/**
 * Calls a section's server action with the form's values, turning a failure to reach the
 * server into a translated message rather than a crash.
 */
export function useSave(action: (values: unknown) => Promise<ActionResult>) {
  const te = useTranslations("errors");
  const [result, setResult] = useState<ActionResult | null>(null);
  const save = async (values: unknown) => {
    setResult(null);
    try {
      setResult(await action(values));
    } catch {
      setResult({ ok: false, error: te("generic") });
    }
  };
  return { result, save };
}

export function SaveBar({
  pending,
  result,
  disabled,
}: {
  pending: boolean;
  result: ActionResult | null;
  disabled?: boolean;
}) {
  const t = useTranslations("coachProfile");
  return (
    <div className="mt-5 flex flex-wrap items-center gap-4 border-t border-slate-100 pt-4">
      <button type="submit" disabled={pending || disabled} className={primaryButton}>
        {pending ? t("saving") : t("save")}
      </button>
      <div aria-live="polite" className="min-w-0 flex-1">
        <ActionMessage result={pending ? null : result} success={t("saved")} />
      </div>
    </div>
  );
}
