"use client";
// The buttons of one session on the engagement page. Each calls its server action (which checks
// the caller and the session's state again) and shows a refusal in place.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButton, secondaryButton } from "@/components/coach/form-parts";
import { acceptSessionTimeAction } from "@/lib/actions/accept-session-time";
import { cancelSessionAction } from "@/lib/actions/cancel-session";
import { markSessionMissedAction } from "@/lib/actions/mark-session-missed";
import type { SessionStatus } from "@/lib/domain/session-lifecycle";
import { ProposeTimeForm, type ProposeDefaults } from "./propose-time-form";
import { useActionVerb } from "@/components/use-action-verb";
import { InlineAlert } from "@/components/inline-alert";

const dangerButton =
  "rounded bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60";
const quietDanger =
  "rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";

export type SessionActionsProps = {
  sessionId: string;
  title: string;
  status: SessionStatus;
  proposedByMe: boolean;
  started: boolean;
  liveInvitation: boolean;
  otherName: string;
  propose: ProposeDefaults;
};

export function SessionActions(p: SessionActionsProps) {
  const t = useTranslations("sessions.actions");
  const { pending, error, run } = useActionVerb();
  const [open, setOpen] = useState<"propose" | "cancel" | "missed" | null>(null);
  const label = (text: string) => `${text} — ${p.title}`;

  const proposeLabel =
    p.status === "proposed"
      ? p.proposedByMe
        ? t("changeProposal")
        : t("counterPropose")
      : p.status === "scheduled"
        ? t("reschedule")
        : t("propose");
  const canPropose = p.status !== "completed" && !(p.status === "scheduled" && p.started);
  const canAccept = p.status === "proposed" && !p.proposedByMe;
  // A first proposal is withdrawn by its author (the other person answers it or proposes another);
  // an agreed time, or a new time proposed for it, can be cancelled by either.
  const canCancel =
    p.status === "scheduled" ? !p.started : p.status === "proposed" && (p.proposedByMe || p.liveInvitation);
  const cancelText = p.status === "proposed" && !p.liveInvitation ? t("withdraw") : t("cancel");
  const canMiss = p.status === "scheduled" && p.started;

  if (!canPropose && !canAccept && !canCancel && !canMiss) return null;
  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-center gap-2">
        {canAccept && (
          <button
            type="button"
            disabled={pending}
            className={primaryButton}
            aria-label={label(t("accept"))}
            onClick={() => run(() => acceptSessionTimeAction({ sessionId: p.sessionId }))}
          >
            {t("accept")}
          </button>
        )}
        {canPropose && open !== "propose" && (
          <button
            type="button"
            disabled={pending}
            className={canAccept || p.status === "scheduled" || p.proposedByMe ? secondaryButton : primaryButton}
            aria-label={label(proposeLabel)}
            aria-expanded={false}
            onClick={() => setOpen("propose")}
          >
            {proposeLabel}
          </button>
        )}
        {canMiss && open !== "missed" && (
          <button
            type="button"
            disabled={pending}
            className={secondaryButton}
            aria-label={label(t("missed"))}
            onClick={() => setOpen("missed")}
          >
            {t("missed")}
          </button>
        )}
        {canCancel && open !== "cancel" && (
          <button
            type="button"
            disabled={pending}
            className={quietDanger}
            aria-label={label(cancelText)}
            onClick={() => setOpen("cancel")}
          >
            {cancelText}
          </button>
        )}
      </div>

      {open === "propose" && (
        <ProposeTimeForm
          sessionId={p.sessionId}
          defaults={p.propose}
          submitLabel={t("send")}
          onClose={() => setOpen(null)}
        />
      )}

      {open === "cancel" && (
        <Confirm
          text={p.liveInvitation ? t("cancelWarn", { name: p.otherName }) : t("withdrawWarn", { name: p.otherName })}
          confirm={p.liveInvitation ? t("confirmCancel") : t("confirmWithdraw")}
          keep={t("keep")}
          pending={pending}
          onConfirm={() =>
            run(
              () => cancelSessionAction({ sessionId: p.sessionId }),
              () => setOpen(null),
            )
          }
          onKeep={() => setOpen(null)}
        />
      )}
      {open === "missed" && (
        <Confirm
          text={t("missedWarn", { name: p.otherName })}
          confirm={t("confirmMissed")}
          keep={t("keep")}
          pending={pending}
          onConfirm={() =>
            run(
              () => markSessionMissedAction({ sessionId: p.sessionId }),
              () => setOpen(null),
            )
          }
          onKeep={() => setOpen(null)}
        />
      )}
      <InlineAlert text={error} />
    </div>
  );
}

function Confirm(p: {
  text: string;
  confirm: string;
  keep: string;
  pending: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <div className="mt-3 rounded-lg border border-red-200 bg-red-50 p-3" role="group" aria-label={p.confirm}>
      <p className="text-sm text-red-900">{p.text}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" disabled={p.pending} className={dangerButton} onClick={p.onConfirm}>
          {p.confirm}
        </button>
        <button type="button" disabled={p.pending} className={secondaryButton} onClick={p.onKeep}>
          {p.keep}
        </button>
      </div>
    </div>
  );
}
