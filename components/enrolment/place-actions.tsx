"use client";
// The buttons that answer about one's place: withdraw (with a confirmation), leave the waiting
// list, accept or decline an offered seat. Each posts the cohort's id to its server action.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionMessage, primaryButton } from "@/components/coach/form-parts";
import { acceptSeatOfferAction } from "@/lib/actions/accept-seat-offer";
import { declineSeatOfferAction } from "@/lib/actions/decline-seat-offer";
import { withdrawFromCohortAction } from "@/lib/actions/withdraw-from-cohort";
import type { ActionResult } from "@/lib/actions/run-action";

type Action = (state: ActionResult | null, form: FormData) => Promise<ActionResult>;

const dangerButton =
  "rounded border border-red-300 bg-white px-4 py-2 font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60";
const quietButton =
  "rounded border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60";

function useCohortAction(action: Action) {
  return useActionState<ActionResult | null, FormData>(action, null);
}

function Failure({ state }: { state: ActionResult | null }) {
  return <div aria-live="polite">{state && !state.ok && <ActionMessage result={state} success="" />}</div>;
}

export function WithdrawButton({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const t = useTranslations("enrolment.withdraw");
  const [state, submit, pending] = useCohortAction(withdrawFromCohortAction);
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" className={dangerButton} onClick={() => setConfirming(true)}>
        {t("button")}
      </button>
    );
  return (
    <form
      action={submit}
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4"
      data-testid="withdraw-confirm"
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      <p className="text-sm text-red-900">{t("confirm", { cohort: cohortName })}</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? t("withdrawing") : t("yes")}
        </button>
        <button type="button" className={quietButton} onClick={() => setConfirming(false)} disabled={pending}>
          {t("cancel")}
        </button>
      </div>
      <Failure state={state} />
    </form>
  );
}

export function LeaveWaitlistButton({ cohortId }: { cohortId: string }) {
  const t = useTranslations("enrolment.waitlisted");
  const [state, submit, pending] = useCohortAction(withdrawFromCohortAction);
  return (
    <form action={submit} className="space-y-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? t("leaving") : t("leave")}
      </button>
      <Failure state={state} />
    </form>
  );
}

export function OfferAnswer({ cohortId }: { cohortId: string }) {
  const t = useTranslations("enrolment.offered");
  const [acceptState, accept, accepting] = useCohortAction(acceptSeatOfferAction);
  const [declineState, decline, declining] = useCohortAction(declineSeatOfferAction);
  const pending = accepting || declining;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <form action={accept}>
          <input type="hidden" name="cohortId" value={cohortId} />
          <button type="submit" disabled={pending} className={primaryButton}>
            {accepting ? t("working") : t("accept")}
          </button>
        </form>
        <form action={decline}>
          <input type="hidden" name="cohortId" value={cohortId} />
          <button type="submit" disabled={pending} className={quietButton}>
            {declining ? t("working") : t("decline")}
          </button>
        </form>
      </div>
      <Failure state={acceptState} />
      <Failure state={declineState} />
    </div>
  );
}
