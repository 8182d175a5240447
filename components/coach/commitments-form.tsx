"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { acceptCommitmentsAction } from "@/lib/actions/accept-commitments";
import type { ActionResult } from "@/lib/actions/run-action";
import { ActionMessage, primaryButton } from "./form-parts";

/** The explicit acceptance: tick, then accept; records the date and the texts' version. */
export function CommitmentsForm({
  acceptedLine,
  outdatedLine,
}: {
  acceptedLine: string | null;
  outdatedLine: string | null;
}) {
  const t = useTranslations("coachProfile.commitments");
  const [state, accept, pending] = useActionState<ActionResult | null, FormData>(acceptCommitmentsAction, null);
  const [ticked, setTicked] = useState(false);
  return (
    <div className="mt-4 space-y-3">
      {acceptedLine && (
        <p
          className="flex items-start gap-2 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="commitments-accepted"
        >
          <span aria-hidden>✓</span>
          {acceptedLine}
        </p>
      )}
      {outdatedLine && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{outdatedLine}</p>}
      {!acceptedLine && (
        <form action={accept} className="space-y-3">
          <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              name="accept"
              required
              checked={ticked}
              onChange={(e) => setTicked(e.currentTarget.checked)}
              className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
            />
            <span>{t("accept")}</span>
          </label>
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" disabled={pending || !ticked} className={primaryButton}>
              {pending ? t("accepting") : t("button")}
            </button>
            <div aria-live="polite">{state && !state.ok && <ActionMessage result={state} success="" />}</div>
          </div>
        </form>
      )}
    </div>
  );
}
