"use client";
// The buttons of /engagements: each calls its server action (which checks the caller again),
// shows a refusal in place, and refreshes the page on success. Irreversible steps confirm first.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TextAreaField } from "@/components/ui/field";
import { dangerPanel, panel } from "@/components/ui/styles";
import { useActionVerb } from "@/components/use-action-verb";
import { endEngagementAction } from "@/lib/actions/end-engagement";
import { acceptMatchRequestAction, declineMatchRequestAction } from "@/lib/actions/respond-match-request";
import { setProfileAvailabilityAction } from "@/lib/actions/set-profile-availability";
import { withdrawMatchRequestAction } from "@/lib/actions/withdraw-match-request";
import { MAX_REASON } from "@/lib/domain/match-request";
import type { ProfileKind } from "@/lib/domain/matching-rules";

export function RespondButtons({ choiceId, clientName }: { choiceId: string; clientName: string }) {
  const t = useTranslations("engagements");
  const { pending, error, run } = useActionVerb();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const id = useId();
  return (
    <div>
      {!declining ? (
        <div className="flex flex-wrap gap-2">
          <Button
            disabled={pending}
            onClick={() => run(() => acceptMatchRequestAction({ choiceId }))}
            aria-label={`${t("coach.accept")} — ${clientName}`}
          >
            {t("coach.accept")}
          </Button>
          <Button variant="secondary" disabled={pending} onClick={() => setDeclining(true)}>
            {t("coach.decline")}
          </Button>
        </div>
      ) : (
        <div className={panel}>
          <TextAreaField
            id={`${id}-reason`}
            label={t("coach.declineReason")}
            rows={3}
            maxLength={MAX_REASON}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => run(() => declineMatchRequestAction({ choiceId, reason }))}
            >
              {t("coach.confirmDecline")}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setDeclining(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
      <Alert tone="error" className="mt-2">
        {error}
      </Alert>
    </div>
  );
}

export function AvailabilityToggle({
  kind,
  availability,
  pendingCount,
}: {
  kind: ProfileKind;
  availability: "open" | "paused";
  pendingCount: number;
}) {
  const t = useTranslations("engagements.availability");
  const tc = useTranslations("engagements");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  const set = (value: "open" | "paused") =>
    run(
      () => setProfileAvailabilityAction({ availability: value, kind }),
      () => setConfirming(false),
    );
  return (
    <div>
      {availability === "paused" ? (
        <Button pending={pending} onClick={() => set("open")}>
          {t("resume")}
        </Button>
      ) : (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => (pendingCount > 0 ? setConfirming(true) : set("paused"))}
        >
          {t("pause")}
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        confirmLabel={t("confirmPause")}
        cancelLabel={tc("cancel")}
        pending={pending}
        error={error}
        onConfirm={() => set("paused")}
      >
        {t("pauseHint")}
      </ConfirmDialog>
      <Alert tone="error" className="mt-2">
        {confirming ? undefined : error}
      </Alert>
    </div>
  );
}

export function WithdrawButton({ requestId }: { requestId: string }) {
  const t = useTranslations("engagements");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("client.withdraw")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        confirmLabel={t("client.confirmWithdraw")}
        cancelLabel={t("cancel")}
        pending={pending}
        error={error}
        onConfirm={() =>
          run(
            () => withdrawMatchRequestAction({ requestId }),
            () => setConfirming(false),
          )
        }
      >
        {t("client.withdrawConfirm")}
      </ConfirmDialog>
    </div>
  );
}

/** "End the association": a required reason, then a confirmation. */
export function EndEngagementForm({ engagementId, otherName }: { engagementId: string; otherName: string }) {
  const t = useTranslations("engagements");
  const { pending, error, run } = useActionVerb();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const id = useId();
  if (!open) {
    return (
      <Button variant="quiet" tone="danger" onClick={() => setOpen(true)}>
        {t("active.end")}
      </Button>
    );
  }
  return (
    <form
      noValidate
      className={`mt-3 ${dangerPanel}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setMissing(true);
        run(() => endEngagementAction({ engagementId, reason }));
      }}
    >
      <TextAreaField
        id={`${id}-reason`}
        label={t("active.endReason", { name: otherName })}
        rows={3}
        required
        maxLength={MAX_REASON}
        value={reason}
        error={missing ? "endReasonRequired" : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
      />
      <p className="text-sm text-slate-700">{t("active.endWarn", { name: otherName })}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {t("active.confirmEnd")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
      <Alert tone="error">{error}</Alert>
    </form>
  );
}
