"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";
import { submitCoachProfileAction } from "@/lib/actions/submit-coach-profile";

/** Sends the registration to HR: the button works only when the checklist is complete and the status allows it. */
export function SubmitForm({ canSubmit, reason }: { canSubmit: boolean; reason: string | null }) {
  const t = useTranslations("coachProfile.submit");
  const te = useTranslations("errors");
  const [state, submit, pending] = useActionState<ActionResult | null, FormData>(async () => {
    try {
      return await submitCoachProfileAction();
    } catch {
      return { ok: false, error: te("generic") };
    }
  }, null);
  return (
    <form action={submit} className="space-y-3">
      {reason && (
        <p id="submit-reason" className="text-sm text-slate-600">
          {reason}
        </p>
      )}
      <Button
        type="submit"
        disabled={!canSubmit}
        pending={pending}
        pendingLabel={t("sending")}
        aria-describedby={reason ? "submit-reason" : undefined}
      >
        {t("button")}
      </Button>
      <div aria-live="polite">
        <ActionResultMessage result={pending ? null : state} success={t("done")} />
      </div>
    </form>
  );
}
