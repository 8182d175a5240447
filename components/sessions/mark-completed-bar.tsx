"use client";
// "Mark as completed" for the sessions ticked in the plan (also those booked in Outlook or Teams).
// The tick boxes sit in each session's card and belong to this form through their form attribute.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { markSessionsCompletedAction } from "@/lib/actions/mark-sessions-completed";
import { useActionVerb } from "@/components/use-action-verb";

export const MARK_COMPLETED_FORM = "mark-completed";

export function MarkCompletedBar({ engagementId }: { engagementId: string }) {
  const t = useTranslations("sessions.complete");
  const te = useTranslations("errors");
  const { pending, error, setError, run } = useActionVerb();
  const [done, setDone] = useState(false);
  return (
    <form
      id={MARK_COMPLETED_FORM}
      aria-label={t("label")}
      className="sticky bottom-0 z-10 mt-6 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white/95 p-4 shadow-md backdrop-blur"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        const sessionIds = new FormData(event.currentTarget).getAll("sessionIds").map(String);
        if (sessionIds.length === 0) return setError(te("sessionSelectionRequired"));
        run(
          () => markSessionsCompletedAction({ engagementId, sessionIds }),
          () => setDone(true),
        );
      }}
    >
      <p className="min-w-0 flex-1 text-sm text-slate-700">{t("hint")}</p>
      <Button type="submit" pending={pending} pendingLabel={t("saving")}>
        {t("button")}
      </Button>
      <div aria-live="polite" className="w-full empty:hidden">
        {done && !error && (
          <Alert tone="success" plain>
            ✓ {t("done")}
          </Alert>
        )}
        <Alert tone="error">{error}</Alert>
      </div>
    </form>
  );
}
