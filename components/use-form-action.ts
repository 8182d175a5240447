"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Puts an action's refusal beside the fields it names (as react-hook-form errors of type
 * "server", already translated) and focuses the first of them. Returns false when it names none
 * of `fields`: the form then shows the refusal on its own.
 */
export function showFieldRefusal<T extends FieldValues>(
  result: ActionResult,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (result.ok) return false;
  const byField: Record<string, unknown> =
    "fieldErrors" in result && result.fieldErrors && typeof result.fieldErrors === "object"
      ? result.fieldErrors
      : "field" in result && typeof result.field === "string"
        ? { [result.field]: result.error }
        : {};
  const named = fields.filter((f) => typeof byField[f] === "string");
  named.forEach((f, i) => setError(f, { type: "server", message: byField[f] as string }, { shouldFocus: i === 0 }));
  return named.length > 0;
}

/**
 * Sends a react-hook-form form's values to its server action: on success `onDone`; a refusal
 * beside the fields it names, or else as the form's own message (`refusal`); a server that cannot
 * be reached as the generic message. What was typed stays.
 */
export function useFormAction<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const te = useTranslations("errors");
  const [refusal, setRefusal] = useState<string>();
  const send = async <R extends ActionResult>(call: () => Promise<R>, onDone: (result: R) => void) => {
    setRefusal(undefined);
    try {
      const result = await call();
      if (result.ok) return onDone(result);
      if (!showFieldRefusal(result, setError, fields)) setRefusal(result.error);
    } catch {
      setRefusal(te("generic"));
    }
  };
  return { refusal, send };
}
