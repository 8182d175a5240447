"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useActionVerb } from "@/components/use-action-verb";
import { decideContinuationAction } from "@/lib/actions/decide-continuation";
import type { ContinuationPanelView } from "@/lib/server/sessions/load-engagement-page";

/**
 * After the mentoring review (session 6): "do you want to go on?". Each side answers when ready;
 * each sees their own answer and whether the other has answered, the other's answer only once both
 * have. One no closes the pairing; it is confirmed first.
 */
export function ContinuationPanel({
  engagementId,
  view,
  active,
  otherName,
}: {
  engagementId: string;
  view: ContinuationPanelView;
  active: boolean;
  otherName: string;
}) {
  const t = useTranslations("continuation");
  const { pending, error, run } = useActionVerb();
  const [confirmStop, setConfirmStop] = useState(false);
  const answer = (wantsToContinue: boolean) =>
    run(
      () => decideContinuationAction({ engagementId, wantsToContinue }),
      () => setConfirmStop(false),
    );
  const canAnswer = active && view.open && view.outcome === "pending";

  let status: string;
  if (view.outcome === "continue") status = t("continue");
  else if (view.outcome === "stop")
    status = view.mine === false ? t("stoppedByMe") : t("stoppedByOther", { name: otherName });
  else if (!view.open) status = t("notYet", { position: view.reviewPosition });
  else if (view.mine === null) status = view.otherAnswered ? t("otherAnsweredFirst", { name: otherName }) : t("ask");
  else status = view.otherAnswered ? t("both") : t("waiting", { name: otherName });

  return (
    <Card
      heading={t("title")}
      headingId="continuation-title"
      lead={t("lead")}
      className="border-2 border-brand-100"
      data-testid="continuation"
      data-outcome={view.outcome}
    >
      <p className="mt-3 text-slate-800" data-testid="continuation-status">
        {status}
      </p>
      {view.mine !== null && view.outcome !== "stop" && (
        <p className="mt-1 text-sm text-slate-700" data-testid="continuation-mine">
          {view.mine ? t("mineYes") : t("mineNo")}
          {view.otherAnswered
            ? ` · ${t("otherHasAnswered", { name: otherName })}`
            : ` · ${t("otherNotYet", { name: otherName })}`}
        </p>
      )}
      {canAnswer && (
        <div className="mt-4 flex flex-wrap gap-3">
          {view.mine !== true && (
            <Button disabled={pending} onClick={() => answer(true)}>
              {t("yes")}
            </Button>
          )}
          <Button variant="secondary" disabled={pending} onClick={() => setConfirmStop(true)}>
            {view.mine === true ? t("changeToNo") : t("no")}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={canAnswer && confirmStop}
        onCancel={() => setConfirmStop(false)}
        title={t("confirmLabel")}
        confirmLabel={t("confirmNo")}
        cancelLabel={t("cancel")}
        pending={pending}
        error={error}
        onConfirm={() => answer(false)}
      >
        {t("confirm", { name: otherName })}
      </ConfirmDialog>
      <Alert tone="error" className="mt-2">
        {confirmStop ? undefined : error}
      </Alert>
    </Card>
  );
}
