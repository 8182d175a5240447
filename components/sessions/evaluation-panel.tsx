"use client";
// The one-minute evaluation of one completed session, for the viewer only. The engagement page
// renders it under each completed session with the viewer's own evaluation (never the other
// participant's): a short form when there is none, otherwise what they answered, read-only.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SessionEvaluationForm, type SubmittedFeedback } from "@/components/feedback/session-evaluation-form";
import { SessionEvaluationSummary } from "@/components/feedback/session-evaluation-summary";
import type { OwnFeedback } from "@/lib/server/feedback/load-own-feedback";

export function SessionEvaluationPanel({
  engagementId,
  sessionId,
  mine,
}: {
  engagementId: string;
  sessionId: string;
  mine: OwnFeedback | null;
}) {
  const t = useTranslations("feedback");
  const [sent, setSent] = useState<SubmittedFeedback | null>(null);
  const shown = mine ?? sent;
  return (
    <section
      aria-label={t("panel.title")}
      className="rounded border border-slate-200 bg-slate-50 p-4"
      data-testid="evaluation-panel"
    >
      {shown ? (
        <SessionEvaluationSummary mine={shown} justSent={Boolean(sent)} />
      ) : (
        <>
          <h4 className="font-semibold text-slate-900">{t("panel.title")}</h4>
          <p className="mb-3 text-sm text-slate-600">{t("panel.lead")}</p>
          <SessionEvaluationForm engagementId={engagementId} sessionId={sessionId} onSent={setSent} />
        </>
      )}
    </section>
  );
}
