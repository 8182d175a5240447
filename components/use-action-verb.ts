"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Calls one server action (which checks the caller again), keeps its refusal to show in place,
 * and refreshes the page on success. What was typed stays in the form when the action refuses.
 */
export function useActionVerb() {
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const run = (call: () => Promise<ActionResult>, onDone?: () => void) => {
    setError(undefined);
    start(async () => {
      try {
        const result = await call();
        if (!result.ok) return setError(result.error);
        onDone?.();
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  };
  return { pending, error, setError, run };
}
