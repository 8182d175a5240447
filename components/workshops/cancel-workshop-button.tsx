"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useActionVerb } from "@/components/use-action-verb";
import { cancelWorkshopAction } from "@/lib/actions/cancel-workshop";

/** Cancels a workshop after an "are you sure?". */
export function CancelWorkshopButton({ workshopId }: { workshopId: string }) {
  const t = useTranslations("workshops.admin");
  const [open, setOpen] = useState(false);
  const { pending, error, run } = useActionVerb();
  return (
    <>
      <Button variant="secondary" tone="danger" onClick={() => setOpen(true)}>
        {t("cancelButton")}
      </Button>
      <ConfirmDialog
        open={open}
        onCancel={() => setOpen(false)}
        title={t("cancelTitle")}
        confirmLabel={t("cancelConfirm")}
        cancelLabel={t("cancelKeep")}
        pending={pending}
        error={error}
        onConfirm={() =>
          run(
            () => cancelWorkshopAction({ workshopId }),
            () => setOpen(false),
          )
        }
      >
        {t("cancelLead")}
      </ConfirmDialog>
    </>
  );
}
