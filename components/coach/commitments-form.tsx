"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionResultMessage, Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choices";
import { acceptCommitmentsAction } from "@/lib/actions/accept-commitments";
import type { ActionResult } from "@/lib/actions/run-action";

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
        <Alert tone="success" role="none" className="flex items-start gap-2" data-testid="commitments-accepted">
          <span aria-hidden>✓</span>
          {acceptedLine}
        </Alert>
      )}
      <Alert tone="warning">{outdatedLine}</Alert>
      {!acceptedLine && (
        <form action={accept} className="space-y-3">
          <Choice
            type="checkbox"
            name="accept"
            required
            checked={ticked}
            onChange={(e) => setTicked(e.currentTarget.checked)}
            label={t("accept")}
            className="font-medium text-slate-800"
          />
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={!ticked} pending={pending} pendingLabel={t("accepting")}>
              {t("button")}
            </Button>
            <div aria-live="polite">{state && !state.ok && <ActionResultMessage result={state} />}</div>
          </div>
        </form>
      )}
    </div>
  );
}
