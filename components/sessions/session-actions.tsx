"use client";
// The buttons of one session on the engagement page. Each calls its server action (which checks
// the caller and the session's state again) and shows a refusal in place.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { acceptSessionTimeAction } from "@/lib/actions/accept-session-time";
import { cancelSessionAction } from "@/lib/actions/cancel-session";
import { markSessionMissedAction } from "@/lib/actions/mark-session-missed";
import type { SessionStatus } from "@/lib/domain/session-lifecycle";
import { BookSlotForm, type BookingOfferProps } from "./book-slot-form";
import { HeldEarlierForm } from "./held-earlier-form";
import { ProposeTimeForm, type ProposeDefaults } from "./propose-time-form";
import { useActionVerb } from "@/components/use-action-verb";

export type SessionActionsProps = {
  sessionId: string;
  title: string;
  status: SessionStatus;
  proposedByMe: boolean;
  started: boolean;
  liveInvitation: boolean;
  otherName: string;
  propose: ProposeDefaults;
  /** The client's slots to book (lib/domain/availability.ts), when the coach publishes weekly hours. */
  booking?: BookingOfferProps | null;
  /** For marking a session held earlier than planned: the engagement, the viewer's zone and now there. */
  heldEarlier?: { engagementId: string; timeZone: string; nowLocal: string };
};

export function SessionActions(p: SessionActionsProps) {
  const t = useTranslations("sessions.actions");
  const tb = useTranslations("booking");
  const { pending, error, run } = useActionVerb();
  const [open, setOpen] = useState<"propose" | "book" | "held" | "cancel" | "missed" | null>(null);
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
  const canBook = Boolean(p.booking && p.booking.slots.length > 0) && p.status !== "scheduled" && canPropose;
  // Held before its planned time: marked with the real time (the tick box serves sessions whose time has come).
  const canHeldEarlier = Boolean(p.heldEarlier) && (p.status === "scheduled" || p.status === "proposed") && !p.started;

  if (!canPropose && !canAccept && !canCancel && !canMiss && !canHeldEarlier) return null;
  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-center gap-2">
        {canAccept && (
          <Button
            size="sm"
            disabled={pending}
            aria-label={label(t("accept"))}
            onClick={() => run(() => acceptSessionTimeAction({ sessionId: p.sessionId }))}
          >
            {t("accept")}
          </Button>
        )}
        {canBook && open !== "book" && (
          <Button size="sm" disabled={pending} aria-label={label(tb("open"))} onClick={() => setOpen("book")}>
            {tb("open")}
          </Button>
        )}
        {canPropose && open !== "propose" && (
          <Button
            size="sm"
            variant={canBook || canAccept || p.status === "scheduled" || p.proposedByMe ? "secondary" : "primary"}
            disabled={pending}
            aria-label={label(proposeLabel)}
            aria-expanded={false}
            onClick={() => setOpen("propose")}
          >
            {proposeLabel}
          </Button>
        )}
        {canMiss && (
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            aria-label={label(t("missed"))}
            onClick={() => setOpen("missed")}
          >
            {t("missed")}
          </Button>
        )}
        {canHeldEarlier && open !== "held" && (
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            aria-label={label(tb("heldEarlier.open"))}
            onClick={() => setOpen("held")}
          >
            {tb("heldEarlier.open")}
          </Button>
        )}
        {canCancel && (
          <Button
            size="sm"
            variant="secondary"
            tone="danger"
            disabled={pending}
            aria-label={label(cancelText)}
            onClick={() => setOpen("cancel")}
          >
            {cancelText}
          </Button>
        )}
      </div>

      {open === "book" && p.booking && (
        <BookSlotForm sessionId={p.sessionId} offer={p.booking} onClose={() => setOpen(null)} />
      )}
      {open === "held" && p.heldEarlier && (
        <HeldEarlierForm
          engagementId={p.heldEarlier.engagementId}
          sessionId={p.sessionId}
          timeZone={p.heldEarlier.timeZone}
          nowLocal={p.heldEarlier.nowLocal}
          onClose={() => setOpen(null)}
        />
      )}
      {open === "propose" && (
        <ProposeTimeForm
          sessionId={p.sessionId}
          defaults={p.propose}
          submitLabel={t("send")}
          onClose={() => setOpen(null)}
        />
      )}

      <ConfirmDialog
        open={open === "cancel"}
        onCancel={() => setOpen(null)}
        title={p.title}
        confirmLabel={p.liveInvitation ? t("confirmCancel") : t("confirmWithdraw")}
        cancelLabel={t("keep")}
        pending={pending}
        error={error}
        onConfirm={() =>
          run(
            () => cancelSessionAction({ sessionId: p.sessionId }),
            () => setOpen(null),
          )
        }
      >
        {p.liveInvitation ? t("cancelWarn", { name: p.otherName }) : t("withdrawWarn", { name: p.otherName })}
      </ConfirmDialog>
      <ConfirmDialog
        open={open === "missed"}
        onCancel={() => setOpen(null)}
        title={p.title}
        confirmLabel={t("confirmMissed")}
        cancelLabel={t("keep")}
        pending={pending}
        error={error}
        onConfirm={() =>
          run(
            () => markSessionMissedAction({ sessionId: p.sessionId }),
            () => setOpen(null),
          )
        }
      >
        {t("missedWarn", { name: p.otherName })}
      </ConfirmDialog>
      <Alert tone="error" className="mt-2">
        {open === "cancel" || open === "missed" ? undefined : error}
      </Alert>
    </div>
  );
}
