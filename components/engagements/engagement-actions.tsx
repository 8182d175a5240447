"use client";
// The buttons of /engagements: each calls its server action (which checks the caller again),
// shows a refusal in place, and refreshes the page on success. Irreversible steps confirm first.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { InlineAlert } from "@/components/inline-alert";
import { useActionVerb } from "@/components/use-action-verb";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/coach/form-parts";
import type { ActionResult } from "@/lib/actions/run-action";
import { endEngagementAction } from "@/lib/actions/end-engagement";
import { acceptMatchRequestAction, declineMatchRequestAction } from "@/lib/actions/respond-match-request";
import { setProfileAvailabilityAction } from "@/lib/actions/set-profile-availability";
import { withdrawMatchRequestAction } from "@/lib/actions/withdraw-match-request";
import { MAX_REASON } from "@/lib/domain/match-request";
import type { ProfileKind } from "@/lib/domain/matching-rules";

const dangerButton = "rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60";

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
          <button
            type="button"
            disabled={pending}
            className={primaryButton}
            onClick={() => run(() => acceptMatchRequestAction({ choiceId }))}
            aria-label={`${t("coach.accept")} — ${clientName}`}
          >
            {t("coach.accept")}
          </button>
          <button type="button" disabled={pending} className={secondaryButton} onClick={() => setDeclining(true)}>
            {t("coach.decline")}
          </button>
        </div>
      ) : (
        <div className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
          <label htmlFor={`${id}-reason`} className={labelClass}>
            {t("coach.declineReason")}
          </label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={MAX_REASON}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={inputClass}
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              className={dangerButton}
              onClick={() => run(() => declineMatchRequestAction({ choiceId, reason }))}
            >
              {t("coach.confirmDecline")}
            </button>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => setDeclining(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      <InlineAlert text={error} />
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
  if (availability === "paused") {
    return (
      <div>
        <button
          type="button"
          disabled={pending}
          className={primaryButton}
          onClick={() => run(() => setProfileAvailabilityAction({ availability: "open", kind }))}
        >
          {t("resume")}
        </button>
        <InlineAlert text={error} />
      </div>
    );
  }
  return (
    <div>
      {!confirming ? (
        <button
          type="button"
          className={secondaryButton}
          onClick={() =>
            pendingCount > 0
              ? setConfirming(true)
              : run(() => setProfileAvailabilityAction({ availability: "paused", kind }))
          }
          disabled={pending}
        >
          {t("pause")}
        </button>
      ) : (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-900">{t("pauseHint")}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              className={dangerButton}
              onClick={() =>
                run(
                  () => setProfileAvailabilityAction({ availability: "paused", kind }),
                  () => setConfirming(false),
                )
              }
            >
              {t("confirmPause")}
            </button>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(false)}>
              {tc("cancel")}
            </button>
          </div>
        </div>
      )}
      <InlineAlert text={error} />
    </div>
  );
}

export function WithdrawButton({ requestId }: { requestId: string }) {
  const t = useTranslations("engagements");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      {!confirming ? (
        <button type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
          {t("client.withdraw")}
        </button>
      ) : (
        <div className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
          <p className="text-sm text-slate-700">{t("client.withdrawConfirm")}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              className={dangerButton}
              onClick={() => run(() => withdrawMatchRequestAction({ requestId }))}
            >
              {t("client.confirmWithdraw")}
            </button>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      <InlineAlert text={error} />
    </div>
  );
}

/** "End the association": a required reason, then a confirmation. */
export function EndEngagementForm({ engagementId, otherName }: { engagementId: string; otherName: string }) {
  const t = useTranslations("engagements");
  const te = useTranslations("errors");
  const { pending, error, run } = useActionVerb();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const id = useId();
  if (!open) {
    return (
      <button
        type="button"
        className="text-sm font-medium text-red-700 underline hover:text-red-800"
        onClick={() => setOpen(true)}
      >
        {t("active.end")}
      </button>
    );
  }
  return (
    <form
      noValidate
      className="mt-3 space-y-2 rounded border border-red-200 bg-red-50/50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setMissing(true);
        run(() => endEngagementAction({ engagementId, reason }));
      }}
    >
      <label htmlFor={`${id}-reason`} className={labelClass}>
        {t("active.endReason", { name: otherName })}
      </label>
      <textarea
        id={`${id}-reason`}
        rows={3}
        required
        maxLength={MAX_REASON}
        value={reason}
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
        className={inputClass}
      />
      {missing && (
        <p id={`${id}-missing`} className="text-sm text-red-700">
          {te("endReasonRequired")}
        </p>
      )}
      <p className="text-sm text-slate-700">{t("active.endWarn", { name: otherName })}</p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={dangerButton}>
          {t("active.confirmEnd")}
        </button>
        <button type="button" disabled={pending} className={secondaryButton} onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
      <InlineAlert text={error} />
    </form>
  );
}
