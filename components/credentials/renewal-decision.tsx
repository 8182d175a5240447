"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { serverFieldError } from "@/components/coach/renewal-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { reviewCredentialRenewalAction } from "@/lib/actions/review-credential-renewal";
import type { ActionResult } from "@/lib/actions/run-action";
import { MAX_RENEWAL_MESSAGE } from "@/lib/validation/credential-renewal";

type Decided = ActionResult & { decision?: string };

/**
 * HR's decision on a renewal: approve, or refuse with a reason the coach reads (kept when refused).
 * Stays mounted when the page is refreshed after the decision, to say what was done.
 */
export function RenewalDecision({ renewalId }: { renewalId: string | null }) {
  const t = useTranslations("credentialRenewal.hr");
  const [message, setMessage] = useState("");
  const [state, action, pending] = useActionState<Decided | null, FormData>(
    async (previous, form) => ({
      ...(await reviewCredentialRenewalAction(previous, form)),
      decision: String(form.get("decision")),
    }),
    null,
  );
  const formError = state && !state.ok && !("fieldErrors" in state) ? state.error : null;
  if (state?.ok)
    return (
      <Alert tone="success" size="md">
        {state.decision === "approve" ? t("approved") : t("refusedDone")}
      </Alert>
    );
  if (!renewalId) return null;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="renewalId" value={renewalId} />
      <TextAreaField
        id="renewal-message"
        name="message"
        label={t("reason")}
        rows={3}
        maxLength={MAX_RENEWAL_MESSAGE}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        error={serverFieldError(state, "message")}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="refuse" variant="secondary" tone="danger" disabled={pending}>
          {t("refuse")}
        </Button>
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
    </form>
  );
}
