"use client";
// "Is a second conversation useful?", on a networking conversation's page once the first meeting
// is held. Yes: the pair proposes a time for the second meeting in the plan, as for any session.
// No (confirmed first: it closes the conversation): the second meeting is cancelled.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useActionVerb } from "@/components/use-action-verb";
import { decideSecondMeetingAction } from "@/lib/actions/decide-second-meeting";

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
    <Card
      heading={t("title")}
      headingId="second-meeting"
      className="border border-brand-100"
      data-testid="second-meeting-panel"
    >
      <p className="mt-1 text-slate-600">{t("lead")}</p>
      {theirs === true && <p className="mt-2 font-medium text-brand-900">{t("theirsYes", { name: otherName })}</p>}
      {mine === true && (
        <p role="status" className="mt-2 text-slate-800">
          {t("mineYes", { name: otherName })}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-2">
        {mine === true ? (
          <span className="text-sm text-slate-600">{t("changeMind")}</span>
        ) : (
          <Button disabled={pending} onClick={() => decide(true)}>
            {t("yes")}
          </Button>
        )}
        <Button variant="secondary" disabled={pending} onClick={() => setConfirming(true)}>
          {t("no")}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        confirmLabel={t("confirmNo")}
        cancelLabel={t("cancel")}
        pending={pending}
        error={error}
        onConfirm={() => decide(false)}
      >
        {t("noWarn", { name: otherName })}
      </ConfirmDialog>
      <Alert tone="error" className="mt-2">
        {confirming ? undefined : error}
      </Alert>
    </Card>
  );
}
