"use client";
// "Is a second conversation useful?", on a networking conversation's page once the first meeting
// is held. Yes: the pair proposes a time for the second meeting in the plan, as for any session.
// No (confirmed first: it closes the conversation): the second meeting is cancelled.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButton, secondaryButton } from "@/components/coach/form-parts";
import { InlineAlert } from "@/components/inline-alert";
import { useActionVerb } from "@/components/use-action-verb";
import { decideSecondMeetingAction } from "@/lib/actions/decide-second-meeting";

const dangerButton = "rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60";

export function SecondMeetingPanel({
  engagementId,
  otherName,
  mine,
  theirs,
}: {
  engagementId: string;
  otherName: string;
  mine: boolean | null;
  theirs: boolean | null;
}) {
  const t = useTranslations("networking.second");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  const decide = (useful: boolean) =>
    run(
      () => decideSecondMeetingAction({ engagementId, useful }),
      () => setConfirming(false),
    );

  return (
    <section
      aria-labelledby="second-meeting"
      className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm"
      data-testid="second-meeting-panel"
    >
      <h2 id="second-meeting" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-600">{t("lead")}</p>
      {theirs === true && <p className="mt-2 font-medium text-brand-900">{t("theirsYes", { name: otherName })}</p>}
      {mine === true && (
        <p role="status" className="mt-2 text-slate-800">
          {t("mineYes", { name: otherName })}
        </p>
      )}
      {confirming ? (
        <div className="mt-4 space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
          <p className="text-sm text-amber-950">{t("noWarn", { name: otherName })}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={pending} className={dangerButton} onClick={() => decide(false)}>
              {t("confirmNo")}
            </button>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          {mine === true ? (
            <>
              <span className="text-sm text-slate-600">{t("changeMind")}</span>
              <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(true)}>
                {t("no")}
              </button>
            </>
          ) : (
            <>
              <button type="button" disabled={pending} className={primaryButton} onClick={() => decide(true)}>
                {t("yes")}
              </button>
              <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(true)}>
                {t("no")}
              </button>
            </>
          )}
        </div>
      )}
      <InlineAlert text={error} />
    </section>
  );
}
