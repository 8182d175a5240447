"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Calls a form's server action with its values and keeps the result to show; a failure to reach
 * the server becomes a translated message rather than a crash.
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
