"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButton, secondaryButton } from "@/components/coach/form-parts";
import { InlineAlert } from "@/components/inline-alert";
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
    <section
      aria-labelledby="continuation-title"
      className="rounded-lg border-2 border-brand-100 bg-white p-5 shadow-sm"
      data-testid="continuation"
      data-outcome={view.outcome}
    >
      <h2 id="continuation-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
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
      {canAnswer && !confirmStop && (
        <div className="mt-4 flex flex-wrap gap-3">
          {view.mine !== true && (
            <button type="button" className={primaryButton} disabled={pending} onClick={() => answer(true)}>
              {t("yes")}
            </button>
          )}
          <button type="button" className={secondaryButton} disabled={pending} onClick={() => setConfirmStop(true)}>
            {view.mine === true ? t("changeToNo") : t("no")}
          </button>
        </div>
      )}
      {canAnswer && confirmStop && (
        <div
          role="group"
          aria-label={t("confirmLabel")}
          className="mt-4 rounded border border-amber-300 bg-amber-50 p-4"
        >
          <p className="text-sm text-amber-950">{t("confirm", { name: otherName })}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" className={primaryButton} disabled={pending} onClick={() => answer(false)}>
              {t("confirmNo")}
            </button>
            <button type="button" className={secondaryButton} disabled={pending} onClick={() => setConfirmStop(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      <InlineAlert text={error} />
    </section>
  );
}
