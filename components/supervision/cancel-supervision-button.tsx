"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useActionVerb } from "@/components/use-action-verb";
import { cancelSupervisionSessionAction } from "@/lib/actions/cancel-supervision-session";

/** A programme admin cancels a group supervision session, confirmed first. */
export function CancelSupervisionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const t = useTranslations("supervisionGroups.session");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <Button variant="secondary" tone="danger" onClick={() => setConfirming(true)}>
        {t("cancelSession")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t("confirmCancel")}
        confirmLabel={t("cancelSession")}
        cancelLabel={t("keep")}
        tone="danger"
        pending={pending}
        error={error}
        onConfirm={() =>
          run(
            () => cancelSupervisionSessionAction({ sessionId }),
            () => setConfirming(false),
          )
        }
      >
        {label}
      </ConfirmDialog>
    </div>
  );
}
