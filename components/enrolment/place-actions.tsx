"use client";
// The buttons that answer about one's place: withdraw (with a confirmation), leave the waiting
// list, accept or decline an offered seat. Each posts the cohort's id to its server action.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { acceptSeatOfferAction } from "@/lib/actions/accept-seat-offer";
import { declineSeatOfferAction } from "@/lib/actions/decline-seat-offer";
import { withdrawFromCohortAction } from "@/lib/actions/withdraw-from-cohort";
import type { ActionResult } from "@/lib/actions/run-action";

type Action = (state: ActionResult | null, form: FormData) => Promise<ActionResult>;

function useCohortAction(action: Action) {
  return useActionState<ActionResult | null, FormData>(action, null);
}

function Failure({ state }: { state: ActionResult | null }) {
  return <div aria-live="polite">{state && !state.ok && <ActionResultMessage result={state} />}</div>;
}

/** A form posting the cohort's id with one button. */
function CohortButton({
  cohortId,
  action,
  children,
}: {
  cohortId: string;
  action: (form: FormData) => void;
  children: React.ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="cohortId" value={cohortId} />
      {children}
    </form>
  );
}

export function WithdrawButton({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const t = useTranslations("enrolment.withdraw");
  const [state, submit, pending] = useCohortAction(withdrawFromCohortAction);
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <Button variant="secondary" tone="danger" onClick={() => setConfirming(true)}>
        {t("button")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        confirmLabel={t("yes")}
        cancelLabel={t("cancel")}
        pending={pending}
        pendingLabel={t("withdrawing")}
        error={state && !state.ok ? state.error : undefined}
        action={submit}
        fields={{ cohortId }}
      >
        <p data-testid="withdraw-confirm">{t("confirm", { cohort: cohortName })}</p>
      </ConfirmDialog>
    </div>
  );
}

export function LeaveWaitlistButton({ cohortId }: { cohortId: string }) {
  const t = useTranslations("enrolment.waitlisted");
  const [state, submit, pending] = useCohortAction(withdrawFromCohortAction);
  return (
    <div className="space-y-3">
      <CohortButton cohortId={cohortId} action={submit}>
        <Button type="submit" variant="secondary" tone="danger" pending={pending} pendingLabel={t("leaving")}>
          {t("leave")}
        </Button>
      </CohortButton>
      <Failure state={state} />
    </div>
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
        <CohortButton cohortId={cohortId} action={accept}>
          <Button type="submit" disabled={pending} pending={accepting} pendingLabel={t("working")}>
            {t("accept")}
          </Button>
        </CohortButton>
        <CohortButton cohortId={cohortId} action={decline}>
          <Button type="submit" variant="secondary" disabled={pending} pending={declining} pendingLabel={t("working")}>
            {t("decline")}
          </Button>
        </CohortButton>
      </div>
      <Failure state={acceptState} />
      <Failure state={declineState} />
    </div>
  );
}
