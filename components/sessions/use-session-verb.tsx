"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run-action";

/** Runs a session action: shows its refusal in place, refreshes the page on success. */
export function useSessionVerb() {
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

export function InlineAlert({ text }: { text?: string }) {
  return text ? (
    <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {text}
    </p>
  ) : null;
}
