"use client";
// The "Erase" button of one person on /admin/people/retention: a confirmation first, then the
// erasure action; a refusal (too early, not left) is shown in the dialog.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { anonymisePersonAction } from "@/lib/actions/privacy-anonymise-person";
import type { ActionResult } from "@/lib/actions/run-action";

export type EraseLabels = {
  erase: string;
  eraseLabel: string;
  confirm: string;
  yes: string;
  cancel: string;
  erasing: string;
};

export function ErasePersonButton({ userId, labels }: { userId: string; labels: EraseLabels }) {
  const [state, submit, pending] = useActionState<ActionResult | null, FormData>(anonymisePersonAction, null);
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <Button
        variant="secondary"
        tone="danger"
        size="sm"
        aria-label={labels.eraseLabel}
        onClick={() => setConfirming(true)}
      >
        {labels.erase}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        confirmLabel={labels.yes}
        cancelLabel={labels.cancel}
        pending={pending}
        pendingLabel={labels.erasing}
        error={state && !state.ok ? state.error : undefined}
        action={submit}
        fields={{ userId }}
      >
        <p>{labels.confirm}</p>
      </ConfirmDialog>
    </div>
  );
}
